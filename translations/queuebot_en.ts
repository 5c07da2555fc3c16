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
</TS>
