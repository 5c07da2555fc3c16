<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>Queue Bot Console</source>
        <translation>Queue Bot Console</translation>
    </message>
    <message>
        <source>Connect to a queue-service to see today&apos;s queue.</source>
        <translation>Connect to a queue-service to see today&apos;s queue.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>This queue does not exist.</source>
        <translation>This queue does not exist.</translation>
    </message>
    <message>
        <source>This time slot does not exist.</source>
        <translation>This time slot does not exist.</translation>
    </message>
    <message>
        <source>This booking does not exist.</source>
        <translation>This booking does not exist.</translation>
    </message>
    <message>
        <source>This person is not registered.</source>
        <translation>This person is not registered.</translation>
    </message>
    <message>
        <source>There is no active staff account with this name.</source>
        <translation>There is no active staff account with this name.</translation>
    </message>
    <message>
        <source>Some of the data is invalid.</source>
        <translation>Some of the data is invalid.</translation>
    </message>
    <message>
        <source>Sorry, this time slot is already full.</source>
        <translation>Sorry, this time slot is already full.</translation>
    </message>
    <message>
        <source>This time slot is closed for booking.</source>
        <translation>This time slot is closed for booking.</translation>
    </message>
    <message>
        <source>This time slot has already started.</source>
        <translation>This time slot has already started.</translation>
    </message>
    <message>
        <source>It is too late to book this time slot.</source>
        <translation>It is too late to book this time slot.</translation>
    </message>
    <message>
        <source>Booking for this date is not open yet.</source>
        <translation>Booking for this date is not open yet.</translation>
    </message>
    <message>
        <source>You have already booked this time slot.</source>
        <translation>You have already booked this time slot.</translation>
    </message>
    <message>
        <source>You already have the maximum number of active bookings in this queue.</source>
        <translation>You already have the maximum number of active bookings in this queue.</translation>
    </message>
    <message>
        <source>Booking is not available for your account. Please contact the office.</source>
        <translation>Booking is not available for your account. Please contact the office.</translation>
    </message>
    <message>
        <source>Booking is restricted because of missed appointments. Please contact the office.</source>
        <translation>Booking is restricted because of missed appointments. Please contact the office.</translation>
    </message>
    <message>
        <source>It is too late to cancel this booking.</source>
        <translation>It is too late to cancel this booking.</translation>
    </message>
    <message>
        <source>This booking is no longer active.</source>
        <translation>This booking is no longer active.</translation>
    </message>
    <message>
        <source>This booking belongs to someone else.</source>
        <translation>This booking belongs to someone else.</translation>
    </message>
    <message>
        <source>A time slot already starts at this time.</source>
        <translation>A time slot already starts at this time.</translation>
    </message>
    <message>
        <source>A staff account with this name already exists.</source>
        <translation>A staff account with this name already exists.</translation>
    </message>
    <message>
        <source>The capacity cannot be lower than the number of seats already booked.</source>
        <translation>The capacity cannot be lower than the number of seats already booked.</translation>
    </message>
    <message>
        <source>Too many time slots at once; choose a shorter period.</source>
        <translation>Too many time slots at once; choose a shorter period.</translation>
    </message>
    <message>
        <source>This message does not exist.</source>
        <translation>This message does not exist.</translation>
    </message>
    <message>
        <source>Only a message that could not be delivered can be sent again.</source>
        <translation>Only a message that could not be delivered can be sent again.</translation>
    </message>
</context>
</TS>
