<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiFailure</name>
    <message>
        <source>The server cannot be reached (%1). Check the address and the network.</source>
        <translation>The server cannot be reached (%1). Check the address and the network.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>The server&apos;s certificate is not trusted: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The token was not accepted. It may be wrong or revoked.</source>
        <translation>The token was not accepted. It may be wrong or revoked.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>It no longer exists (someone may have changed it meanwhile).</source>
        <translation>It no longer exists (someone may have changed it meanwhile).</translation>
    </message>
    <message>
        <source>The server refused the data: %1</source>
        <translation>The server refused the data: %1</translation>
    </message>
    <message>
        <source>Please check &quot;%1&quot;: %2</source>
        <translation>Please check &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Not possible: %1</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>The request is too large.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Please try again.</source>
        <translation>The server had a problem (HTTP %1). Please try again.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Bootstrap admin</source>
        <translation>Bootstrap admin</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>Staff #%1</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Nothing matches.</source>
        <translation>Nothing matches.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>%1 of %n change shown; scroll down for more.</numerusform>
            <numerusform>%1 of %n changes shown; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>The last day is before the first.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Anything</translation>
    </message>
    <message>
        <source>Only changes to this kind of thing</source>
        <translation>Only changes to this kind of thing</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>e.g. booking.cancel</source>
        <translation>e.g. booking.cancel</translation>
    </message>
    <message>
        <source>Only this action, written as thing.verb</source>
        <translation>Only this action, written as thing.verb</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>The staff account&apos;s or person&apos;s id; empty: any</source>
        <translation>The staff account&apos;s or person&apos;s id; empty: any</translation>
    </message>
    <message>
        <source>&amp;Days from</source>
        <translation>&amp;Days from</translation>
    </message>
    <message>
        <source>Only changes made on these days (in the current queue&apos;s time zone)</source>
        <translation>Only changes made on these days (in the current queue&apos;s time zone)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Show the entries that match</source>
        <translation>Show the entries that match</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation>Show every entry again</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>BulkSlotsDialog</name>
    <message>
        <source>Create slots from a pattern</source>
        <translation>Create slots from a pattern</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Weekdays:</source>
        <translation>&amp;Weekdays:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>00:00 means midnight at the end of the day</source>
        <translation>00:00 means midnight at the end of the day</translation>
    </message>
    <message>
        <source>Break:</source>
        <translation>Break:</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <source>No slot overlaps the break; the slots after it start when it ends</source>
        <translation>No slot overlaps the break; the slots after it start when it ends</translation>
    </message>
    <message>
        <source>Slot &amp;length:</source>
        <translation>Slot &amp;length:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <source>How many people can book each slot</source>
        <translation>How many people can book each slot</translation>
    </message>
    <message>
        <source>Times are in the queue&apos;s time zone, %1. Starts that already have a slot are skipped.</source>
        <translation>Times are in the queue&apos;s time zone, %1. Starts that already have a slot are skipped.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Create slots</source>
        <translation>Create slots</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Checking what this would create…</source>
        <translation>Checking what this would create…</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Choose at least one weekday.</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) will be created. None conflicts with an existing slot.</source>
        <translation>
            <numerusform>%n slot will be created. It does not conflict with an existing slot.</numerusform>
            <numerusform>%n slots will be created. None conflicts with an existing slot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) will be created.</source>
        <translation>
            <numerusform>%n slot will be created.</numerusform>
            <numerusform>%n slots will be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) already have a slot and will be skipped.</source>
        <translation>
            <numerusform>%n start already has a slot and will be skipped.</numerusform>
            <numerusform>%n starts already have a slot and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to create: all %n start(s) already have a slot.</source>
        <translation>
            <numerusform>Nothing to create: the %n start already has a slot.</numerusform>
            <numerusform>Nothing to create: all %n starts already have a slot.</numerusform>
        </translation>
    </message>
    <message>
        <source>This pattern makes no slots: check the dates, weekdays and hours.</source>
        <translation>This pattern makes no slots: check the dates, weekdays and hours.</translation>
    </message>
    <message>
        <source>No preview: the pattern needs a change.</source>
        <translation>No preview: the pattern needs a change.</translation>
    </message>
    <message>
        <source>Creating the slots…</source>
        <translation>Creating the slots…</translation>
    </message>
</context>
<context>
    <name>CancelSlotDialog</name>
    <message>
        <source>Cancel slot</source>
        <translation>Cancel slot</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the slot of %1? Its %n booking(s) end, and each person receives the reason below from the bot.</source>
        <translation>
            <numerusform>Cancel the slot of %1? Its %n booking ends, and the person receives the reason below from the bot.</numerusform>
            <numerusform>Cancel the slot of %1? Its %n bookings end, and each person receives the reason below from the bot.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the slot of %1? Nobody has booked it.</source>
        <translation>Cancel the slot of %1? Nobody has booked it.</translation>
    </message>
    <message>
        <source>&amp;Reason (people receive it):</source>
        <translation>&amp;Reason (people receive it):</translation>
    </message>
    <message>
        <source>For example: the office is closed for a staff meeting</source>
        <translation>For example: the office is closed for a staff meeting</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Keep slot</source>
        <translation>Keep slot</translation>
    </message>
    <message>
        <source>Cancelling the slot and telling the people booked…</source>
        <translation>Cancelling the slot and telling the people booked…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a queue service</source>
        <translation>Connect to a queue service</translation>
    </message>
    <message>
        <source>Enter the address of your office&apos;s queue-service and your staff token (an administrator creates it with &quot;queue-service staff add&quot;).</source>
        <translation>Enter the address of your office&apos;s queue-service and your staff token (an administrator creates it with &quot;queue-service staff add&quot;).</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>https://queue.example.org</source>
        <translation>https://queue.example.org</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>&amp;Remember the token in the system keychain</translation>
    </message>
    <message>
        <source>If there is no keychain, keep it in the settings file (not encrypted)</source>
        <translation>If there is no keychain, keep it in the settings file (not encrypted)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Ask the server who this token belongs to, without connecting</source>
        <translation>Ask the server who this token belongs to, without connecting</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Trust this certificate</translation>
    </message>
    <message>
        <source>This is not a server address. Example: https://queue.example.org</source>
        <translation>This is not a server address. Example: https://queue.example.org</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Connected: %1, %2.</source>
        <translation>Connected: %1, %2.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <source>Please enter your token.</source>
        <translation>Please enter your token.</translation>
    </message>
</context>
<context>
    <name>ConsoleContext</name>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
</context>
<context>
    <name>CounterCard</name>
    <message>
        <source>Counter %1 · my counter</source>
        <translation>Counter %1 · my counter</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>The person has been served; the counter is free again</source>
        <translation>The person has been served; the counter is free again</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Call again</translation>
    </message>
    <message>
        <source>Call the person at this counter once more</source>
        <translation>Call the person at this counter once more</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>The person did not come; a booking counts as missed</source>
        <translation>The person did not come; a booking counts as missed</translation>
    </message>
    <message>
        <source>Back to line</source>
        <translation>Back to line</translation>
    </message>
    <message>
        <source>The person stepped out: put them back into the line, behind those waiting</source>
        <translation>The person stepped out: put them back into the line, behind those waiting</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Send the person to another counter</source>
        <translation>Send the person to another counter</translation>
    </message>
    <message>
        <source>Call next here</source>
        <translation>Call next here</translation>
    </message>
    <message>
        <source>Call the next person in line to counter %1</source>
        <translation>Call the next person in line to counter %1</translation>
    </message>
    <message>
        <source>To counter %1</source>
        <translation>To counter %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
</context>
<context>
    <name>DayBookingsModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Unknown person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>At counter %1</source>
        <translation>At counter %1</translation>
    </message>
    <message>
        <source>In line, #%1</source>
        <translation>In line, #%1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Not confirmed yet</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>DaySheetPrinter</name>
    <message>
        <source>Day sheet: %1</source>
        <translation>Day sheet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nobody is booked on this day.</source>
        <translation>Nobody is booked on this day.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>Dialogues</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Please use the button below to share your phone number, or send /cancel.</source>
        <translation>Please use the button below to share your phone number, or send /cancel.</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. Please use the buttons below or send /help.</source>
        <translation>Sorry, I did not understand that. Please use the buttons below or send /help.</translation>
    </message>
    <message>
        <source>Sorry, I do not know this command. Please use the buttons below or send /help.</source>
        <translation>Sorry, I do not know this command. Please use the buttons below or send /help.</translation>
    </message>
    <message>
        <source>Hello, %1! I can book you an appointment and remind you of it.</source>
        <translation>Hello, %1! I can book you an appointment and remind you of it.</translation>
    </message>
    <message>
        <source>This link points to a queue that is not available. Please choose from the menu.</source>
        <translation>This link points to a queue that is not available. Please choose from the menu.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>To book at %1, please share your phone number: tap the button below.</source>
        <translation>To book at %1, please share your phone number: tap the button below.</translation>
    </message>
    <message>
        <source>📱 Share my phone number</source>
        <translation>📱 Share my phone number</translation>
    </message>
    <message>
        <source>Please share your own phone number with the button below.</source>
        <translation>Please share your own phone number with the button below.</translation>
    </message>
    <message>
        <source>Thank you! Your phone number is saved.</source>
        <translation>Thank you! Your phone number is saved.</translation>
    </message>
    <message>
        <source>Sorry, this button is out of date.</source>
        <translation>Sorry, this button is out of date.</translation>
    </message>
    <message>
        <source>📅 Book an appointment</source>
        <translation>📅 Book an appointment</translation>
    </message>
    <message>
        <source>📋 My bookings</source>
        <translation>📋 My bookings</translation>
    </message>
    <message>
        <source>🌐 Language</source>
        <translation>🌐 Language</translation>
    </message>
    <message>
        <source>❓ Help</source>
        <translation>❓ Help</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>☰ Menu</source>
        <translation>☰ Menu</translation>
    </message>
    <message>
        <source>Choose your language:</source>
        <translation>Choose your language:</translation>
    </message>
    <message>
        <source>Done! I will now answer in English.</source>
        <translation>Done! I will now answer in English.</translation>
    </message>
    <message>
        <source>Sorry, no queue is open for booking right now.</source>
        <translation>Sorry, no queue is open for booking right now.</translation>
    </message>
    <message>
        <source>Where would you like to book?</source>
        <translation>Where would you like to book?</translation>
    </message>
    <message>
        <source>Moving booking %1 (%2).</source>
        <translation>Moving booking %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Sorry, there are no free times in the next %n day(s).</source>
        <translation>
            <numerusform>Sorry, there are no free times in the next %n day.</numerusform>
            <numerusform>Sorry, there are no free times in the next %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a date (free seats in brackets):</source>
        <translation>Choose a date (free seats in brackets):</translation>
    </message>
    <message>
        <source>↩ Back</source>
        <translation>↩ Back</translation>
    </message>
    <message>
        <source>Sorry, there are no free times left on this day.</source>
        <translation>Sorry, there are no free times left on this day.</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>Choose a time:</translation>
    </message>
    <message>
        <source>✅ Confirm</source>
        <translation>✅ Confirm</translation>
    </message>
    <message>
        <source>Move booking %1?</source>
        <translation>Move booking %1?</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Please check your booking:</source>
        <translation>Please check your booking:</translation>
    </message>
    <message>
        <source>Is everything correct?</source>
        <translation>Is everything correct?</translation>
    </message>
    <message>
        <source>Your booking has been moved.</source>
        <translation>Your booking has been moved.</translation>
    </message>
    <message>
        <source>You are booked.</source>
        <translation>You are booked.</translation>
    </message>
    <message>
        <source>✅ Your booking has been moved.</source>
        <translation>✅ Your booking has been moved.</translation>
    </message>
    <message>
        <source>✅ You are booked.</source>
        <translation>✅ You are booked.</translation>
    </message>
    <message>
        <source>Booking code: %1</source>
        <translation>Booking code: %1</translation>
    </message>
    <message>
        <source>Please show this code at the office.</source>
        <translation>Please show this code at the office.</translation>
    </message>
    <message>
        <source>✖ Cancel booking</source>
        <translation>✖ Cancel booking</translation>
    </message>
    <message>
        <source>🔁 Reschedule</source>
        <translation>🔁 Reschedule</translation>
    </message>
    <message>
        <source>You have no upcoming bookings.</source>
        <translation>You have no upcoming bookings.</translation>
    </message>
    <message>
        <source>✖ Cancel %1</source>
        <translation>✖ Cancel %1</translation>
    </message>
    <message>
        <source>🔁 Move %1</source>
        <translation>🔁 Move %1</translation>
    </message>
    <message numerus="yes">
        <source>You have %n upcoming booking(s):</source>
        <translation>
            <numerusform>You have %n upcoming booking:</numerusform>
            <numerusform>You have %n upcoming bookings:</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Yes, cancel it</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <source>Cancel booking %1?</source>
        <translation>Cancel booking %1?</translation>
    </message>
    <message>
        <source>If you cannot come, please let the office know.</source>
        <translation>If you cannot come, please let the office know.</translation>
    </message>
    <message>
        <source>Booking cancelled.</source>
        <translation>Booking cancelled.</translation>
    </message>
    <message>
        <source>📅 Book another time</source>
        <translation>📅 Book another time</translation>
    </message>
    <message>
        <source>Your booking %1 has been cancelled.</source>
        <translation>Your booking %1 has been cancelled.</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Main menu</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>My bookings</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <source>Leave the current step</source>
        <translation>Leave the current step</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>ddd, MMM d</source>
        <translation>ddd, MMM d</translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <translation>dddd, MMMM d, yyyy</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>✅ Thank you! Your visit is confirmed.</source>
        <translation>✅ Thank you! Your visit is confirmed.</translation>
    </message>
    <message>
        <source>You are on the waiting list.</source>
        <translation>You are on the waiting list.</translation>
    </message>
    <message>
        <source>OK, the seat goes to the next person.</source>
        <translation>OK, the seat goes to the next person.</translation>
    </message>
    <message>
        <source>You have left the waiting list.</source>
        <translation>You have left the waiting list.</translation>
    </message>
    <message>
        <source>✅ You are in the queue. I will keep your place up to date in a message of its own and call you when it is your turn.</source>
        <translation>✅ You are in the queue. I will keep your place up to date in a message of its own and call you when it is your turn.</translation>
    </message>
    <message>
        <source>You are in the queue.</source>
        <translation>You are in the queue.</translation>
    </message>
    <message>
        <source>📍 Thank you, you are checked in. Please wait to be called: I will tell you your counter.</source>
        <translation>📍 Thank you, you are checked in. Please wait to be called: I will tell you your counter.</translation>
    </message>
    <message>
        <source>You are checked in.</source>
        <translation>You are checked in.</translation>
    </message>
    <message>
        <source>You have left the queue.</source>
        <translation>You have left the queue.</translation>
    </message>
    <message>
        <source>🔔 Wait again</source>
        <translation>🔔 Wait again</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>🎟 Where am I in line?</source>
        <translation>🎟 Where am I in line?</translation>
    </message>
    <message>
        <source>Waiting for a seat: %1</source>
        <translation>Waiting for a seat: %1</translation>
    </message>
    <message>
        <source>✖ Leave the waiting list for %1</source>
        <translation>✖ Leave the waiting list for %1</translation>
    </message>
    <message>
        <source>📍 I&apos;m here: %1</source>
        <translation>📍 I&apos;m here: %1</translation>
    </message>
    <message>
        <source>🔔 Full day? Join the waiting list</source>
        <translation>🔔 Full day? Join the waiting list</translation>
    </message>
    <message>
        <source>You are next!</source>
        <translation>You are next!</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you.</source>
        <translation>
            <numerusform>%n person ahead of you.</numerusform>
            <numerusform>%n people ahead of you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: about %n minute(s).</source>
        <translation>
            <numerusform>Estimated wait: about %n minute.</numerusform>
            <numerusform>Estimated wait: about %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is your turn: please go to counter %1.</source>
        <translation>It is your turn: please go to counter %1.</translation>
    </message>
    <message>
        <source>Served. Thank you for your visit!</source>
        <translation>Served. Thank you for your visit!</translation>
    </message>
    <message>
        <source>You were called but did not come to the counter.</source>
        <translation>You were called but did not come to the counter.</translation>
    </message>
    <message>
        <source>The office day is over; this ticket is no longer valid.</source>
        <translation>The office day is over; this ticket is no longer valid.</translation>
    </message>
    <message>
        <source>Sorry, no queue takes walk-in visitors right now.</source>
        <translation>Sorry, no queue takes walk-in visitors right now.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Take a ticket for the live queue: choose where. I will tell you your place and call you when it is your turn.</source>
        <translation>Take a ticket for the live queue: choose where. I will tell you your place and call you when it is your turn.</translation>
    </message>
    <message>
        <source>🔄 Refresh</source>
        <translation>🔄 Refresh</translation>
    </message>
    <message>
        <source>✖ Leave the queue</source>
        <translation>✖ Leave the queue</translation>
    </message>
    <message>
        <source>🎟 Take a ticket (live queue)</source>
        <translation>🎟 Take a ticket (live queue)</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to use this bot&lt;/b&gt;

📅 &lt;b&gt;Book an appointment&lt;/b&gt;: choose a date with free seats, then a time, and confirm. You get a booking code: show it at the office. A day is full? Join its waiting list, and I will offer you the first seat that frees up.
🎟 &lt;b&gt;Take a ticket&lt;/b&gt;: join the live queue of an office that is open now; I tell you your place and call you to your counter.
📋 &lt;b&gt;My bookings&lt;/b&gt;: your upcoming bookings; cancel one or move it to another time, or tell the office &quot;I&apos;m here&quot; when you arrive.

/start: the main menu
/book: book an appointment
/bookings: my bookings
/ticket: take a ticket for the live queue
/language: change the language
/cancel: leave the current step
/help: this help</source>
        <translation>&lt;b&gt;How to use this bot&lt;/b&gt;

📅 &lt;b&gt;Book an appointment&lt;/b&gt;: choose a date with free seats, then a time, and confirm. You get a booking code: show it at the office. A day is full? Join its waiting list, and I will offer you the first seat that frees up.
🎟 &lt;b&gt;Take a ticket&lt;/b&gt;: join the live queue of an office that is open now; I tell you your place and call you to your counter.
📋 &lt;b&gt;My bookings&lt;/b&gt;: your upcoming bookings; cancel one or move it to another time, or tell the office &quot;I&apos;m here&quot; when you arrive.

/start: the main menu
/book: book an appointment
/bookings: my bookings
/ticket: take a ticket for the live queue
/language: change the language
/cancel: leave the current step
/help: this help</translation>
    </message>
    <message>
        <source>Take a ticket for the live queue</source>
        <translation>Take a ticket for the live queue</translation>
    </message>
    <message>
        <source>Every day with office hours still has free times: please book one of them.</source>
        <translation>Every day with office hours still has free times: please book one of them.</translation>
    </message>
    <message>
        <source>These days are fully booked. Choose a day, and I will message you as soon as a seat frees up:</source>
        <translation>These days are fully booked. Choose a day, and I will message you as soon as a seat frees up:</translation>
    </message>
    <message>
        <source>You are on the waiting list for %1.</source>
        <translation>You are on the waiting list for %1.</translation>
    </message>
    <message numerus="yes">
        <source>When a seat frees up I will hold it for you for %n minute(s) and send you a message: take it or pass it on.</source>
        <translation>
            <numerusform>When a seat frees up I will hold it for you for %n minute and send you a message: take it or pass it on.</numerusform>
            <numerusform>When a seat frees up I will hold it for you for %n minutes and send you a message: take it or pass it on.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Leave the waiting list</source>
        <translation>✖ Leave the waiting list</translation>
    </message>
    <message>
        <source>You are no longer on the waiting list for %1.</source>
        <translation>You are no longer on the waiting list for %1.</translation>
    </message>
    <message>
        <source>Your message contains control characters, so I did not read it. Please send plain text or use the buttons below.</source>
        <translation>Your message contains control characters, so I did not read it. Please send plain text or use the buttons below.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The last day is before the first.</source>
        <translation>The last day is before the first.</translation>
    </message>
    <message>
        <source>Save bookings as</source>
        <translation>Save bookings as</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n booking(s) to %1.</source>
        <translation>
            <numerusform>Saved %n booking to %1.</numerusform>
            <numerusform>Saved %n bookings to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Export bookings</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Only %1</translation>
    </message>
    <message>
        <source>Only the current queue</source>
        <translation>Only the current queue</translation>
    </message>
    <message>
        <source>Leave unticked to export every queue</source>
        <translation>Leave unticked to export every queue</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Save as CSV…</translation>
    </message>
    <message>
        <source>Choose a file and export the bookings of these days into it</source>
        <translation>Choose a file and export the bookings of these days into it</translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>answers in %1 ms (%2)</source>
        <translation>answers in %1 ms (%2)</translation>
    </message>
    <message>
        <source>nothing waiting to be sent</source>
        <translation>nothing waiting to be sent</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>the oldest for %1</source>
        <translation>the oldest for %1</translation>
    </message>
    <message>
        <source>%1 in use (warning at %2)</source>
        <translation>%1 in use (warning at %2)</translation>
    </message>
    <message>
        <source>%1 (warning at %2)</source>
        <translation>%1 (warning at %2)</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 free</translation>
    </message>
    <message>
        <source>last answer %1 ago</source>
        <translation>last answer %1 ago</translation>
    </message>
    <message>
        <source>no answer yet (%1 since start)</source>
        <translation>no answer yet (%1 since start)</translation>
    </message>
</context>
<context>
    <name>LiveBoardModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Came without a booking and took a ticket</source>
        <translation>Came without a booking and took a ticket</translation>
    </message>
    <message>
        <source>Checked in for the %1 slot</source>
        <translation>Checked in for the %1 slot</translation>
    </message>
    <message>
        <source>Checked in with a booking</source>
        <translation>Checked in with a booking</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>In the line since %1</source>
        <translation>In the line since %1</translation>
    </message>
    <message>
        <source>Est. wait</source>
        <translation>Est. wait</translation>
    </message>
    <message>
        <source>next</source>
        <translation>next</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Estimated from recent service times and the open counters</source>
        <translation>Estimated from recent service times and the open counters</translation>
    </message>
    <message>
        <source>Without Telegram</source>
        <translation>Without Telegram</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Unknown person</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>About Queue Console</source>
        <translation>About Queue Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue Console&lt;/b&gt; %1&lt;br&gt;The staff desktop of Queue Bot, an electronic queue.</source>
        <translation>&lt;b&gt;Queue Console&lt;/b&gt; %1&lt;br&gt;The staff desktop of Queue Bot, an electronic queue.</translation>
    </message>
    <message>
        <source>Queue Console</source>
        <translation>Queue Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connect…</translation>
    </message>
    <message>
        <source>Connect to a queue-service (%1)</source>
        <translation>Connect to a queue-service (%1)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Load the current page again (%1)</source>
        <translation>Load the current page again (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Queue Console</source>
        <translation>&amp;About Queue Console</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <source>The queue the pages show</source>
        <translation>The queue the pages show</translation>
    </message>
    <message>
        <source>The server cannot be reached. Reconnecting automatically; what you see may be out of date.</source>
        <translation>The server cannot be reached. Reconnecting automatically; what you see may be out of date.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (%3)</source>
        <translation>Connected to %1 as %2 (%3)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>No keychain here: the token is kept for this session only.</source>
        <translation>No keychain here: the token is kept for this session only.</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message numerus="yes">
        <source>It will reach more than %n person(s).</source>
        <translation>
            <numerusform>It will reach more than %n person.</numerusform>
            <numerusform>It will reach more than %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is booked or in the live queue that day.</source>
        <translation>Nobody is booked or in the live queue that day.</translation>
    </message>
    <message numerus="yes">
        <source>It will reach %n person(s) booked or in the live queue that day.</source>
        <translation>
            <numerusform>It will reach %n person booked or in the live queue that day.</numerusform>
            <numerusform>It will reach %n people booked or in the live queue that day.</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages here.</source>
        <translation>No messages here.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n message.</numerusform>
            <numerusform>%n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Counting who it will reach…</source>
        <translation>Counting who it will reach…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>everyone coming</source>
        <translation>everyone coming</translation>
    </message>
    <message>
        <source>Send to everyone coming</source>
        <translation>Send to everyone coming</translation>
    </message>
    <message>
        <source>Send this note to %1 of %2 on %3? It cannot be taken back.</source>
        <translation>Send this note to %1 of %2 on %3? It cannot be taken back.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Nobody to tell: nobody is coming that day.</source>
        <translation>Nobody to tell: nobody is coming that day.</translation>
    </message>
    <message numerus="yes">
        <source>Queued for %n person(s).</source>
        <translation>
            <numerusform>Queued for %n person.</numerusform>
            <numerusform>Queued for %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Sending again…</translation>
    </message>
    <message>
        <source>The message is queued to be sent again.</source>
        <translation>The message is queued to be sent again.</translation>
    </message>
    <message>
        <source>Choose a message to see its details.</source>
        <translation>Choose a message to see its details.</translation>
    </message>
    <message>
        <source>%1 to %2, %3.</source>
        <translation>%1 to %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>Last error (after %n attempt(s)): %1</source>
        <translation>
            <numerusform>Last error (after %n attempt): %1</numerusform>
            <numerusform>Last error (after %n attempts): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>Note to everyone coming to %1</source>
        <translation>Note to everyone coming to %1</translation>
    </message>
    <message>
        <source>Note to everyone coming</source>
        <translation>Note to everyone coming</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Everyone with a booking that day, or in the live queue today, gets the note</source>
        <translation>Everyone with a booking that day, or in the live queue today, gets the note</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>For example: The office closes at 15:00 today.</source>
        <translation>For example: The office closes at 15:00 today.</translation>
    </message>
    <message>
        <source>S&amp;end…</source>
        <translation>S&amp;end…</translation>
    </message>
    <message>
        <source>Send the note through the bot (you confirm first)</source>
        <translation>Send the note through the bot (you confirm first)</translation>
    </message>
    <message>
        <source>Messages to people</source>
        <translation>Messages to people</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>All messages</translation>
    </message>
    <message>
        <source>Which messages to list</source>
        <translation>Which messages to list</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <source>Queue the selected failed message to be sent again (%1)</source>
        <translation>Queue the selected failed message to be sent again (%1)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <source>Creating the account…</source>
        <translation>Creating the account…</translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>Add a staff account</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. anna.k</source>
        <translation>e.g. anna.k</translation>
    </message>
    <message>
        <source>Up to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;</source>
        <translation>Up to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Sees everything, changes nothing.</source>
        <translation>Sees everything, changes nothing.</translation>
    </message>
    <message>
        <source>Runs the day: slots, bookings, the live queue, people, messages.</source>
        <translation>Runs the day: slots, bookings, the live queue, people, messages.</translation>
    </message>
    <message>
        <source>Everything, also queues, weekly templates, staff accounts and the audit log.</source>
        <translation>Everything, also queues, weekly templates, staff accounts and the audit log.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>📅 Choose another time</source>
        <translation>📅 Choose another time</translation>
    </message>
    <message>
        <source>The office has booked an appointment for you.</source>
        <translation>The office has booked an appointment for you.</translation>
    </message>
    <message>
        <source>Reminder: you have an appointment.</source>
        <translation>Reminder: you have an appointment.</translation>
    </message>
    <message>
        <source>The office has moved your booking %1 to another time.</source>
        <translation>The office has moved your booking %1 to another time.</translation>
    </message>
    <message>
        <source>New booking code: %1</source>
        <translation>New booking code: %1</translation>
    </message>
    <message>
        <source>The office has cancelled your booking %1.</source>
        <translation>The office has cancelled your booking %1.</translation>
    </message>
    <message>
        <source>Sorry, the office has cancelled the time of your booking %1.</source>
        <translation>Sorry, the office has cancelled the time of your booking %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>You have a new message from the office about your booking.</source>
        <translation>You have a new message from the office about your booking.</translation>
    </message>
    <message>
        <source>Please confirm that you will come by %1, or the seat will be given to someone else.</source>
        <translation>Please confirm that you will come by %1, or the seat will be given to someone else.</translation>
    </message>
    <message>
        <source>✅ I will come</source>
        <translation>✅ I will come</translation>
    </message>
    <message>
        <source>Your booking %1 was not confirmed in time, so the seat has been given to someone else.</source>
        <translation>Your booking %1 was not confirmed in time, so the seat has been given to someone else.</translation>
    </message>
    <message>
        <source>A seat has freed up for you!</source>
        <translation>A seat has freed up for you!</translation>
    </message>
    <message>
        <source>It is held for you until %1. Take it, or pass it on to the next person.</source>
        <translation>It is held for you until %1. Take it, or pass it on to the next person.</translation>
    </message>
    <message>
        <source>✅ Take it</source>
        <translation>✅ Take it</translation>
    </message>
    <message>
        <source>✖ No, thanks</source>
        <translation>✖ No, thanks</translation>
    </message>
    <message>
        <source>The seat held for you has gone to the next person, as there was no answer in time. You are no longer on the waiting list for %1.</source>
        <translation>The seat held for you has gone to the next person, as there was no answer in time. You are no longer on the waiting list for %1.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1: only %n person(s) ahead of you. Please be close to the office.</source>
        <translation>
            <numerusform>Ticket %1: only %n person ahead of you. Please be close to the office.</numerusform>
            <numerusform>Ticket %1: only %n people ahead of you. Please be close to the office.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1: please go to counter %2 instead.</source>
        <translation>Ticket %1: please go to counter %2 instead.</translation>
    </message>
    <message>
        <source>Ticket %1: we are waiting for you at counter %2!</source>
        <translation>Ticket %1: we are waiting for you at counter %2!</translation>
    </message>
    <message>
        <source>Your turn! Ticket %1: please go to counter %2.</source>
        <translation>Your turn! Ticket %1: please go to counter %2.</translation>
    </message>
    <message>
        <source>A message from %1:</source>
        <translation>A message from %1:</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <source>Next try %1</source>
        <translation>Next try %1</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Nobody found.</source>
        <translation>Nobody found.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n person found.</numerusform>
            <numerusform>%n people found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Search by name, username, phone or Telegram id</source>
        <translation>Search by name, username, phone or Telegram id</translation>
    </message>
    <message>
        <source>Part of a name, username or phone, or a whole Telegram id</source>
        <translation>Part of a name, username or phone, or a whole Telegram id</translation>
    </message>
    <message>
        <source>Banned &amp;only</source>
        <translation>Banned &amp;only</translation>
    </message>
    <message>
        <source>Show only people who are banned from booking</source>
        <translation>Show only people who are banned from booking</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation>&amp;Waiting list</translation>
    </message>
    <message>
        <source>Who waits for a seat in the current queue</source>
        <translation>Who waits for a seat in the current queue</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>PersonBookingsModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booked through</source>
        <translation>Booked through</translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation>Booked on</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Banning…</source>
        <translation>Banning…</translation>
    </message>
    <message>
        <source>Lifting the ban…</source>
        <translation>Lifting the ban…</translation>
    </message>
    <message>
        <source>%1 can no longer book.</source>
        <translation>%1 can no longer book.</translation>
    </message>
    <message>
        <source>%1 can book again.</source>
        <translation>%1 can book again.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Telegram id:</source>
        <translation>Telegram id:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>No-shows:</source>
        <translation>No-shows:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Choose a person on the left to see their details and bookings.</source>
        <translation>Choose a person on the left to see their details and bookings.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Banned: cannot book</source>
        <translation>Banned: cannot book</translation>
    </message>
    <message>
        <source>Blocked the bot: messages do not reach them</source>
        <translation>Blocked the bot: messages do not reach them</translation>
    </message>
    <message>
        <source>Can book</source>
        <translation>Can book</translation>
    </message>
    <message>
        <source>Lift the &amp;ban</source>
        <translation>Lift the &amp;ban</translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Ban</translation>
    </message>
    <message>
        <source>Let this person book again</source>
        <translation>Let this person book again</translation>
    </message>
    <message>
        <source>Stop this person from booking (their bookings stay)</source>
        <translation>Stop this person from booking (their bookings stay)</translation>
    </message>
    <message>
        <source>Bookings (%1 of %2 shown):</source>
        <translation>Bookings (%1 of %2 shown):</translation>
    </message>
    <message>
        <source>Bookings (%1):</source>
        <translation>Bookings (%1):</translation>
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
    <message>
        <source>You are already on the waiting list for this day.</source>
        <translation>You are already on the waiting list for this day.</translation>
    </message>
    <message>
        <source>This waiting list entry does not exist.</source>
        <translation>This waiting list entry does not exist.</translation>
    </message>
    <message>
        <source>Sorry, this offer is no longer available.</source>
        <translation>Sorry, this offer is no longer available.</translation>
    </message>
    <message>
        <source>The waiting list is not open for this day.</source>
        <translation>The waiting list is not open for this day.</translation>
    </message>
    <message>
        <source>This queue does not take walk-in visitors.</source>
        <translation>This queue does not take walk-in visitors.</translation>
    </message>
    <message>
        <source>The office is closed right now.</source>
        <translation>The office is closed right now.</translation>
    </message>
    <message>
        <source>You are already in this queue today.</source>
        <translation>You are already in this queue today.</translation>
    </message>
    <message>
        <source>Check-in for this booking is not open now.</source>
        <translation>Check-in for this booking is not open now.</translation>
    </message>
    <message>
        <source>This ticket does not exist.</source>
        <translation>This ticket does not exist.</translation>
    </message>
    <message>
        <source>This ticket is not in a state that allows this.</source>
        <translation>This ticket is not in a state that allows this.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>This booking cannot be confirmed any more.</source>
        <translation>This booking cannot be confirmed any more.</translation>
    </message>
    <message>
        <source>This day has no exception to the schedule.</source>
        <translation>This day has no exception to the schedule.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Export bookings to CSV…</source>
        <translation>&amp;Export bookings to CSV…</translation>
    </message>
    <message>
        <source>Save the bookings of a range of days as a spreadsheet file (%1)</source>
        <translation>Save the bookings of a range of days as a spreadsheet file (%1)</translation>
    </message>
    <message>
        <source>&amp;Print today&apos;s day sheet…</source>
        <translation>&amp;Print today&apos;s day sheet…</translation>
    </message>
    <message>
        <source>Today&apos;s bookings of the current queue on paper, with a preview (%1)</source>
        <translation>Today&apos;s bookings of the current queue on paper, with a preview (%1)</translation>
    </message>
    <message>
        <source>Save today&apos;s day sheet as P&amp;DF…</source>
        <translation>Save today&apos;s day sheet as P&amp;DF…</translation>
    </message>
    <message>
        <source>Today&apos;s bookings of the current queue as a PDF file (%1)</source>
        <translation>Today&apos;s bookings of the current queue as a PDF file (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n booking(s) to %1.</source>
        <translation>
            <numerusform>Saved %n booking to %1.</numerusform>
            <numerusform>Saved %n bookings to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading today&apos;s bookings…</source>
        <translation>Reading today&apos;s bookings…</translation>
    </message>
    <message>
        <source>Day sheet %1</source>
        <translation>Day sheet %1</translation>
    </message>
    <message>
        <source>Day sheet: %1</source>
        <translation>Day sheet: %1</translation>
    </message>
    <message>
        <source>day-sheet_%1.pdf</source>
        <translation>day-sheet_%1.pdf</translation>
    </message>
    <message>
        <source>Save the day sheet as</source>
        <translation>Save the day sheet as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the day sheet (%n booking(s)) to %1.</source>
        <translation>
            <numerusform>Saved the day sheet (%n booking) to %1.</numerusform>
            <numerusform>Saved the day sheet (%n bookings) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Template and holidays</source>
        <translation>Template and holidays</translation>
    </message>
    <message>
        <source>&amp;Weekly template</source>
        <translation>&amp;Weekly template</translation>
    </message>
    <message>
        <source>&amp;Holidays and special days</source>
        <translation>&amp;Holidays and special days</translation>
    </message>
    <message>
        <source>The open hours of each weekday, with breaks. Saving makes the slots of the coming weeks from it; booked slots are never removed.</source>
        <translation>The open hours of each weekday, with breaks. Saving makes the slots of the coming weeks from it; booked slots are never removed.</translation>
    </message>
    <message>
        <source>Only an administrator can change the weekly template.</source>
        <translation>Only an administrator can change the weekly template.</translation>
    </message>
    <message>
        <source>Times are in the queue&apos;s time zone, %1.</source>
        <translation>Times are in the queue&apos;s time zone, %1.</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Slot length</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Add h&amp;ours</source>
        <translation>Add h&amp;ours</translation>
    </message>
    <message>
        <source>Add open hours for a weekday</source>
        <translation>Add open hours for a weekday</translation>
    </message>
    <message>
        <source>Add &amp;break</source>
        <translation>Add &amp;break</translation>
    </message>
    <message>
        <source>Add a break within a weekday&apos;s hours</source>
        <translation>Add a break within a weekday&apos;s hours</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Save template</translation>
    </message>
    <message>
        <source>Save the template and make the coming weeks&apos; slots from it</source>
        <translation>Save the template and make the coming weeks&apos; slots from it</translation>
    </message>
    <message>
        <source>Days that differ from the template: closed (a holiday), or open only within their own hours. Choose one to change or remove it.</source>
        <translation>Days that differ from the template: closed (a holiday), or open only within their own hours. Choose one to change or remove it.</translation>
    </message>
    <message>
        <source>Only operators and administrators can change these days.</source>
        <translation>Only operators and administrators can change these days.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Closed all day</source>
        <translation>&amp;Closed all day</translation>
    </message>
    <message>
        <source>Open hours:</source>
        <translation>Open hours:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>For example: public holiday</source>
        <translation>For example: public holiday</translation>
    </message>
    <message>
        <source>Sa&amp;ve day</source>
        <translation>Sa&amp;ve day</translation>
    </message>
    <message>
        <source>Save this day and make its slots again</source>
        <translation>Save this day and make its slots again</translation>
    </message>
    <message>
        <source>Re&amp;move day</source>
        <translation>Re&amp;move day</translation>
    </message>
    <message>
        <source>The day follows the template again</source>
        <translation>The day follows the template again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>Open hours</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>queue&apos;s (%1 min)</source>
        <translation>queue&apos;s (%1 min)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>queue&apos;s (%1)</source>
        <translation>queue&apos;s (%1)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Closed all day</translation>
    </message>
    <message>
        <source>Saving the template and making the slots…</source>
        <translation>Saving the template and making the slots…</translation>
    </message>
    <message>
        <source>Saving the day and making its slots…</source>
        <translation>Saving the day and making its slots…</translation>
    </message>
    <message>
        <source>Removing the day and making its slots from the template…</source>
        <translation>Removing the day and making its slots from the template…</translation>
    </message>
    <message>
        <source>Slots made again from %1 to %2: %3 created, %4 removed, %5 with a new capacity, %6 kept.</source>
        <translation>Slots made again from %1 to %2: %3 created, %4 removed, %5 with a new capacity, %6 kept.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked slot(s) no longer fit and were left as they are:</source>
        <translation>
            <numerusform>%n booked slot no longer fits and was left as it is:</numerusform>
            <numerusform>%n booked slots no longer fit and were left as they are:</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the template any more</source>
        <translation>not in the template any more</translation>
    </message>
    <message>
        <source>its hours changed</source>
        <translation>its hours changed</translation>
    </message>
    <message>
        <source>more people booked than the new capacity</source>
        <translation>more people booked than the new capacity</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n booked — %2</source>
        <translation>
            <numerusform>%1 — %n booked — %2</numerusform>
            <numerusform>%1 — %n booked — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Show the whole week</source>
        <translation>Show the whole week</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Show one day, wider (the chosen slot&apos;s day)</source>
        <translation>Show one day, wider (the chosen slot&apos;s day)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Taller hours (also Ctrl+wheel)</source>
        <translation>Taller hours (also Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Shorter hours (also Ctrl+wheel)</source>
        <translation>Shorter hours (also Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Fit hours</source>
        <translation>Fit hours</translation>
    </message>
    <message>
        <source>Fit the hours to the window</source>
        <translation>Fit the hours to the window</translation>
    </message>
    <message>
        <source>New slot…</source>
        <translation>New slot…</translation>
    </message>
    <message>
        <source>Create one slot</source>
        <translation>Create one slot</translation>
    </message>
    <message>
        <source>From a pattern…</source>
        <translation>From a pattern…</translation>
    </message>
    <message>
        <source>Create slots for a date range from weekdays and hours, with a preview</source>
        <translation>Create slots for a date range from weekdays and hours, with a preview</translation>
    </message>
    <message>
        <source>Template and holidays…</source>
        <translation>Template and holidays…</translation>
    </message>
    <message>
        <source>The weekly template and the days that differ from it</source>
        <translation>The weekly template and the days that differ from it</translation>
    </message>
    <message>
        <source>Arrows move between slots, Enter shows the people booked, PgUp/PgDn change the week, Ctrl +/− zoom, a double click on free time creates a slot.</source>
        <translation>Arrows move between slots, Enter shows the people booked, PgUp/PgDn change the week, Ctrl +/− zoom, a double click on free time creates a slot.</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Times in %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Show the people booked</source>
        <translation>Show the people booked</translation>
    </message>
    <message>
        <source>Cancel slot…</source>
        <translation>Cancel slot…</translation>
    </message>
    <message>
        <source>New slot at %1…</source>
        <translation>New slot at %1…</translation>
    </message>
    <message>
        <source>Choose a queue first.</source>
        <translation>Choose a queue first.</translation>
    </message>
    <message>
        <source>Slot created: %1.</source>
        <translation>Slot created: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) created</source>
        <translation>
            <numerusform>%n slot created</numerusform>
            <numerusform>%n slots created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) skipped</source>
        <translation>
            <numerusform>%n start skipped</numerusform>
            <numerusform>%n starts skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slot cancelled; %n person(s) told.</source>
        <translation>
            <numerusform>Slot cancelled; %n person told.</numerusform>
            <numerusform>Slot cancelled; %n people told.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotBookingsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Cancelled by the person</source>
        <translation>Cancelled by the person</translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation>Cancelled by staff</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>SlotDetailsPanel</name>
    <message>
        <source>Choose a slot in the grid to see who booked it.

Arrows move between slots, Enter comes here.</source>
        <translation>Choose a slot in the grid to see who booked it.

Arrows move between slots, Enter comes here.</translation>
    </message>
    <message>
        <source>P&amp;eople booked:</source>
        <translation>P&amp;eople booked:</translation>
    </message>
    <message>
        <source>&amp;Attended</source>
        <translation>&amp;Attended</translation>
    </message>
    <message>
        <source>The chosen person came (Alt+A)</source>
        <translation>The chosen person came (Alt+A)</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;No-show</translation>
    </message>
    <message>
        <source>The chosen person did not come; it counts towards their no-show limit (Alt+N)</source>
        <translation>The chosen person did not come; it counts towards their no-show limit (Alt+N)</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>Cancel &amp;booking</translation>
    </message>
    <message>
        <source>Cancel the chosen person&apos;s booking; the bot tells them (Alt+B)</source>
        <translation>Cancel the chosen person&apos;s booking; the bot tells them (Alt+B)</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ca&amp;pacity:</translation>
    </message>
    <message>
        <source>Seats in this slot; never fewer than are booked</source>
        <translation>Seats in this slot; never fewer than are booked</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Set</translation>
    </message>
    <message>
        <source>Change the slot&apos;s capacity (Alt+S)</source>
        <translation>Change the slot&apos;s capacity (Alt+S)</translation>
    </message>
    <message>
        <source>Cancel s&amp;lot…</source>
        <translation>Cancel s&amp;lot…</translation>
    </message>
    <message>
        <source>Cancel the whole slot with a reason the people booked receive (Alt+L)</source>
        <translation>Cancel the whole slot with a reason the people booked receive (Alt+L)</translation>
    </message>
    <message>
        <source>No slot chosen</source>
        <translation>No slot chosen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>P&amp;eople booked: loading…</source>
        <translation>P&amp;eople booked: loading…</translation>
    </message>
    <message>
        <source>P&amp;eople booked: none yet</source>
        <translation>P&amp;eople booked: none yet</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Cancel the booking %1 of %2? The bot tells them.</source>
        <translation>Cancel the booking %1 of %2? The bot tells them.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Cancelling the booking…</source>
        <translation>Cancelling the booking…</translation>
    </message>
    <message>
        <source>Booking %1 cancelled; the person is told.</source>
        <translation>Booking %1 cancelled; the person is told.</translation>
    </message>
    <message>
        <source>Changing the capacity…</source>
        <translation>Changing the capacity…</translation>
    </message>
    <message numerus="yes">
        <source>The slot now has %n seat(s).</source>
        <translation>
            <numerusform>The slot now has %n seat.</numerusform>
            <numerusform>The slot now has %n seats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>New slot</source>
        <translation>New slot</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How many people can book this slot</source>
        <translation>How many people can book this slot</translation>
    </message>
    <message>
        <source>Times are in the queue&apos;s time zone, %1.</source>
        <translation>Times are in the queue&apos;s time zone, %1.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Creating the slot…</source>
        <translation>Creating the slot…</translation>
    </message>
</context>
<context>
    <name>SlotLook</name>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Partly booked</source>
        <translation>Partly booked</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n seat(s) taken</source>
        <translation>
            <numerusform>%1 of %n seat taken</numerusform>
            <numerusform>%1 of %n seats taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n held for the waiting list</source>
        <translation>
            <numerusform>, %n held for the waiting list</numerusform>
            <numerusform>, %n held for the waiting list</numerusform>
        </translation>
    </message>
    <message>
        <source> (closed to booking)</source>
        <translation> (closed to booking)</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <source>Revoke a staff account</source>
        <translation>Revoke a staff account</translation>
    </message>
    <message>
        <source>Revoke %1? Their token stops working at once; a console they have open is signed out.</source>
        <translation>Revoke %1? Their token stops working at once; a console they have open is signed out.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revoking…</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
    <message>
        <source>This is your own account; another admin can revoke it</source>
        <translation>This is your own account; another admin can revoke it</translation>
    </message>
    <message>
        <source>Stop the selected account&apos;s token from working (%1)</source>
        <translation>Stop the selected account&apos;s token from working (%1)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <source>Create a staff account and its token (%1)</source>
        <translation>Create a staff account and its token (%1)</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message numerus="yes">
        <source>Checked at %1; again every %n second(s) while this page is shown.</source>
        <translation>
            <numerusform>Checked at %1; again every %n second while this page is shown.</numerusform>
            <numerusform>Checked at %1; again every %n seconds while this page is shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service does not answer</source>
        <translation>The service does not answer</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Version %1 · running for %2</source>
        <translation>Version %1 · running for %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Today in %1</source>
        <translation>Today in %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>free seats</source>
        <translation>free seats</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>attended</translation>
    </message>
    <message>
        <source>no-shows</source>
        <translation>no-shows</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>on the waiting list</translation>
    </message>
    <message>
        <source>messages failing</source>
        <translation>messages failing</translation>
    </message>
    <message>
        <source>messages given up</source>
        <translation>messages given up</translation>
    </message>
    <message>
        <source>Messages to people that failed and are being retried</source>
        <translation>Messages to people that failed and are being retried</translation>
    </message>
    <message>
        <source>Messages the service gave up on: see Messages to send them again</source>
        <translation>Messages the service gave up on: see Messages to send them again</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Service status</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Cancelled by the person</source>
        <translation>Cancelled by the person</translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation>Cancelled by staff</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Expired unconfirmed</source>
        <translation>Expired unconfirmed</translation>
    </message>
    <message>
        <source>Through staff</source>
        <translation>Through staff</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Seat offered</source>
        <translation>Seat offered</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Offer expired</source>
        <translation>Offer expired</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed, retrying</source>
        <translation>Failed, retrying</translation>
    </message>
    <message>
        <source>Failed for good</source>
        <translation>Failed for good</translation>
    </message>
    <message>
        <source>Booking made</source>
        <translation>Booking made</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Booking cancelled</translation>
    </message>
    <message>
        <source>Booking moved</source>
        <translation>Booking moved</translation>
    </message>
    <message>
        <source>Unconfirmed seat released</source>
        <translation>Unconfirmed seat released</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Slot cancelled</source>
        <translation>Slot cancelled</translation>
    </message>
    <message>
        <source>Seat offered from the waiting list</source>
        <translation>Seat offered from the waiting list</translation>
    </message>
    <message>
        <source>Note from the office</source>
        <translation>Note from the office</translation>
    </message>
    <message>
        <source>Place in the live queue</source>
        <translation>Place in the live queue</translation>
    </message>
    <message>
        <source>Turn coming soon</source>
        <translation>Turn coming soon</translation>
    </message>
    <message>
        <source>Called to a counter</source>
        <translation>Called to a counter</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Staff account</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Live-queue ticket</source>
        <translation>Live-queue ticket</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Unhealthy</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation>Message delivery</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Disk space</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Issued at %1</source>
        <translation>Issued at %1</translation>
    </message>
    <message>
        <source>Issued at %1 · next in line</source>
        <translation>Issued at %1 · next in line</translation>
    </message>
    <message>
        <source>Issued at %1 · place %2 in line, about %3</source>
        <translation>Issued at %1 · place %2 in line, about %3</translation>
    </message>
    <message>
        <source>Walk-in ticket %1</source>
        <translation>Walk-in ticket %1</translation>
    </message>
    <message>
        <source>Please write down the ticket number; it will be called out:</source>
        <translation>Please write down the ticket number; it will be called out:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the ticket to hand it over</source>
        <translation>Print the ticket to hand it over</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>The line could not be loaded: %1</source>
        <translation>The line could not be loaded: %1</translation>
    </message>
    <message>
        <source>Today&apos;s bookings (%1)</source>
        <translation>Today&apos;s bookings (%1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>No queue is chosen. Pick one in the toolbar.</source>
        <translation>No queue is chosen. Pick one in the toolbar.</translation>
    </message>
    <message>
        <source>Loading the line…</source>
        <translation>Loading the line…</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Waiting (%1)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s)</source>
        <translation>
            <numerusform>%n counter</numerusform>
            <numerusform>%n counters</numerusform>
        </translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>booking %1</source>
        <translation>booking %1</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>booking</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Called at %1</source>
        <translation>Called at %1</translation>
    </message>
    <message numerus="yes">
        <source>called again %n time(s)</source>
        <translation>
            <numerusform>called again %n time</numerusform>
            <numerusform>called again %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <source>Call next (%1)</source>
        <translation>Call next (%1)</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <source>Call the next person to counter %1 (%2); %3, still at the counter, is marked served</source>
        <translation>Call the next person to counter %1 (%2); %3, still at the counter, is marked served</translation>
    </message>
    <message>
        <source>Call the next person in line to counter %1 (%2)</source>
        <translation>Call the next person in line to counter %1 (%2)</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <source>Walk-in ticket (%1)</source>
        <translation>Walk-in ticket (%1)</translation>
    </message>
    <message>
        <source>Issue a ticket for someone without Telegram (%1)</source>
        <translation>Issue a ticket for someone without Telegram (%1)</translation>
    </message>
    <message>
        <source>This queue does not take walk-ins</source>
        <translation>This queue does not take walk-ins</translation>
    </message>
    <message>
        <source>%1 is called to counter %2.</source>
        <translation>%1 is called to counter %2.</translation>
    </message>
    <message>
        <source>Walk-in ticket %1 issued.</source>
        <translation>Walk-in ticket %1 issued.</translation>
    </message>
    <message>
        <source>%1 is served.</source>
        <translation>%1 is served.</translation>
    </message>
    <message>
        <source>%1 did not come.</source>
        <translation>%1 did not come.</translation>
    </message>
    <message>
        <source>%1 is called again to counter %2.</source>
        <translation>%1 is called again to counter %2.</translation>
    </message>
    <message>
        <source>%1 is back in the line.</source>
        <translation>%1 is back in the line.</translation>
    </message>
    <message>
        <source>%1 is sent to counter %2.</source>
        <translation>%1 is sent to counter %2.</translation>
    </message>
    <message>
        <source>Remove from the line</source>
        <translation>Remove from the line</translation>
    </message>
    <message>
        <source>Take %1 out of the line because the person has left?</source>
        <translation>Take %1 out of the line because the person has left?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1 is taken out of the line.</source>
        <translation>%1 is taken out of the line.</translation>
    </message>
    <message>
        <source>%1 is checked in and waits in the line.</source>
        <translation>%1 is checked in and waits in the line.</translation>
    </message>
    <message>
        <source>This queue does not take walk-in tickets.</source>
        <translation>This queue does not take walk-in tickets.</translation>
    </message>
    <message>
        <source>The queue is not open now, so no ticket can be issued.</source>
        <translation>The queue is not open now, so no ticket can be issued.</translation>
    </message>
    <message>
        <source>Someone else has already dealt with this ticket; the line is shown as it is now.</source>
        <translation>Someone else has already dealt with this ticket; the line is shown as it is now.</translation>
    </message>
    <message>
        <source>Check-in is open from %1 before the slot until %2 after its start.</source>
        <translation>Check-in is open from %1 before the slot until %2 after its start.</translation>
    </message>
    <message>
        <source>This booking is no longer active.</source>
        <translation>This booking is no longer active.</translation>
    </message>
    <message>
        <source>This person is already in the line.</source>
        <translation>This person is already in the line.</translation>
    </message>
    <message>
        <source>Booked seats</source>
        <translation>Booked seats</translation>
    </message>
    <message>
        <source>Seats booked for today (still coming, served or missed)</source>
        <translation>Seats booked for today (still coming, served or missed)</translation>
    </message>
    <message>
        <source>Free seats</source>
        <translation>Free seats</translation>
    </message>
    <message>
        <source>Seats still free to book today</source>
        <translation>Seats still free to book today</translation>
    </message>
    <message>
        <source>People in the line now</source>
        <translation>People in the line now</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>From joining the line to being called, today</source>
        <translation>From joining the line to being called, today</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>Tickets served today</source>
        <translation>Tickets served today</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Called or waiting people who did not come, today</source>
        <translation>Called or waiting people who did not come, today</translation>
    </message>
    <message>
        <source>&amp;My counter:</source>
        <translation>&amp;My counter:</translation>
    </message>
    <message>
        <source>The counter you work at: Call next calls people to it</source>
        <translation>The counter you work at: Call next calls people to it</translation>
    </message>
    <message>
        <source>Today&apos;s bookings</source>
        <translation>Today&apos;s bookings</translation>
    </message>
    <message>
        <source>The people waiting, in the order they will be called</source>
        <translation>The people waiting, in the order they will be called</translation>
    </message>
    <message>
        <source>Today&apos;s bookings of this queue: check people in at the desk</source>
        <translation>Today&apos;s bookings of this queue: check people in at the desk</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Remove from the line (left)</source>
        <translation>Remove from the line (left)</translation>
    </message>
    <message>
        <source>The person has left: take the ticket out of the line (%1)</source>
        <translation>The person has left: take the ticket out of the line (%1)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>The person is here: put the booking into the line (Enter)</source>
        <translation>The person is here: put the booking into the line (Enter)</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Call again</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>The new account&apos;s token</source>
        <translation>The new account&apos;s token</translation>
    </message>
    <message>
        <source>The account &lt;b&gt;%1&lt;/b&gt; is ready. Give this token to its owner; they paste it into Connect… in their console.</source>
        <translation>The account &lt;b&gt;%1&lt;/b&gt; is ready. Give this token to its owner; they paste it into Connect… in their console.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Copy the token to the clipboard</translation>
    </message>
    <message>
        <source>⚠ This is the only time the token is shown. The server keeps only a fingerprint of it, so it cannot be shown again: copy it now. If it is lost, revoke the account and add a new one.</source>
        <translation>⚠ This is the only time the token is shown. The server keeps only a fingerprint of it, so it cannot be shown again: copy it now. If it is lost, revoke the account and add a new one.</translation>
    </message>
    <message>
        <source>I have copied it, c&amp;lose</source>
        <translation>I have copied it, c&amp;lose</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Telegram id</source>
        <translation>Telegram id</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Banned</translation>
    </message>
    <message>
        <source>Blocked the bot</source>
        <translation>Blocked the bot</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seat held until</source>
        <translation>Seat held until</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>Nobody is on this list.</source>
        <translation>Nobody is on this list.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Remove from the waiting list</source>
        <translation>Remove from the waiting list</translation>
    </message>
    <message>
        <source>Take %1 off the waiting list for %2? They lose their place in line.</source>
        <translation>Take %1 off the waiting list for %2? They lose their place in line.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
    <message>
        <source>Removed from the waiting list.</source>
        <translation>Removed from the waiting list.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Which entries of the list to show</source>
        <translation>Which entries of the list to show</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>Take the selected person off the waiting list (%1)</source>
        <translation>Take the selected person off the waiting list (%1)</translation>
    </message>
    <message>
        <source>Waiting list of %1</source>
        <translation>Waiting list of %1</translation>
    </message>
    <message>
        <source>No queue chosen</source>
        <translation>No queue chosen</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No slots on these days.</source>
        <translation>No slots on these days.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Shorter hours: %1</source>
        <translation>Shorter hours: %1</translation>
    </message>
    <message>
        <source>Extra working day: %1</source>
        <translation>Extra working day: %1</translation>
    </message>
    <message>
        <source>Special hours: %1</source>
        <translation>Special hours: %1</translation>
    </message>
</context>
<context>
    <name>WeekSlotsModel</name>
    <message>
        <source>%1–%2, %3 of %4 booked</source>
        <translation>%1–%2, %3 of %4 booked</translation>
    </message>
</context>
</TS>
