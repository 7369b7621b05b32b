#!/usr/bin/env python3
"""Generate the six Wetherby Playhouse Trust Stagedoor status calls as Otter.ai transcript exports
(calls/call-1.txt .. call-6.txt), write gold.json from the answer key held below, then check the key against the calls.

Otter layout (docs/FORMATS.md): a line with the speaker's full name, two spaces and the time (m:ss, or h:mm:ss after
an hour), then the turn's text on the following line(s), then a blank line. Each turn below is "CODE: text"; " | "
inside a turn marks a line break inside the same Otter paragraph (a continuation line). Timestamps are synthetic but
deterministic (about 2.5 words a second). In call 3 the sponsor dials in from her phone, so the meeting labels her
"Judith's iPhone".
Run: python3 make_calls.py   (stdlib only; writes calls/*.txt and gold.json next to this file, then asserts that every
gold quote occurs verbatim in one turn of its call and that dates, events and attendance agree; exits 1 on failure)
"""
import datetime
import json
import random
import re
import sys
from pathlib import Path

NAMES = {
    "MC": "Megan Castell",       # Limelight Software (vendor) project manager, host
    "RS": "Ravi Sandhu",         # Limelight integration consultant: Tillway gateway, Ovation data, website link
    "HB": "Holly Brennan",       # Limelight implementation consultant: seat maps, memberships, vouchers, rota, training
    "JH": "Judith Harker",       # Wetherby Playhouse Trust executive director, sponsor
    "JI": "Judith's iPhone",     # the same Judith Harker, dialled in from her phone (call 3)
    "LB": "Lucy Barraclough",    # WPT box office and customer services manager, customer project lead
    "CM": "Colin Mather",        # WPT buildings and facilities manager, does IT 'sort of'
    "SI": "Shabana Iqbal",       # WPT finance director
    "TB": "Tariq Bashir",        # WPT marketing and digital manager (the website)
    "FL": "Freya Lund",          # WPT front of house and access manager (the access register, 'the green list')
    "JW": "Joel Whitaker",       # Fennel Digital (the web agency) account director; outside party
    "MT": "Maureen Tate",        # BECTU rep for the box office staff; outside party
    "DR": "Dominic Reyes",       # Tillway (the card-payment gateway) onboarding manager; outside party
}

DATES = {1: "2026-10-08", 2: "2026-10-15", 3: "2026-10-22", 4: "2026-10-29", 5: "2026-11-05", 6: "2026-11-12"}

CALLS = {}

CALLS[1] = """
MC: Hello? Hello. Can you hear me all right? I've got a new headset and I don't trust it yet.
RS: Loud and clear, Megan.
LB: Yeah, you're fine. Sorry, I'm eating a sandwich. It's the only five minutes I'll get today.
MC: Eat away. Right, it's two minutes past. Judith's office said she's on the phone to the Arts Council and she'll jump on when she can. Shall we just get going?
TB: Please. I've got the spring brochure going to the printer at eleven and it's, um, not finished.
MC: Okay. So, welcome, everybody, to the first weekly call for the Stagedoor rollout. We'll do these every Thursday at ten, half an hour, forty minutes if we really must. | Quick round of names first. I'm Megan Castell, I'm the project manager at Limelight, and I'll be chairing these.
RS: Ravi Sandhu, Limelight. I'm the integrations person, so card payments, getting the data out of Ovation, and the website end.
HB: Holly Brennan, also Limelight. I do the build. Seat maps, memberships, gift vouchers, the rota, and then I train everybody at the end.
LB: Lucy Barraclough, box office and customer services manager, all four venues. And project lead, apparently, which I found out about from an email.
CM: Colin Mather. Buildings and facilities. And IT, sort of, because I'm the one who knows where the comms cabinet is.
SI: Shabana Iqbal, finance director.
TB: Tariq Bashir, marketing and digital. So the website's mine. Well, it's mine and Fennel's.
FL: Freya Lund, front of house and access. I run the access scheme, and I'm the one on the door when it goes wrong.
MC: Lovely, thanks, everyone. So, the headline from the contract. Ovation's contract runs out on the thirty-first of December. The plan on paper is Stagedoor goes live on Monday the thirtieth of November, all four venues, and we bring the panto bookings across at the same time, so everybody's on one system from day one.
LB: The panto bookings.
MC: The future bookings, yes. Anything on sale for after go-live.
LB: Megan, panto opens on the twenty-eighth. That's two days before. We'll have, what, eighteen thousand tickets sold by then? You want to move all of them in the middle of the run?
MC: That's how we'd normally do it. We did it at Ludlow last year and it was fine.
LB: Ludlow doesn't do a panto with two shows a day and a coach party at every matinee.
FL: And the access bookings. Every panto matinee has forty-odd wheelchair spaces and companion seats. If one of those goes missing, it's me on the door explaining it to a family that's driven from Selby.
MC: Okay. Let's hold that until Judith's on, because I think that's her call really. Ravi, do you want to do payments?
RS: Sure. So Stagedoor takes cards through Tillway, that's the gateway. At the moment you're on, is it Ovation's own one?
SI: It's Ovation's. And they take a cut of every transaction, which I would very much like to stop.
RS: Good, well, that stops. So Tillway need a merchant application from the trust, signed, and then they issue you a live merchant ID. I can get us a sandbox today, that's the easy bit.
SI: I'll fill the Tillway form in and put it in front of Judith by Wednesday. She's the only one who can sign it, it has to be a director.
MC: Wednesday the fourteenth. Thanks, Shabana.
RS: The other half of it is the card machines. The little terminals at the box office windows. They talk to Tillway over the internet, the box office PCs do as well, and your firewall has to let them out. | None of the card machines will talk to Tillway until somebody opens those ports at all four venues.
MC: Who looks after the network?
CM: Calder. Calder IT, they're the managed service people. They do the network and the email and the, um, the printers when they feel like it.
MC: And who at the trust raises things with Calder?
CM: Well, the contract's finance's, isn't it?
SI: The contract sits with me because I pay it. I don't raise tickets with them. I wouldn't know what I was asking for.
CM: I can ask Kieran, but I'm not raising anything with Calder. It's not my contract, and the last time I did, I got a bill.
MC: Okay. So that's, um, nobody, for now. I'll put it on the log as unowned and we'll come back to it next week.
RS: It's all in the install guide, section four, the ports and the addresses. Whoever ends up with it, I'll walk them through it.
MC: Thanks. Data. Ravi, stay with us.
RS: So we need a full export out of Ovation. Customers, memberships, gift vouchers, and the future bookings for anything after go-live. I'll send you the field list by Monday, Lucy, so you know exactly what to ask them for.
LB: Fine. I'll ring Ovation tomorrow and ask them for the full export. They'll want paying. They want paying for everything, they charged us forty quid to change the logo on the tickets.
SI: Don't agree to anything without me.
LB: I wouldn't dare.
MC: Holly, seat maps.
HB: Yeah. So, four venues. The Playhouse I've got the old architect's drawing for, so I can make a start. | I'll have a first go at the Playhouse seat map in the sandbox by next Thursday, and you can all pull it to pieces.
LB: There's a pillar in row K. K fourteen and fifteen are restricted view. Ovation sells them as if they're not and then I get the letters.
HB: Pillar noted. The Assembly Rooms I'll need a seat plan for. And the Maltings, I'm told, is complicated.
FL: The Maltings is whatever the director wants it to be that week. It's been in the round, it's been end-on, it's been cabaret tables with candles on.
HB: Right. We'll have a proper talk about the Maltings.
CM: And Kirkgate's just the cinema, ninety seats, and the workshops, which aren't seats, they're people with clay.
JH: Hello, sorry, sorry. I've been on with the Arts Council for forty minutes about a form that asks me the same question three times. Where are we?
MC: Morning, Judith. We've done names and payments. Actually, a quick one for you while you're here. The plan says Monday the thirtieth of November for everything, including moving the panto bookings across while it's running. Lucy and Freya aren't keen.
JH: I bet they're not. Lucy?
LB: Eighteen thousand tickets, two shows a day, the coach parties. I'm not moving it while it's running.
JH: No. Quite right. We go live on Monday the thirtieth of November, with the spring season. Panto stays on Ovation till it closes on the tenth of January. | Ovation's paid up to the end of December anyway. I'll find the extra ten days from somewhere.
SI: Will you.
JH: Shabana will find the extra ten days from somewhere.
MC: Okay, so two systems side by side through December, panto on Ovation, everything else on Stagedoor. I'll redo the plan around that. I'll send round the plan with the new dates and the RAID log by Monday.
JH: What's a RAID log?
MC: Risks, assumptions, issues, dependencies. It's a spreadsheet where we write down what's going to go wrong.
JH: Oh, we've got one of those. It's called the board papers.
MC: Freya, while Judith's still here, the access register. How's that held today?
FL: In Ovation. A flag on the customer and a notes field. About three thousand one hundred people. Wheelchair users, companions, hearing loop, guide dogs, people who need an aisle because of a hip. We call it the green list, it used to get printed on green paper for the ushers.
HB: I'll need the categories you use so I can set them up the same way.
FL: I'll send Holly the list of access codes by the end of next week. There's about twenty, and some of them are the same thing spelled differently.
MC: End of next week, so Friday the sixteenth. Thank you.
FL: And, sorry, I want to say this now so nobody's surprised later. I'm not sending anybody the access register until someone's signed off the data protection side. It's people's medical details.
RS: No, that's fair. Normally there'd be a DPIA for that. A data protection impact assessment.
FL: Whatever it's called. Somebody has to sign it, and it isn't me.
MC: Judith, who'd own that for the trust?
JH: Good question. It used to be Peter, and Peter retired in March and took it with him. Leave it with me. I'll decide who owns it by next week.
MC: By next Thursday's call, then?
JH: By next Thursday. Look, I have to go, the chair's waiting for me in the bar and he doesn't like waiting. If anybody needs me to lean on someone, tell Lucy and she'll tell me.
LB: Course I will. In all my spare time.
MC: Thanks, Judith. Okay. Tariq, you had a deadline, do you want to do the website before you go?
TB: Yes please. So the booking journey. The website's WordPress, Fennel Digital built it and they look after it, and any change to it goes through them. | I'll send Fennel your integration guide today and get them on next week's call.
MC: Brilliant. Who's the contact there?
TB: Joel Whitaker. He's nice. He's expensive, but he's nice.
RS: Is it their hosting as well?
TB: Their hosting. Our domain, I think. I think. Colin, is the domain ours?
CM: No idea. There's a renewal email that goes to somebody who left in twenty nineteen.
TB: Brilliant. Right, I've got to go and argue with a printer. Sorry, everyone.
MC: Go, go. Holly, the rota bit?
HB: Yeah, last thing from me. Stagedoor has a shifts module, so the box office staff rota, swap requests, there's a staff app. Who does the rota at the moment?
LB: Me. On a spreadsheet. On a Sunday night, with a glass of wine.
HB: Well, that's the bit we can take off you.
LB: I'll believe it when I see it. And the union will want a say, mind. They've been funny about rotas since the furlough business.
MC: Is that going to be a problem?
LB: It might be. Ask me next week.
MC: Okay. Shabana, anything from finance?
SI: Only that the budget for this was set in March and everything since then has cost more than it says. So if anything's going to cost money, I want to hear it on this call, not on an invoice.
MC: Noted. Colin, anything from you?
CM: Just that there's a bucket in the dress circle because the roof's leaking again, so if the seat map has a hole in row C, that's why.
HB: I'll put a bucket icon on it.
MC: Right. Let me read back what I've got, and shout if I've got it wrong. Ravi, field list to Lucy by Monday. Lucy, ringing Ovation tomorrow. Holly, the Playhouse map by next Thursday. Shabana, the Tillway form to Judith by Wednesday. Freya, access codes by Friday week. Judith, an owner for the data protection sign-off by next call. Tariq, Fennel. And the ports for the card machines are nobody's, which I don't love.
CM: Don't look at me.
MC: I can't see you, Colin, your camera's off.
CM: It's off for a reason.
FL: Can I just check, is the green list coming across at all, if nobody signs this thing?
RS: Not from us. We won't touch it without a sign-off, it's the same for every customer.
FL: Good. Well, not good. But good.
MC: Okay. Thanks, everyone. Same time next week.
LB: Bye. Back to the phones.
"""

CALLS[2] = """
MC: Morning, everyone. Is that, hang on, I can see a new face. Hello.
JW: Hello. Joel Whitaker, Fennel Digital. Tariq sent me your integration guide last Thursday afternoon, with a note that just said, read this and come on the call.
TB: That's pretty much the whole of our relationship, to be fair.
JW: It is. I'm not complaining. We build and look after the trust's website, so anything that changes what people click on, that's us.
MC: Great, welcome, Joel. So that's Tariq's one done before we've even started. Lucy, is Judith joining?
LB: She's not. She sends her apologies, she's at the Arts Council in Manchester all day. She said to say she hasn't forgotten the data protection thing, and she'll have a name for you on Monday.
MC: Monday the nineteenth. Okay. I'll take that.
LB: Her words. I'm just the messenger.
MC: Noted. Right, let's go round the actions. Ravi, field list?
LB: I got it. I got your list, Ravi, forty-one fields. I didn't know we had forty-one fields. I thought we had name, address and whether they've complained before.
RS: That's field thirty-eight.
LB: Of course it is.
MC: And Lucy, Ovation?
LB: I rang them Friday. Barry, the account manager, you'll love Barry. He says they'll do the full export, customers, members, vouchers, future bookings, the lot. But. | They won't give us the full export until the exit invoice is paid. Four thousand two hundred pounds plus VAT.
SI: I've seen it. It came in on Monday. I put it in the pile of things I was hoping would go away.
RS: Without that export I can't do a trial load. I can build things, but I've got nothing to put in them.
SI: Fine. I'll approve it tomorrow, and it'll go out on Friday's payment run. But I want it noted that we're paying four thousand pounds for our own data.
MC: Noted. Heavily noted. Holly, the Playhouse?
FL: Can I say, I had a look at Holly's Playhouse map last night. She's put the pillar in.
HB: I did. I was very proud of the pillar.
FL: Row K's right. Row M's got one seat too many at the end, I've put a comment on it.
HB: Thanks. It's in the sandbox for anyone who wants a look, the link's in the chat.
MC: Shabana, the Tillway form?
SI: Done my bit. The form's on Judith's desk. It's been there since Tuesday morning, with a yellow sticky note on it that says sign here.
RS: And just so everybody knows why it matters, Tillway won't issue the live merchant ID until that form's signed. I can do everything in the sandbox, but I can't take a real payment.
SI: I know. I'll put another sticky note on it.
MC: Colin, I got nothing back on the plan, did everyone get it?
CM: I got your plan, Megan. I printed it out. It's forty pages and I've used it to level the table in the green room.
MC: That's, um, that's a use.
TB: I got it too. I read the first page.
MC: Okay. Freya, access codes?
FL: So, honestly, I haven't started. We had the access forum on Tuesday night and then two ushers off sick. I'll get them to Holly by Wednesday.
MC: Wednesday the twenty-first?
FL: The twenty-first. Yes.
MC: Okay. Now, the one I said we'd come back to. The firewall, the ports for the card machines. Still nobody?
CM: I knew you'd do this.
SI: I still don't raise tickets with Calder, Megan.
LB: And it's not box office, I don't even know what a port is.
CM: Oh, for God's sake. Give it here. I'll raise it with Calder by Monday. But if they send me a bill, it's going straight to Shabana.
SI: Everything goes straight to Shabana.
MC: Thank you, Colin. Ravi, can you send Colin section four?
RS: It's in the chat. Three ports and a list of Tillway's addresses.
CM: Three ports. How hard can it be.
RS: You'd be surprised.
MC: Joel, the website. What do you need from us?
JW: So I've read the guide. There's two ways of doing it. There's the simple way, where the Book buttons on your site just go off to Stagedoor's booking pages. And there's the proper way, where the seat picker sits inside the site and looks like the rest of it.
TB: The proper way. Obviously the proper way.
JW: Well, the thing is, either way we can't start anything on the booking journey without a signed change order. It's outside the support contract, so it needs a change order and a PO.
TB: What sort of money?
JW: I don't want to throw a number out. I'll get you a quote by next Wednesday, Tariq, for both.
TB: Fine.
SI: For both. Thank you, Joel.
JW: And if you wanted it properly embedded, we could maybe look at phasing it, do the simple one now and the proper one in the spring. But that's a conversation.
MC: Let's have the quote first. Lucy, memberships. Holly needs the schemes.
HB: Yeah, so what I need is the tiers, the prices, what each one gets you, how long priority booking is, how renewals work. Everything.
LB: It's all in my head and a Word document from twenty seventeen. I'll send Holly the membership schemes by Tuesday.
HB: Lovely. Tuesday's fine.
MC: And then gift vouchers. How many are out there?
LB: Thousands. Going back years. People find them in drawers. We had one in August from two thousand and nine, a paper one, with the old logo on it.
RS: Ovation holds about nine thousand voucher records, I can see that from the field list. Most of them are expired or used.
SI: I'd want all of them brought across. For the accounts. The auditors ask about unredeemed vouchers every single year.
RS: We can, it's just nine thousand records of nothing, and it'll confuse the box office when they search.
LB: No. Only the ones still in date come across. Anything expired stays in Ovation, and if someone turns up at the desk with one, we'll honour it by hand, like we always do.
SI: Then I want a report of every voucher out of Ovation before it's switched off.
RS: That's a standard report in Ovation, isn't it?
LB: It is. Ellen runs it every year end for the auditors.
MC: Okay. So vouchers, in-date ones only. Ravi, Holly, that's the rule. Holly, the Maltings?
HB: Yes. So I've been thinking about the Maltings. If the layout changes show to show, the usual thing is we build each layout as its own seat map, and the box office picks the right one when they set up the show.
FL: It's three, mostly. In the round, end-on, and cabaret.
HB: Then I'll build the three Maltings layouts, the round, end-on and cabaret, by Wednesday week.
MC: Wednesday week being the twenty-eighth.
HB: The twenty-eighth.
LB: Can I say, I'm not sure we even need that. But I've got panto on my mind, so ignore me for now.
MC: Okay, we'll see where we land. Assembly Rooms?
HB: I haven't got a plan for it. Nobody seems to have a drawing.
CM: There's one on the wall in the cellar, behind the old boiler. It's from nineteen seventy-four.
HB: I could maybe come up and count the Assembly Rooms seats myself, if nobody finds anything better.
CM: Bring a torch.
MC: Right. Lucy, the rota and the union. You were going to ask.
LB: I did ask. I mentioned the rota to Maureen, she's our BECTU rep for box office and front of house. | She says nobody on the box office is using a rota app until the union's been consulted. Properly consulted, she said, twice.
HB: That's fine, honestly, we get that a lot. The module doesn't track anybody, it's just shifts.
LB: That's what I said. She said that's what they said about the clocking-in machine at the cinema.
MC: What would help her?
LB: Something in writing, in English, not in Limelight. What it records and what it doesn't.
MC: Okay. I'll write Maureen a one-page note on what the shifts module records and what it doesn't, by Tuesday, and invite her onto next week's call.
LB: She'll come. She likes a call. She'll bring a list.
TB: Can we go back to the website for a second? Joel, the domain. Colin says the renewal goes to someone who's left.
JW: It's yours, I checked. It's registered to the trust, renewal's in March. The login's a different matter.
CM: That'll be Dave's email. Dave left in twenty nineteen.
JW: We'll cross that bridge.
MC: Okay. Anything else, anyone? Shabana?
SI: Just, I want the Ovation invoice and anything else that's extra to be one list. Not drip-fed.
MC: There's a costs tab on the RAID log.
SI: Don't make me open a tab, Megan. I've got enough tabs.
MC: Fair enough. Okay. Recap, quickly. Shabana approves Ovation's invoice tomorrow. Colin raises the firewall with Calder by Monday. Joel, quotes by Wednesday. Lucy, memberships by Tuesday. Holly, three Maltings layouts by the twenty-eighth. Freya, access codes Wednesday. Me, the note for Maureen. And Judith's name for data protection on Monday.
LB: If she remembers.
MC: Monday, then. Fingers crossed.
LB: Send it to Carol, her PA. Judith doesn't read her email, Carol reads it to her.
MC: Noted. Thanks, all.
JW: Cheers, everyone.
"""

CALLS[3] = """
MC: Morning. Let's give it a minute, people are still coming in.
LB: Morning. Sorry, I'm in the back office, so if you hear somebody shouting about a coach party, that's Ellen.
MC: No problem. Apologies from Shabana, she's got the auditors in, and Freya's on a course in Leeds.
LB: A disability awareness course. She's teaching half of it, but she's on it.
MC: And we have a visitor. Maureen, hello, thanks for coming.
MT: Hello. Maureen Tate, BECTU. I look after the box office and front of house members across the trust. I'm not agreeing anything today, I'm here to listen.
MC: That's absolutely fine. Did the note get to you?
MT: I've had Megan's note. I've read it twice. I've got questions, but I'll save them for when we get to it.
MC: Perfect. We'll do the rota properly in a bit. Let's do actions first. Colin, Calder.
CM: I logged it Monday. Ravi's section four, pasted in, three ports and all. Kieran's come back and said they need a PO number before they'll look at it, and then it goes to their change board, which sits every other Monday.
RS: Did he say which Monday?
CM: He said the next one he can get it on. Which is Kieran for, I don't know.
MC: And the PO, is that Shabana?
CM: Everything's Shabana.
MC: Okay. That's one for Shabana when she's out of the audit. Lucy, the Ovation invoice, do we know?
LB: She asked me to say, she paid Ovation on Friday. On the payment run, like she said.
RS: And the export landed on Tuesday. I've got it. Well, I've got a zip file called final final two, but it's got everything in it, customers, members, vouchers, the future bookings.
MC: Brilliant. So that's moving. What do you need to do a first load?
RS: A week, really. I'll have the first trial load in the sandbox by next Thursday, customers and members, and then Lucy's team can go poking about in it.
MC: Thursday the twenty-ninth. Great. Tariq, Fennel?
TB: Joel's quote came on Tuesday. Both options. The simple one, the buttons, is one day of work. The embedded one, the proper one, is eleven thousand four hundred pounds. I had to have a little sit down.
LB: Eleven thousand?
TB: Eleven thousand four hundred. Plus VAT. For a seat picker.
MC: That's a conversation for Judith and Shabana, really.
TB: Judith's not here, is she?
MC: Actually, I think, hang on, someone's just joined.
JI: Hello? Can you hear me? I'm in a taxi, I'm on my phone, it's the Euston Road. Is that Megan?
MC: It's Megan, yes, hi Judith. We can hear you. Just about.
JI: Good. I've got about five minutes, I've got the Arts Council again at eleven. I'm sorry about last week. What do you need from me?
MC: Two things. The data protection owner for the access register, and the Tillway form, which I think is still on your desk.
JI: Right. The data protection. It's Shabana. She's the data protection person. I've decided. She doesn't know yet, so somebody be kind when they tell her.
LB: Oh, she'll love that.
JI: If she doesn't like it she can come and argue with me. She's the only one of us who reads the small print anyway.
MC: Okay. I'll put Shabana down. And the Tillway form?
JI: Is that the thing with the yellow sticky note?
LB: It's got two sticky notes now.
JI: It's in my tray. I'll sign it tonight when I'm back. Tell Shabana.
MC: Tonight. Thank you. Tariq's got a question about the website money as well, quickly.
TB: Judith, the Fennel quote, the proper embedded booking, it's eleven thousand four hundred.
JI: Sorry, you've, the line's, you're breaking up. Eleven what? I'm going under a, under a bridge, I'll
MC: Judith? I think we've lost her.
LB: That's the Euston Road for you.
TB: That's the eleven thousand for you.
MC: Okay. Tariq, can you take the quote to her when she's back?
TB: I'll try and catch her. She's back Monday, in theory. I'm not promising she'll read it.
MC: Okay. Holly, your stuff.
HB: So, the Maltings. I've started on the three layouts, and I've got a question, which is really for Lucy. How does the box office sell the Maltings today? In Ovation?
LB: Unreserved. We sell it as unreserved. You buy a ticket, you turn up, you sit where you like. Always have.
HB: Even the cabaret nights?
LB: Even the cabaret nights. People turn up early and put a cardigan on a chair. It works. Nobody wants to pick seat C seven at a cabaret table.
RS: Then you don't need seat maps for it at all. You just set it up as general admission with a capacity.
HB: Which is a lot less work. I'll be honest.
LB: Then don't do it. The Maltings is unreserved. It's always been unreserved. Holly, don't build the three layouts.
MC: Okay. Just to be clear, so the Maltings goes in as general admission, no seat maps, and Holly stops work on the layouts.
LB: Yes. Judith won't care. The only person who'll care is the lighting designer and he doesn't buy tickets.
HB: Stopping. Happily. What's the capacity, for the record?
LB: One twenty standing, ninety seated. Check with Colin, it's on the fire certificate.
CM: It's ninety-eight seated, actually, since they took the bar out.
LB: See, this is why I don't do capacities.
HB: Assembly Rooms, then. I went with Colin's drawing in the end, the one off the cellar wall. He sent me a photo of it. It's built.
CM: I held the torch.
LB: Ellen should walk the rows against it. She knows every seat in that room.
HB: That'd be great. And while I'm here, I want to get the box office team into the sandbox. I'll set up test logins for the box office team by Monday, one each, so they can play.
LB: They'll break it.
HB: That's the idea.
MC: Lucy, the membership schemes. Did they get to Holly?
LB: No. Sorry. No. Panto went on general sale Monday and the phones haven't stopped ringing. I'll do it by Friday. Tomorrow. Friday.
MC: Friday the twenty-third.
LB: The twenty-third. It's half done. Well, it's a third done.
HB: Even a third would help, honestly. Send me what you've got.
MC: Okay. Now, Maureen, thank you for waiting. Do you want to go through your questions?
MT: I do. So, your note says the shifts module doesn't record where anyone is. Fine. Does the app know when somebody's opened it?
HB: It logs when someone logs in, yes. For security. It doesn't tell their manager.
MT: Who can see the log?
HB: A system administrator. Which would be, I suppose, Lucy or whoever she says.
MT: And can a manager offer a shift at eleven o'clock at night through the app and expect an answer by the morning?
LB: Maureen, I don't even do that now.
MT: You don't. The next one might. | I'll tell you why I ask. Twenty nineteen, the cinema at Kirkgate got a clocking-in machine, and it was only for fire safety, only to know who was in the building. Six months later it was printing off a lateness report for payroll.
CM: I remember that machine. It's in the cellar now, with the drawing.
MT: Good place for it.
MC: That's really helpful, Maureen. So what would you need from us?
MT: I need to take it to the members. We've got a branch meeting on the third of November. I'll put it to the members at the branch meeting on the third and come back to you after that. I'm not going to agree it on their behalf.
MC: That's completely fair. So, the third, and we'll hear after.
MT: You'll hear after. Whether you like it is a different matter.
LB: Thanks, Maureen. Honestly.
MC: Colin, one more for you, sorry. Ravi needs to know what's actually at each venue.
RS: Yeah, for the card machines and Calder's change. How many box office PCs, how many card terminals, at each of the four. Some of the terminals might be too old for Tillway altogether.
CM: I'll go round all four and count them. I'll send Ravi the list of PCs and card machines by Tuesday.
RS: Tuesday's great. Model numbers if you can. There's usually a sticker on the bottom.
CM: If they've still got the bottom. The one at Kirkgate's held together with gaffer tape.
MC: Okay. Anything else? Tariq?
TB: Just that I want it minuted that I think eleven grand for a seat picker is daylight robbery.
MC: I'll write robbery. Not daylight.
TB: Fair.
MC: So the recap. Ravi, trial load by the twenty-ninth. Holly, test logins by Monday, and the Maltings layouts are stopped. Lucy, memberships by Friday. Maureen, the branch meeting on the third. Colin, the count by Tuesday. Judith's signing the Tillway form tonight, and Shabana's the data protection owner.
LB: Somebody has to tell Shabana.
MC: It'll be in the notes.
LB: She'll love reading that.
MT: Can I ask, will I get these notes?
MC: You will. They go to everyone on the invite.
MT: Thank you. Right. I'm off. I've got a shift at one.
MC: Thanks, everyone.
"""

CALLS[4] = """
MC: Morning, all. Full house today, nearly. Dominic, welcome. Dominic's from Tillway, the card people.
DR: Morning. Dominic Reyes, onboarding at Tillway. I look after getting new merchants live, so, um, I'm the one who chases the paperwork.
MC: You've come to the right call. Is Judith joining, does anyone know?
LB: Her diary just says hold. Carol says she's in the building.
SI: She was in the building at nine. I saw her car.
MC: Okay. Let's not wait. Lucy, I know you've got to go early.
LB: I have. Ovation's been falling over all morning at the Playhouse and I've got two people on the windows. So, sorry, I'll go when I have to go.
MC: Understood. Then let's do yours first. Memberships, for Holly.
LB: I know. I know. It's not done. I've got the Friends and the Friends Plus written up, I haven't done the patrons, because the patrons are all different, every one of them has a deal. I'll do it over the weekend. Monday.
MC: Monday the second?
LB: Monday the second. Holly, you'll have it Monday.
HB: Okay. I'll be honest, it's starting to hold me up. I can't build renewals without it.
LB: I know. I'm sorry. Monday.
MC: And the test logins, did the team get in?
LB: They've been in the sandbox all week. Ellen sold herself two tickets to a show that doesn't exist, and Wendy's found four things she doesn't like about the colours.
HB: That's a good week.
LB: They like it, though. Don't tell them I said that.
MC: Okay. Lucy, before you go, the training. Holly needs dates for the box office training, for the end of November.
HB: Ideally the week of the sixteenth or the twenty-third, two half days each, in groups of four, so the windows stay open.
LB: I'll book the training dates with Holly by Monday. I'll have to look at the panto rota first, I can't lose four people on a Saturday.
HB: Weekdays. Mornings, if you can.
LB: Mornings. Okay. Right, I'm going, sorry, there's a queue to the door. Shout if you need me, I'm on my mobile.
MC: Go. Thanks, Lucy. Freya, welcome back. How was the course?
FL: Good. Long. I was teaching the afternoon so I didn't have to eat the sandwiches.
HB: And your codes came through, thank you. On Monday. Twenty-three of them, and two are the same code spelled differently, like you said.
FL: WCH and W-C-H. Somebody in twenty twelve had a thing about hyphens.
HB: I've merged those. So twenty-two.
MC: Great. Shabana, the Tillway form. Dominic's here, so, no pressure.
SI: It's still in her tray. I went and looked this morning, it's under the Arts Council report. Carol says Monday. She says Judith's blocked out Monday morning for, quote, paperwork.
DR: And just so you know what happens after that. Once I've got the signed form, it's usually five working days for the live ID. Sometimes quicker if the bank's checks come back clean.
RS: So we're looking at the middle of November for a real card payment, at best.
DR: If it's signed Monday, the ninth, tenth. In the meantime I can give you test cards for the sandbox, the 3-D Secure ones, so you can test the challenges. I'll send Ravi the test cards by Monday.
RS: That would be great. I've been using the basic ones and they don't do the challenge screen.
DR: These do. There's one that always fails, as well. People love that one.
MC: Okay. Ravi, the trial load.
RS: So, half. Customers are in. Sixty-one thousand four hundred. The memberships aren't, because without Lucy's sheet I don't know how the tiers map across. | I'll have the memberships in by Wednesday, if the sheet comes Monday.
MC: Wednesday the fourth.
RS: The fourth. And vouchers are the next load, not this one.
MC: Okay. Shabana, the other one. You'll have seen the notes from last week.
SI: I have. I found out I'm the data protection person from Megan's notes. Which was a lovely surprise. Nobody asked me.
FL: Judith did say someone should be kind.
SI: Nobody was kind. It was a bullet point.
MC: I'm sorry, Shabana. It did come from Judith.
SI: I know where it came from. Look, fine, I'm the finance director, I can read a risk assessment. Somebody tell me what I actually have to produce.
RS: A DPIA. There's a template, the ICO one's fine. It's what you're collecting, why, who sees it, how long you keep it, what could go wrong. For the access register, mostly.
FL: It's health data. Some of it's quite personal. We've got people on there with notes about seizures.
SI: Okay. I'll do a first draft of the DPIA by next Friday, and Freya can tell me everything I've got wrong.
MC: Next Friday, the sixth.
FL: Happily.
MC: Colin, Calder.
CM: So, progress, of a sort. Shabana's raised the PO, on Monday, so Kieran's happy. It goes to their change board on Monday. | Kieran says they'll put the change in on Tuesday the tenth, all four venues, after the box office closes.
RS: After close is good. The card machines at the Playhouse are the old Verifone ones, the change might need them rebooted.
CM: Last time Calder touched the firewall the bar tills went down for the whole of the interval. Two hundred people and no gin. I've still got the emails.
SI: I've still got the refunds.
MC: Okay. So, the tenth. Not long before go-live, but okay. Joel, Tariq. The website.
TB: Yes. Right. So. Judith hasn't seen the quote. I tried on Monday, she was in with the chair, and then Tuesday she was in London again.
JW: Can I just say something about the quote, before anybody, um. The embedded one is a lot of work because we have to theme the seat picker and keep it in step with Stagedoor's updates. That's where the money goes. It's not us being greedy.
TB: It's a bit you being greedy.
JW: It's a bit us being greedy.
SI: Look, I've got the budget, and there isn't eleven thousand pounds in it. There isn't four thousand, now Ovation's had theirs. Tariq, what do we actually lose with the simple one?
TB: It looks like a different website when you click Book. Different fonts, our colours but not quite. People notice.
RS: You can brand the hosted pages. Your logo, your colours, your fonts. It's not the same as embedded, but it's close. Ludlow do it, and Chester.
JW: And the simple one, honestly, we change the Book buttons to point at your pages and put the subdomain on, tickets dot whatever. It's a day.
TB: Then fine. I hate it, but fine. We're not spending eleven grand on it. We use Limelight's booking pages, and Joel's lot just change the buttons.
SI: Agreed. Thank you.
MC: So, to be clear, no embedded booking. Stagedoor's hosted pages, branded, and Fennel repoint the Book buttons and set up the tickets subdomain.
TB: Yes. And I want it minuted that I wanted the nice one.
MC: Minuted. Joel, what do you need to start?
JW: The signed change order, for the small one. I'll send you the change order for the buttons tomorrow, Tariq. Sign it, send it back, and we'll book the developer.
TB: Fine.
JW: And if you change your mind in the spring, the embedded quote's good till March.
TB: I won't be allowed to change my mind.
MC: Okay. While we're on the booking pages. The booking fee. Ovation charges customers one pound fifty a ticket online. Stagedoor can do it per ticket, per transaction, or none at all. We need to know what to set up.
TB: None at all. Honestly. It's the thing people complain about most on Facebook, after the car park.
SI: None at all is eighty thousand pounds a year, Tariq. That's two technicians.
TB: I know what it is.
FL: Can I say, the access customers pay it as well, and a lot of them book on the phone because they can't use the website, and they still get charged.
SI: That I didn't know.
FL: It's been like that for years. It's one of the things on my list.
SI: Then per transaction. Not per ticket. A family of five shouldn't pay five times. Two pounds a transaction, online only, and nothing at the box office. And nothing on the phone.
TB: I can sell that. Two quid a basket. I can sell that.
MC: So, booking fee. Two pounds per transaction, online only, no fee at the box office or on the phone.
HB: That's just a setting in Stagedoor. Two tick boxes.
MC: Okay. Anything else, anybody? Freya?
FL: Just the green list. Once Shabana's done her bit, how long does it take to bring it across?
RS: A day. It's small. It's the sign-off that takes the time, not the data.
FL: Right. Well. No pressure, Shabana.
SI: You're all very funny today.
DR: Can I ask one thing, before I go. Who signs the form, is it definitely Judith? Because if she's away a lot, we can take two directors instead, from the board.
SI: It'll be Judith. The board's worse.
DR: Fair enough. I've had that before.
MC: Okay. Recap. Lucy, memberships Monday, and training dates with Holly by Monday. Dominic, test cards by Monday. Ravi, memberships into the trial load by Wednesday. Shabana, the DPIA draft by the sixth. Calder's change on the tenth. Joel, change order tomorrow. Judith's form, Monday, according to Carol.
CM: According to Carol.
MC: Thanks, everyone. Same time next week.
JW: Cheers, all.
"""

CALLS[5] = """
MC: Morning, everyone. Apologies from Tariq, he's at a marketing conference in Birmingham. Joel's not needed this week. Judith's, um, Carol says she'll try to make the end.
LB: That's new. Try to make the end.
MC: I'll take it. Maureen, welcome back.
MT: Morning. I've got news, so I'll wait my turn.
MC: We'll come to you early, I promise. Holly, memberships?
HB: Lucy's membership sheet came in on Sunday night. At eleven o'clock. I'm not judging.
LB: You are, a bit.
HB: A bit. It's really good, though. Patrons and all. I didn't know one of your patrons gets a parking space.
LB: He paid for the car park. Literally. In nineteen ninety-eight.
MC: Brilliant. So, Ravi, that unblocks you?
RS: It did. The trial load's in, the dry run as Lucy's team keep calling it. Customers, sixty-one thousand four hundred and twelve. Members, two thousand three hundred and eight, against two thousand three hundred and eleven in Ovation. I'm chasing three.
LB: Three's fine. I bet they're dead. That's not a joke, we've got a lot of members who've died and nobody's told us.
RS: I'll check the dates of birth.
LB: Don't, it'll only upset you.
MC: And the test cards?
RS: Dominic's test cards came on Friday. They work. I've done about forty test payments, and the one that always fails, always fails, which was reassuring.
MC: Good. Shabana, Judith's form?
SI: Judith signed the Tillway form on Friday. Friday afternoon, before Carol's Monday, if you can believe it. I walked it to the post room myself, and I scanned it to Dominic as well.
RS: Dominic said five working days from Monday, so, realistically, next Tuesday, Wednesday, for the live merchant ID. | If the merchant ID turns up this week, I could do a real transaction on Monday. One pound, on somebody's own card.
SI: Not mine.
RS: Nobody said yours.
MC: Okay. Maureen, go on, you've been patient.
MT: So the branch met on Tuesday. Twenty-two members in the room, which for a Tuesday is a riot. The members are okay with the shifts module. With conditions.
MC: Go on.
MT: One. Nobody's made to use the app. If you want your rota on paper, on the noticeboard, you get it on paper. | Two. No shifts offered through the app after eight at night or before eight in the morning. Three. And this is the one they really want. Not before panto's over. Nobody's learning a new rota system in December with two shows a day.
HB: Can I ask about the third one? Because we'd planned for the shifts module to go live with everything else on the thirtieth. We could switch it on read-only, so people can see their shifts but not swap, just so it's there at go-live.
MT: No. Not in December. That's the condition.
LB: She's right, Holly. December's hell. I'd rather do the rota on my spreadsheet for another two months than train twenty people on it in panto.
HB: Okay. So, February?
LB: February. So the rota stays on the spreadsheet till February, and when it goes on Stagedoor, nobody has to use the app. Maureen, is that what you said?
MT: That's what I said. And nothing at night.
LB: And nothing at night. Agreed.
MC: Okay. That's a decision. The shifts module moves out of go-live to February, paper copies for anyone who wants them, no app offers between eight at night and eight in the morning.
MT: I'll put it in writing to Lucy by Monday. So it's on paper and nobody can say later it was a chat.
LB: Thank you, Maureen. Honestly.
MT: Don't thank me yet. Wait till you see how I've written it.
MC: Freya, Shabana, the data protection side, where are we?
SI: Halfway. I've done the bits I understand. I'm still on for tomorrow. Probably.
FL: I've answered about thirty of her questions. Some of them twice.
SI: Some of them were very good questions.
FL: They were. That's not the point.
MC: Okay. Tomorrow. Lucy, training dates. Did you and Holly get anywhere?
LB: No. I haven't. I haven't had a minute, Megan. Ovation fell over twice more, and I've been on the windows myself three days this week.
FL: Give it to me. I'm doing the front of house training anyway, I know who's on when. I'll sort the training dates with Holly by Monday.
LB: Would you? Oh, I love you.
MC: So training dates are Freya's now. Monday the ninth. Holly, that alright?
HB: Fine by me. Freya, I've got the week of the sixteenth and the week of the twenty-third, mornings.
FL: Mornings. I can work with mornings.
MC: Colin, Calder.
CM: Still Tuesday the tenth, after close. Kieran says the change board passed it on Monday, so it's properly booked in. And Ravi, I never sent you the list, did I, the PCs and terminals.
RS: You didn't.
CM: I've been up a ladder in the dress circle all week. The roof. It's in my notebook. Somewhere.
MC: Okay, we'll chase that. And after Calder, how do we know it's worked?
RS: Somebody has to put a card through every terminal, at every venue.
CM: That'll be me, then. I'll go round all four with a test card on Wednesday, the day after Calder.
MC: Wednesday the eleventh. Thanks, Colin.
CM: I'll take a packed lunch.
MC: Lucy, anything from Tariq?
LB: Yes, sorry, he texted me. Tariq said to tell you he's signed Joel's change order. Joel's lot start on the buttons on Monday, and the subdomain.
RS: I've seen it. Joel emailed me about the DNS last night.
MC: Okay. Good. So that's moving. Ravi, what's next for the data?
RS: The second trial load. Vouchers and the future bookings for spring, with the seat maps. I'll have the second trial load done by next Thursday.
MC: Thursday the twelfth. And the vouchers in-date only, like we said.
RS: In-date only. Four thousand and something.
MC: Holly, training materials?
HB: I'm building them now. The quick guides and the slides. I'll get a draft of the training materials to Freya by Wednesday, so she can tell me what's wrong before anybody's in a room.
FL: I'll tell you what's wrong. I'm very good at that.
MC: Okay. Now, I want to be honest with everybody. We're twenty-five days from go-live. Calder's change is on the tenth. The live merchant ID is maybe the tenth or eleventh. The DPIA isn't done, so the green list isn't coming across. The second trial load isn't done. Training isn't booked. And panto opens on the twenty-eighth.
LB: When you say it like that.
MC: I'm not saying move it. I'm saying it's tight, and Judith needs to hear it.
JH: Hello. Sorry. Hello. I'm here. I've come from the finance committee. Judith needs to hear what?
MC: Hi Judith. The short version. We're twenty-five days out and four or five things are landing in the last fortnight. It's tight. I wanted you to hear it from me.
JH: Is it red?
MC: It's amber, going red if Calder's change on the tenth goes wrong, or the merchant ID's late.
JH: And what's our fallback? If it goes wrong?
LB: Ovation. If Ovation will keep going past December.
JH: Will they?
SI: Not at the price we're paying now. Barry's already said anything after the thirty-first is a new contract.
JH: Right. I'll ring Ovation's managing director myself about keeping them on into January. By next week. I've known him for twenty years, he owes me for a charity dinner.
MC: By next week's call, then.
JH: By next week. I'm not moving the date today. I want to see what happens on the tenth first.
LB: Okay.
JH: Is that everything? I've got the chair again at eleven.
MC: That's everything for you, Judith. Thank you for coming.
JH: Sorry I'm always late. I'm always late for everything at the moment. Bye, all.
MC: Okay. Quick recap and then I'll let you go. Maureen's letter Monday. Shabana, the DPIA tomorrow. Freya, training dates Monday. Colin, test cards round the venues on the eleventh. Ravi, second load by the twelfth. Holly, materials to Freya by Wednesday. Judith's ringing Ovation.
MT: Thank you. Cheers, everyone.
FL: Bye.
"""

CALLS[6] = """
MC: Morning, everyone. Oh, Judith, you're here. Hello.
JH: I'm here. On time. Don't make a fuss, I've got the board at eleven, so I'm here for the first half and then I'm gone.
MC: Then let's do the big things first. Ravi, the merchant ID.
RS: The live merchant ID came through on Tuesday. We did a real one pound payment on Colin's card on Tuesday afternoon, at the Playhouse window, and it went through. And then I refunded it, before anyone asks.
CM: I'm still waiting for my pound.
RS: It's in the post.
SI: That's my line.
MC: Great. So Tillway's done. Colin, Calder, Tuesday night?
CM: Half done. They did the Playhouse on Tuesday night. The Assembly Rooms, the Maltings and Kirkgate, they didn't get to. Kieran says their engineer ran out of time. He says the twentieth for the other three.
MC: The twentieth. Friday.
CM: Friday the twentieth. After close.
RS: And I need to say, the Playhouse works for the card machines, but two of the three terminals at the Playhouse are too old for Tillway anyway. They'll need swapping.
CM: How old?
RS: Old enough that Tillway stopped certifying them in twenty twenty-two.
CM: That'll be the gaffer tape one's cousins.
MC: And the test round, Colin?
CM: I did the Playhouse yesterday, the one terminal that works. The other three venues, there's no point till Calder's been. I'll do the rest the Monday after, the twenty-third.
MC: Okay. Judith, the Ovation call.
JH: I rang him. Monday. Him being Graham, the managing director. They'll keep us on month by month into the new year. At a price. Shabana's got the number.
SI: I have. I've had a sit down, like Tariq.
JH: So we can keep Ovation going. Which brings me to the date. Megan, tell me straight.
MC: Straight. On the thirtieth we'd have one venue out of four where the cards work, and not all its terminals. No access register, because the DPIA's not done. The second trial load isn't finished. Training's booked, just, for the weeks before. And panto's in its first weekend.
LB: And I've got no staff to train. Not in panto.
MC: One option. We go live on the thirtieth at the Playhouse box office only, no website, and bring the other venues on in December as Calder does them.
LB: No. No, Megan. Two systems at one venue and a different system at the other three, in December? My staff move between venues. They'll be selling the Maltings on Ovation and the Playhouse on Stagedoor at the same window.
FL: And the green list in one system and not the other. No.
JH: Right. I'm making a decision, because that's what I'm paid for, apparently. We're not going live on the thirtieth. We go live on Monday the eleventh of January, the day after panto closes. Spring goes on sale on Ovation, and we move it across.
MC: The eleventh of January. Okay.
TB: Spring goes on sale on Ovation? The brochure's at the printer with the Stagedoor link on it.
JH: Then put a sticker on it.
TB: Fifteen thousand stickers.
JH: Tariq.
TB: Great. I'll tell the Friends to queue round the block like it's nineteen ninety-eight.
LB: We did queue round the block in ninety-eight. It was lovely. We had a flask.
JH: Megan, I need a proper plan for the eleventh, not a hope.
MC: You'll have it. I'll send you a revised plan for the eleventh of January by Monday, with what has to happen when.
JH: Good. And I'll tell the chair myself. He'll want to know why it's not the thirtieth, and I'd rather he heard it from me than from the bar staff.
SI: He'll hear it from the bar staff anyway.
JH: He will. Right, I've got to go. Thank you, all of you, genuinely. Sorry I haven't been here more.
MC: Thanks, Judith. Good luck with the board.
LB: She's never said sorry before.
CM: Write it down.
MC: Okay. The rest. Tariq, the spring on-sale. If spring goes on sale on Ovation, what's the Friends' priority booking look like?
TB: Same as always, then. Friends get a week before general sale. The email would have gone out with a Stagedoor link. Now it's an Ovation link. | I'll get the Friends' priority booking email out on the twentieth, with the Ovation link.
MC: The twentieth. Thanks.
LB: I'll need Ovation to stay up for that, mind.
RS: It'll be the busiest week Ovation's had all year.
LB: Don't.
MC: Joel, the buttons.
JW: Done, on staging. The Book buttons point at Stagedoor's test pages, the subdomain's set up, tickets dot wetherby playhouse. The minute you give me the live links, the buttons flip. Takes ten minutes.
TB: And now we don't need them till January.
JW: They'll keep.
MC: Shabana, the DPIA.
SI: Not done. I know. I had the auditors' letter back and a board paper to write. I've got about three quarters of it, and Freya's got the rest of her answers to me. I'll have a draft by the twentieth.
MC: Friday the twentieth.
SI: Friday the twentieth. And I mean draft. Then Freya picks it apart.
FL: And until it's signed, the green list stays where it is. I'm not changing my mind on that.
SI: I'm not asking you to.
MC: Ravi, the second trial load. That was today.
RS: It's not done. Vouchers have come out of Ovation with three different date formats, depending on which year somebody typed them in. I'd rather not promise a day until I've seen how bad it is.
MC: Okay. Can you give me a feel, at least?
RS: Days, not weeks. But I'm not putting a date on it, Megan, because I'll only be back here saying sorry.
MC: Okay. It stays open. Holly, training.
HB: Freya sent me the training dates on Monday. Four groups, mornings, and she's even put who's in which group.
FL: I have. And I've kept Wendy and Ellen apart.
HB: Which was wise. They'll have to move now, though, because go-live's moved.
FL: They'll need moving. Same weeks in January, I'd have thought.
HB: And the training materials, not yet, sorry. They're half written. The slides are done, the quick guides aren't.
FL: I haven't seen anything.
HB: You haven't. That's the bit that's late. Sorry.
MC: Okay. Lucy, Maureen.
LB: Maureen's letter came on Monday. Three pages. The conditions, and a bit at the end about the clocking-in machine, which I think was for old times' sake.
HB: Did she put February in it?
LB: February, paper copies, nothing after eight at night. It's all there. She signed it in green ink.
MC: Okay. And Colin, the list for Ravi. PCs and terminals.
CM: Yes. No. Not yet. It's in the notebook.
RS: Honestly, after today, I mostly know what's there. Two old Verifones at the Playhouse.
CM: There you go. Half a list.
MC: Okay. I'll be honest, then, and I'll put it in the report the same way. We've moved go-live by six weeks. Cards work at one venue of four, and Calder's back on the twentieth. The data protection sign-off for the access register isn't done, so it's not coming across. The second trial load's late with no date. The rota's out of go-live till February. If you asked me to colour it, it's red.
LB: Red. Yeah. It's red.
SI: I'd say amber, now the date's moved. Red was last week.
MC: Fair. I'll put red, and I'll put your amber next to it.
SI: Put my amber in bold.
MC: Right. Recap. Colin, Calder on the twentieth, test round on the twenty-third. Shabana, DPIA draft the twentieth. Tariq, Friends email on the twentieth. Me, the plan by Monday. Ravi, the second load, no date. Holly, the materials.
HB: I know. I know.
MC: Thanks, everyone. Same time next week.
JW: Cheers, all.
"""

# ----------------------------------------------------------------------------------------------- the answer key
ENGAGEMENT = "Wetherby Playhouse Trust Stagedoor"
AS_OF = "2026-11-13"
EARLY_AS_OF = "2026-10-30"

DESCRIPTION = (
    "Wetherby Playhouse Trust (three regional theatres, the Playhouse, the Assembly Rooms and the Maltings, and the "
    "Kirkgate Arts Centre) replaces Ovation, its old box-office and ticketing system (contract ends 31 December), with "
    "Stagedoor, the cloud ticketing and customer-relationship product of Limelight Software: seat maps for each venue, "
    "memberships (the Friends) and gift vouchers, card payments through the Tillway gateway (a merchant form only the "
    "executive director can sign, and firewall ports at all four venues that the trust's managed IT provider, Calder "
    "IT, must open), the website booking journey (the site is run by an outside agency, Fennel Digital), the access "
    "register ('the green list', which cannot move until a data protection impact assessment is signed), and the box "
    "office staff rota (the BECTU rep must be consulted first). Go-live is set in call 1 for Monday 30 November with "
    "the spring season, the panto staying on Ovation until it closes on 10 January, and moved in the last call to "
    "Monday 11 January 2027. The customer is disengaged: the sponsor (Judith Harker, executive director) joins late "
    "and leaves early, sends apologies, rings in from a taxi, misses a call with no word; the box office manager and "
    "project lead (Lucy Barraclough) is buried in panto sales and hands her training dates over; nobody owns the "
    "firewall change or the data protection sign-off at first. Six weekly calls on Thursdays, 8 October to 12 "
    "November 2026, hosted by Limelight's project manager (Megan Castell), exported from Otter.ai as plain text."
)

PEOPLE = {
    "Megan Castell": "vendor (Limelight Software) project manager, host; all calls",
    "Ravi Sandhu": "vendor (Limelight) integration consultant: Tillway gateway and card terminals, the Ovation export and trial loads, the website link; all calls",
    "Holly Brennan": "vendor (Limelight) implementation consultant: seat maps, memberships, vouchers, booking fee, shifts (rota) module, training; all calls",
    "Judith Harker": "Wetherby Playhouse Trust executive director, sponsor, the only signatory for Tillway; calls 1 (late, leaves early), 3 (from her phone, briefly), 5 (last minutes), 6 (first half)",
    "Lucy Barraclough": "WPT box office and customer services manager, the trust's project lead; all calls (leaves call 4 early)",
    "Colin Mather": "WPT buildings and facilities manager who does IT 'sort of'; takes the Calder firewall change in call 2; all calls",
    "Shabana Iqbal": "WPT finance director; named data protection owner (in her absence) in call 3; calls 1, 2, 4, 5, 6",
    "Tariq Bashir": "WPT marketing and digital manager (the website, the Friends' emails); calls 1 (leaves early), 2, 3, 4, 6",
    "Freya Lund": "WPT front of house and access manager (the access register, 'the green list'); takes over the training dates in call 5; calls 1, 2, 4, 5, 6",
    "Joel Whitaker": "Fennel Digital (the web agency) account director; outside party; calls 2, 4, 6",
    "Maureen Tate": "BECTU rep for the box office and front of house staff; outside party; calls 3 and 5",
    "Dominic Reyes": "Tillway (the card-payment gateway) onboarding manager; outside party; call 4 only",
}

ATTENDANCE = {
    "1": ["Megan", "Ravi", "Holly", "Lucy", "Colin", "Shabana", "Tariq", "Freya", "Judith"],
    "2": ["Megan", "Ravi", "Holly", "Lucy", "Colin", "Shabana", "Tariq", "Freya", "Joel"],
    "3": ["Megan", "Ravi", "Holly", "Lucy", "Colin", "Tariq", "Maureen", "Judith"],
    "4": ["Megan", "Ravi", "Holly", "Lucy", "Colin", "Shabana", "Tariq", "Freya", "Joel", "Dominic"],
    "5": ["Megan", "Ravi", "Holly", "Lucy", "Colin", "Shabana", "Freya", "Maureen", "Judith"],
    "6": ["Megan", "Ravi", "Holly", "Lucy", "Colin", "Shabana", "Tariq", "Freya", "Joel", "Judith"],
    "note": "Judith (sponsor) joins call 1 late (the Arts Council on the phone) and leaves for the chair; sends "
            "apologies to call 2 (Arts Council in Manchester; Lucy relays C5's new date); rings into call 3 from a "
            "taxi on the Euston Road, labelled 'Judith's iPhone', and drops out under a bridge; absent from call 4 "
            "with no word ('Her diary just says hold', her car is in the car park); joins call 5 for the last minutes "
            "(finance committee); attends the first half of call 6 and leaves for the board. Tariq leaves call 1 "
            "early (the printer) and sends apologies to call 5 (a conference; Lucy relays C23). Lucy leaves call 4 "
            "early (Ovation down at the Playhouse). Shabana sends apologies to call 3 (auditors; Lucy relays C10). "
            "Freya misses call 3 (a course in Leeds). Outside parties: Joel (Fennel) calls 2, 4, 6; Maureen (BECTU) "
            "calls 3 and 5; Dominic (Tillway) call 4 only. Mentioned, never present: Kieran (Calder IT), Carol "
            "(Judith's PA), Barry (Ovation's account manager), Graham (Ovation's managing director), Ellen and Wendy "
            "(box office staff), Peter (retired, used to own data protection), the chair, the board, Dave (left in "
            "2019), the Arts Council, the auditors.",
}

SAID_BY = {"C24": "Colin"}   # a relayed promise: Kieran of Calder IT is never on a call

COMMITMENTS = [
    dict(id="C1", owner="Ravi", task="send Lucy the Ovation export field list (what to ask Ovation for)", first_call=1,
         due="2026-10-12",
         quote="I'll send you the field list by Monday, Lucy, so you know exactly what to ask them for.",
         keywords=["field", "list", "monday", "lucy", "ovation"], events=[dict(call=2, type="done")],
         note="'by Monday' on Thu 10-08 = 10-12. Call 2 done, reported by the recipient before Ravi speaks: 'I got your "
              "list, Ravi, forty-one fields.'"),
    dict(id="C2", owner="Lucy", task="ring Ovation (the old system's supplier) and ask for the full data export",
         first_call=1, due="2026-10-09",
         quote="I'll ring Ovation tomorrow and ask them for the full export.",
         keywords=["ring", "ovation", "tomorrow", "full", "export"], events=[dict(call=2, type="done")],
         note="'tomorrow' on 10-08 = Fri 10-09. Call 2 done: 'I rang them Friday. Barry, the account manager ...' -- "
              "which raises B3 (Ovation want the exit invoice paid first). The export itself is not part of this item."),
    dict(id="C3", owner="Holly", task="build a first draft of the Playhouse seat map in the sandbox", first_call=1,
         due="2026-10-15",
         quote="I'll have a first go at the Playhouse seat map in the sandbox by next Thursday, and you can all pull it to pieces.",
         keywords=["playhouse", "seat", "map", "sandbox", "thursday"], events=[dict(call=2, type="done")],
         note="'next Thursday' on Thu 10-08 = 10-15. Call 2 done, reported by Freya: 'I had a look at Holly's Playhouse "
              "map last night. She's put the pillar in.'"),
    dict(id="C4", owner="Shabana", task="fill in Tillway's merchant application form and put it in front of Judith to sign",
         first_call=1, due="2026-10-14",
         quote="I'll fill the Tillway form in and put it in front of Judith by Wednesday.",
         keywords=["tillway", "form", "judith", "wednesday", "fill"], events=[dict(call=2, type="done")],
         note="'by Wednesday' on 10-08, pinned by Megan: 'Wednesday the fourteenth.' Call 2 done: 'The form's on "
              "Judith's desk. It's been there since Tuesday morning' -- Judith's signature is a separate item (C15), and "
              "B2 is raised here."),
    dict(id="C5", owner="Judith", task="decide who owns the data protection sign-off (DPIA) for the access register",
         first_call=1, due="2026-10-15",
         quote="Leave it with me. I'll decide who owns it by next week.",
         keywords=["decide", "owns", "week", "data", "protection"],
         events=[dict(call=2, type="slipped", new_due="2026-10-19"), dict(call=3, type="done")],
         note="The sponsor, a few minutes in call 1. 'it' is the data protection sign-off Freya has just asked about; "
              "Megan pins 'By next Thursday's call' / 'By next Thursday.' (10-15). Call 2 (Judith absent), relayed by "
              "Lucy: 'she'll have a name for you on Monday' / Megan: 'Monday the nineteenth.' (relayed slip). Call 3 "
              "done, from her phone ('Judith's iPhone'): 'It's Shabana. She's the data protection person. I've "
              "decided.' -- said while Shabana is absent."),
    dict(id="C6", owner="Tariq", task="send Fennel Digital the Stagedoor integration guide and get them on the next call",
         first_call=1, due="2026-10-15",
         quote="I'll send Fennel your integration guide today and get them on next week's call.",
         keywords=["fennel", "integration", "guide", "call", "send"], events=[dict(call=2, type="done")],
         note="Guide 'today' (10-08), on 'next week's call' (10-15); due taken as the later. Call 2 done by presence and "
              "by the recipient: Joel is on the call, 'Tariq sent me your integration guide last Thursday afternoon'."),
    dict(id="C7", owner="Megan", task="send round the revised project plan (30 November go-live, panto on Ovation) and the RAID log",
         first_call=1, due="2026-10-12",
         quote="I'll send round the plan with the new dates and the RAID log by Monday.",
         keywords=["plan", "dates", "raid", "log", "monday"], events=[dict(call=2, type="done")],
         note="'by Monday' on 10-08 = 10-12. Call 2 done, by recipients: Colin 'I got your plan, Megan. I printed it "
              "out. It's forty pages' / Tariq 'I got it too.' Megan's second plan (C30) is a different item."),
    dict(id="C8", owner="Freya", task="send Holly the list of access codes (the access register categories)",
         first_call=1, due="2026-10-16",
         quote="I'll send Holly the list of access codes by the end of next week.",
         keywords=["access", "codes", "holly", "list", "week"],
         events=[dict(call=2, type="slipped", new_due="2026-10-21"), dict(call=4, type="done")],
         note="'end of next week' on 10-08, pinned 'Friday the sixteenth'. Call 2: 'I haven't started ... I'll get them "
              "to Holly by Wednesday.' / 'Wednesday the twenty-first?' / 'The twenty-first.' (slip). Call 3: Freya "
              "absent, not mentioned. Call 4 done, by the recipient: 'your codes came through, thank you. On Monday. "
              "Twenty-three of them'. Not the access register itself, which waits on B4."),
    dict(id="C9", owner="Colin", task="raise the firewall change (the ports for the card terminals and box office PCs) with Calder IT",
         first_call=2, due="2026-10-19",
         quote="Oh, for God's sake. Give it here. I'll raise it with Calder by Monday.",
         keywords=["raise", "calder", "monday", "firewall", "ports"], events=[dict(call=3, type="done")],
         note="The change nobody owned in call 1 (Colin refused: 'I'm not raising anything with Calder'). Taken "
              "grudgingly in call 2; 'by Monday' = 10-19. Call 3 done: 'I logged it Monday.' Calder then want a PO and "
              "their change board; the change itself is C24 and B1 stays open."),
    dict(id="C10", owner="Shabana", task="approve Ovation's exit invoice so the full data export is released", first_call=2,
         due="2026-10-16",
         quote="Fine. I'll approve it tomorrow, and it'll go out on Friday's payment run.",
         keywords=["approve", "tomorrow", "payment", "run", "invoice"], events=[dict(call=3, type="done")],
         note="'tomorrow' on Thu 10-15 = Fri 10-16. Call 3 done, relayed by Lucy (Shabana is with the auditors): 'she "
              "paid Ovation on Friday'; Ravi 'the export landed on Tuesday' (B3 cleared)."),
    dict(id="C11", owner="Joel", task="send Tariq Fennel's quote for the website booking journey (simple and embedded)",
         first_call=2, due="2026-10-21",
         quote="I'll get you a quote by next Wednesday, Tariq, for both.",
         keywords=["quote", "wednesday", "tariq", "both"], events=[dict(call=3, type="done")],
         note="Outside party (Fennel). 'next Wednesday' on Thu 10-15 = 10-21. Call 3 done, by the recipient: 'Joel's "
              "quote came on Tuesday. Both options.' (Joel absent)."),
    dict(id="C12", owner="Lucy", task="send Holly the membership schemes (the Friends tiers, prices, benefits, renewals)",
         first_call=2, due="2026-10-20",
         quote="I'll send Holly the membership schemes by Tuesday.",
         keywords=["membership", "schemes", "holly", "tuesday", "send"],
         events=[dict(call=3, type="slipped", new_due="2026-10-23"), dict(call=4, type="slipped", new_due="2026-11-02"),
                 dict(call=5, type="done")],
         note="'by Tuesday' on 10-15 = 10-20. Call 3: 'Panto went on general sale Monday ... I'll do it by Friday. "
              "Tomorrow. Friday.' / 'Friday the twenty-third.' (slip 1). Call 4: 'It's not done ... Monday.' / 'Monday the "
              "second?' (slip 2). Call 5 done, by the recipient: 'Lucy's membership sheet came in on Sunday night.'"),
    dict(id="C13", owner="Holly", task="build three seat maps for the Maltings (in the round, end-on, cabaret)",
         first_call=2, due="2026-10-28",
         quote="Then I'll build the three Maltings layouts, the round, end-on and cabaret, by Wednesday week.",
         keywords=["maltings", "layouts", "three", "build", "cabaret"], dropped_call=3,
         events=[dict(call=3, type="dropped")],
         note="'Wednesday week' pinned by Megan: 'the twenty-eighth'. DROPPED in call 3 by D3 (the Maltings is sold "
              "unreserved): Lucy 'Holly, don't build the three layouts.' / Holly 'Stopping. Happily.'"),
    dict(id="C14", owner="Megan", task="write the BECTU rep (Maureen) a one-page note on what the shifts module records, and invite her to the next call",
         first_call=2, due="2026-10-20",
         quote="I'll write Maureen a one-page note on what the shifts module records and what it doesn't, by Tuesday, and invite her onto next week's call.",
         keywords=["maureen", "note", "shifts", "module", "tuesday"], events=[dict(call=3, type="done")],
         note="'by Tuesday' on 10-15 = 10-20. Call 3 done by presence and by the recipient: Maureen is on the call, "
              "'I've had Megan's note. I've read it twice.'"),
    dict(id="C15", owner="Judith", task="sign the merchant application form for Tillway (she is the only authorised signatory)",
         first_call=3, due="2026-10-22",
         quote="It's in my tray. I'll sign it tonight when I'm back. Tell Shabana.",
         keywords=["sign", "tonight", "tray", "tillway", "form"],
         events=[dict(call=4, type="slipped", new_due="2026-11-02"), dict(call=5, type="done")],
         note="Said from a taxi as 'Judith's iPhone'; 'tonight' = 10-22. Call 4 (Judith absent, no word), relayed by "
              "Shabana: 'It's still in her tray ... Carol says Monday.' (relayed slip to Mon 11-02). Call 5 done: "
              "'Judith signed the Tillway form on Friday.' The live merchant ID follows in call 6 (B2)."),
    dict(id="C16", owner="Ravi", task="do the first trial load (customers and members) into the sandbox", first_call=3,
         due="2026-10-29",
         quote="I'll have the first trial load in the sandbox by next Thursday, customers and members, and then Lucy's team can go poking about in it.",
         keywords=["trial", "load", "sandbox", "thursday", "customers", "members"],
         events=[dict(call=4, type="slipped", new_due="2026-11-04"), dict(call=5, type="done")],
         note="'next Thursday' pinned 'Thursday the twenty-ninth'. Call 4: half done, 'Customers are in ... I'll have "
              "the memberships in by Wednesday, if the sheet comes Monday.' / 'Wednesday the fourth.' (slip). Call 5 "
              "done: 'The trial load's in, the dry run as Lucy's team keep calling it.'"),
    dict(id="C17", owner="Holly", task="set up sandbox test logins for the box office team", first_call=3, due="2026-10-26",
         quote="I'll set up test logins for the box office team by Monday, one each, so they can play.",
         keywords=["test", "logins", "box", "office", "monday"], events=[dict(call=4, type="done")],
         note="'by Monday' on 10-22 = 10-26. Call 4 done, by use, reported by Lucy: 'They've been in the sandbox all "
              "week. Ellen sold herself two tickets to a show that doesn't exist'."),
    dict(id="C18", owner="Maureen", task="put the shifts (rota) module to the BECTU members at the branch meeting and come back",
         first_call=3, due="2026-11-03",
         quote="I'll put it to the members at the branch meeting on the third and come back to you after that.",
         keywords=["members", "branch", "meeting", "third", "rota"], events=[dict(call=5, type="done")],
         note="Outside party (BECTU). 'on the third' = Tue 11-03. Maureen is absent from call 4. Call 5 done: 'So the "
              "branch met on Tuesday ... The members are okay with the shifts module. With conditions.' (B5 cleared, D6)."),
    dict(id="C19", owner="Colin", task="count the box office PCs and card terminals at all four venues and send Ravi the list",
         first_call=3, due="2026-10-27",
         quote="I'll send Ravi the list of PCs and card machines by Tuesday.",
         keywords=["list", "pcs", "card", "machines", "tuesday", "ravi"], events=[],
         note="'by Tuesday' on 10-22 = 10-27. Call 4: not mentioned. Call 5: 'Ravi, I never sent you the list, did I' / "
              "'It's in my notebook. Somewhere.' (no new date). Call 6: 'Not yet. It's in the notebook.' / Ravi 'I mostly "
              "know what's there' (not done). OVERDUE, no new date."),
]

COMMITMENTS += [
    dict(id="C20", owner="Dominic", task="send Ravi Tillway's 3-D Secure test cards for the sandbox", first_call=4,
         due="2026-11-02",
         quote="I'll send Ravi the test cards by Monday.",
         keywords=["send", "ravi", "test", "cards", "monday"], events=[dict(call=5, type="done")],
         note="Outside party (Tillway), on call 4 only. 'by Monday' on 10-29 = 11-02. Call 5 done, by the recipient: "
              "'Dominic's test cards came on Friday. They work.'"),
    dict(id="C21", owner="Shabana", task="write a first draft of the DPIA for the access register", first_call=4,
         due="2026-11-06",
         quote="I'll do a first draft of the DPIA by next Friday, and Freya can tell me everything I've got wrong.",
         keywords=["draft", "dpia", "friday", "freya", "access"],
         events=[dict(call=6, type="slipped", new_due="2026-11-20")],
         note="Shabana learns she owns data protection 'from Megan's notes'. 'next Friday' pinned 'Next Friday, the "
              "sixth.' Call 5: 'Halfway ... I'm still on for tomorrow. Probably.' (restatement, no event). Call 6: "
              "'Not done ... I'll have a draft by the twentieth.' / 'Friday the twentieth.' (slip). OPEN; B4 open."),
    dict(id="C22", owner="Lucy", task="book the box office training dates with Holly", first_call=4, due="2026-11-02",
         quote="I'll book the training dates with Holly by Monday.",
         keywords=["book", "training", "dates", "holly", "monday"], reassigned_to=["Freya"],
         events=[dict(call=5, type="reassigned", new_owner="Freya"), dict(call=5, type="slipped", new_due="2026-11-09"),
                 dict(call=6, type="done")],
         note="Said by Lucy just before she leaves call 4 early; 'by Monday' = 11-02. Call 5: 'No. I haven't. I haven't "
              "had a minute' / Freya 'Give it to me ... I'll sort the training dates with Holly by Monday.' / Megan 'So "
              "training dates are Freya's now. Monday the ninth.' REASSIGNED to Freya, slip to 11-09. Call 6 done, by the "
              "recipient: 'Freya sent me the training dates on Monday.' (they now need moving to January, unowned)."),
    dict(id="C23", owner="Joel", task="send Tariq Fennel's change order for repointing the Book buttons (and the tickets subdomain)",
         first_call=4, due="2026-10-30",
         quote="I'll send you the change order for the buttons tomorrow, Tariq.",
         keywords=["send", "change", "order", "buttons", "tomorrow"], events=[dict(call=5, type="done")],
         note="Outside party (Fennel). 'tomorrow' on 10-29 = 10-30. Call 5 (Joel and Tariq absent) done, relayed by Lucy "
              "from Tariq's text: 'Tariq said to tell you he's signed Joel's change order.' (B6 cleared)."),
    dict(id="C24", owner="Kieran", task="Calder IT apply the firewall change (card terminal ports) at all four venues",
         first_call=4, due="2026-11-10",
         quote="Kieran says they'll put the change in on Tuesday the tenth, all four venues, after the box office closes.",
         keywords=["kieran", "change", "tuesday", "tenth", "venues"],
         events=[dict(call=6, type="slipped", new_due="2026-11-20")],
         note="A relayed promise: said by Colin for Kieran of Calder IT, who is never on a call (Candor may name Colin). "
              "Call 5: 'Still Tuesday the tenth, after close.' (restatement). Call 6: 'Half done. They did the Playhouse "
              "on Tuesday night ... He says the twentieth for the other three.' / 'Friday the twentieth.' (slip; partial "
              "is not done). OPEN; B1 open."),
    dict(id="C25", owner="Ravi", task="do the second trial load (in-date vouchers and spring future bookings)", first_call=5,
         due="2026-11-12",
         quote="I'll have the second trial load done by next Thursday.",
         keywords=["second", "trial", "load", "thursday", "vouchers"], events=[],
         note="'next Thursday' pinned 'Thursday the twelfth' (the day of call 6). Call 6: 'It's not done. Vouchers have "
              "come out of Ovation with three different date formats ... I'd rather not promise a day' / 'Days, not "
              "weeks. But I'm not putting a date on it'. No new date: OVERDUE."),
    dict(id="C26", owner="Colin", task="put a test card through the card terminals at all four venues after Calder's change",
         first_call=5, due="2026-11-11",
         quote="I'll go round all four with a test card on Wednesday, the day after Calder.",
         keywords=["test", "card", "wednesday", "calder", "four"],
         events=[dict(call=6, type="slipped", new_due="2026-11-23")],
         note="'Wednesday' pinned 'Wednesday the eleventh'. Call 6: did the Playhouse only ('the one terminal that "
              "works'); 'I'll do the rest the Monday after, the twenty-third.' (slip; partial is not done). OPEN."),
    dict(id="C27", owner="Holly", task="send Freya a draft of the training materials", first_call=5, due="2026-11-11",
         quote="I'll get a draft of the training materials to Freya by Wednesday, so she can tell me what's wrong before anybody's in a room.",
         keywords=["draft", "training", "materials", "freya", "wednesday"], events=[],
         note="'by Wednesday' on 11-05 = 11-11. Call 6: 'not yet, sorry. They're half written' / Freya 'I haven't seen "
              "anything.' / 'That's the bit that's late.' No new date ('I know. I know.'): OVERDUE."),
    dict(id="C28", owner="Judith", task="ring Ovation's managing director about keeping Ovation running into January",
         first_call=5, due="2026-11-12",
         quote="I'll ring Ovation's managing director myself about keeping them on into January.",
         keywords=["ring", "ovation", "managing", "director", "january"], events=[dict(call=6, type="done")],
         note="The sponsor in the last minutes of call 5: 'By next week.' / Megan 'By next week's call, then.' (11-12). "
              "Call 6 done: 'I rang him. Monday. Him being Graham, the managing director. They'll keep us on month by "
              "month'."),
    dict(id="C29", owner="Maureen", task="confirm the union's conditions for the shifts module to Lucy in writing",
         first_call=5, due="2026-11-09",
         quote="I'll put it in writing to Lucy by Monday.",
         keywords=["writing", "lucy", "monday", "put"], events=[dict(call=6, type="done")],
         note="Outside party. 'by Monday' on 11-05 = 11-09. Call 6 (Maureen absent) done, by the recipient: 'Maureen's "
              "letter came on Monday. Three pages.'"),
    dict(id="C30", owner="Megan", task="send Judith a revised plan for the 11 January go-live", first_call=6,
         due="2026-11-16",
         quote="I'll send you a revised plan for the eleventh of January by Monday, with what has to happen when.",
         keywords=["revised", "plan", "eleventh", "january", "monday"], events=[],
         note="'by Monday' on Thu 11-12 = 11-16. OPEN. Different from C7."),
    dict(id="C31", owner="Tariq", task="send the Friends' priority booking email for the spring season, with the Ovation link",
         first_call=6, due="2026-11-20",
         quote="I'll get the Friends' priority booking email out on the twentieth, with the Ovation link.",
         keywords=["priority", "booking", "email", "twentieth", "ovation"], events=[],
         note="Follows D7 (spring goes on sale on Ovation). 'the twentieth' = 11-20. OPEN. His 'I'll tell the Friends "
              "to queue round the block' just before is sarcasm, not this."),
    dict(id="C32", owner="Judith", task="tell the chair herself about the new go-live date and why", first_call=6, due=None,
         quote="And I'll tell the chair myself.",
         keywords=["tell", "chair", "myself", "date"], events=[],
         note="No date. OPEN. Said just before she leaves for the board."),
]

NON_COMMITMENTS = [
    (1, "Colin", "I can ask Kieran, but I'm not raising anything with Calder.", "refusal: the firewall change stays unowned in call 1 (B1); Colin takes it in call 2 (C9)"),
    (1, "Ravi", "Whoever ends up with it, I'll walk them through it.", "conditional offer, no owner yet"),
    (1, "Judith", "I'll find the extra ten days from somewhere.", "a quip, at once passed to Shabana as a joke ('Shabana will find the extra ten days')"),
    (1, "Judith", "If anybody needs me to lean on someone, tell Lucy and she'll tell me.", "conditional offer"),
    (1, "Lucy", "Course I will. In all my spare time.", "sarcasm"),
    (1, "Lucy", "Ask me next week.", "vague; the union question comes back in call 2 (B5)"),
    (1, "Holly", "I'll put a bucket icon on it.", "joke"),
    (2, "Joel", "And if you wanted it properly embedded, we could maybe look at phasing it", "conditional offer; 'that's a conversation'"),
    (2, "Holly", "I could maybe come up and count the Assembly Rooms seats myself, if nobody finds anything better.", "conditional offer; Colin's cellar drawing is used instead"),
    (2, "Shabana", "I'll put another sticky note on it.", "sarcasm"),
    (3, "Maureen", "I'm not agreeing anything today, I'm here to listen.", "refusal"),
    (3, "Lucy", "Ellen should walk the rows against it.", "ownerless suggestion about the Assembly Rooms map; never tracked"),
    (3, "Judith", "If she doesn't like it she can come and argue with me.", "conditional"),
    (3, "Tariq", "I'll try and catch her.", "hedged, 'I'm not promising she'll read it'; Judith never sees the quote, D5 is taken without her"),
    (3, "Megan", "I'll write robbery. Not daylight.", "joke"),
    (4, "Dominic", "Once I've got the signed form, it's usually five working days for the live ID.", "conditional, a lead time"),
    (4, "Joel", "And if you change your mind in the spring, the embedded quote's good till March.", "conditional offer"),
    (4, "Colin", "Last time Calder touched the firewall the bar tills went down for the whole of the interval.", "past anecdote"),
    (5, "Ravi", "If the merchant ID turns up this week, I could do a real transaction on Monday.", "conditional offer (the ID comes on the Tuesday after)"),
    (5, "Ravi", "I'll check the dates of birth.", "offer withdrawn at once (Lucy: 'Don't')"),
    (5, "Colin", "I'll take a packed lunch.", "joke"),
    (6, "Tariq", "Great. I'll tell the Friends to queue round the block like it's nineteen ninety-eight.", "sarcasm"),
    (6, "Joel", "The minute you give me the live links, the buttons flip.", "conditional; the buttons are not needed till January"),
    (6, "Ravi", "But I'm not putting a date on it, Megan, because I'll only be back here saying sorry.", "refusal to give a new date for C25"),
    (6, "Freya", "They'll need moving. Same weeks in January, I'd have thought.", "no owner, no date: the training dates need moving to January"),
]

BLOCKERS = [
    dict(id="B1", what="The card terminals and box office PCs cannot reach Tillway until ports are opened on the firewall at all "
                       "four venues; the network is run by Calder IT (the managed IT provider) and at first nobody at the trust "
                       "will raise the change; then Calder want a PO and their change board, and apply it at one venue of four",
         party="nobody at first (unowned); then Calder IT (Kieran), the managed IT provider",
         party_aliases=["calder", "kieran", "nobody", "unowned", "colin"], raised_call=1, cleared_call=None,
         quote="None of the card machines will talk to Tillway until somebody opens those ports at all four venues.",
         keywords=["card", "machines", "tillway", "ports", "venues"],
         note="Raised by Ravi; Colin and Shabana disown it ('I'll put it on the log as unowned'). Colin takes it in call 2 "
              "(C9, logged call 3); Shabana raises Calder's PO (call 4); the change board passes it (call 5); call 6 Calder "
              "did the Playhouse only, the other three 'the twentieth' (C24), and two Playhouse terminals are too old for "
              "Tillway. OPEN at the end."),
    dict(id="B2", what="Tillway will not issue the live merchant ID (so no real card payment) until the merchant form is signed, "
                       "and only Judith, the often-absent sponsor, can sign it",
         party="Judith Harker (the sponsor, sole signatory), then Tillway",
         party_aliases=["judith", "harker", "tillway", "dominic", "sponsor"], raised_call=2, cleared_call=6,
         quote="Tillway won't issue the live merchant ID until that form's signed.",
         keywords=["tillway", "live", "merchant", "issue", "signed"],
         note="Raised by Ravi in call 2 (form on Judith's desk since Tuesday). Call 3 'I'll sign it tonight' (C15); call 4 "
              "'still in her tray', Dominic 'five working days' after signing; call 5 signed on Friday. Cleared call 6: "
              "'The live merchant ID came through on Tuesday. We did a real one pound payment'."),
    dict(id="B3", what="Ovation (the old system's supplier) will not release the full data export until the trust pays its exit "
                       "invoice (4,200 pounds plus VAT), so no trial load is possible",
         party="Ovation (Barry, the account manager); payment by Shabana (finance)",
         party_aliases=["ovation", "barry", "shabana", "finance"], raised_call=2, cleared_call=3,
         quote="They won't give us the full export until the exit invoice is paid.",
         keywords=["full", "export", "exit", "invoice", "paid"],
         note="Raised by Lucy after ringing Ovation (C2). Shabana approves it (C10). Cleared call 3: 'she paid Ovation on "
              "Friday' / Ravi 'the export landed on Tuesday ... a zip file called final final two'."),
    dict(id="B4", what="Freya will not release the access register ('the green list', health data on about 3,100 customers) until "
                       "someone signs off the data protection side (a DPIA); at first nobody owns it, then Shabana is named in her "
                       "absence and her draft slips",
         party="nobody at first (unowned); then Shabana (finance director, named data protection owner)",
         party_aliases=["nobody", "unowned", "shabana", "judith", "dpia", "data protection"], raised_call=1,
         cleared_call=None,
         quote="I'm not sending anybody the access register until someone's signed off the data protection side.",
         keywords=["access", "register", "data", "protection", "signed"],
         note="Raised by Freya ('Somebody has to sign it, and it isn't me'). Judith promises an owner (C5), names Shabana "
              "in call 3; Shabana's DPIA draft (C21) slips to 11-20. Call 6: 'until it's signed, the green list stays "
              "where it is.' OPEN at the end."),
    dict(id="B5", what="The BECTU rep will not let the box office staff use the Stagedoor shifts (rota) app until the union has "
                       "been consulted",
         party="BECTU (Maureen Tate, the union rep)",
         party_aliases=["bectu", "maureen", "tate", "union"], raised_call=2, cleared_call=5,
         quote="She says nobody on the box office is using a rota app until the union's been consulted.",
         keywords=["rota", "app", "consulted", "box", "office"],
         note="Raised by Lucy relaying Maureen. Megan's note (C14), Maureen on call 3 ('I'm not agreeing anything "
              "today'), the branch meeting on 11-03 (C18). Cleared call 5: 'The members are okay with the shifts module. "
              "With conditions.' -> D6 (not before February; nobody has to use the app)."),
    dict(id="B6", what="Fennel Digital (the web agency) will not start any work on the website booking journey without a signed "
                       "change order and a PO",
         party="Fennel Digital (Joel Whitaker), pending Tariq's signature",
         party_aliases=["fennel", "joel", "whitaker", "tariq"], raised_call=2, cleared_call=5,
         quote="we can't start anything on the booking journey without a signed change order.",
         keywords=["booking", "journey", "signed", "change", "order"],
         note="Raised by Joel. Quote (C11) call 3 (11,400 pounds for embedded); D5 call 4 takes the simple option; Joel's "
              "change order (C23). Cleared call 5: 'Tariq said to tell you he's signed Joel's change order. Joel's lot "
              "start on the buttons on Monday'."),
]

DECISIONS = [
    dict(id="D1", call=1, text="Go live on Monday 30 November 2026 with the spring season; the panto (opens 28 November) stays on "
                               "Ovation until it closes on 10 January; no moving panto bookings mid-run (Judith's ruling, "
                               "against the contract plan of moving everything at once)",
         keywords=["live", "thirtieth", "november", "spring", "panto", "ovation"],
         quote="We go live on Monday the thirtieth of November, with the spring season. Panto stays on Ovation till it closes on the tenth of January."),
    dict(id="D2", call=2, text="Only gift vouchers still in date are migrated; expired vouchers stay in Ovation and are honoured by "
                               "hand at the box office (Lucy's ruling, against Shabana's all nine thousand)",
         keywords=["vouchers", "date", "expired", "ovation", "honour", "desk"],
         quote="Only the ones still in date come across. Anything expired stays in Ovation, and if someone turns up at the desk with one, we'll honour it by hand, like we always do."),
    dict(id="D3", call=3, text="The Maltings is sold unreserved (general admission with a capacity), no seat maps; Holly stops the "
                               "three Maltings layouts (Lucy's ruling)",
         keywords=["maltings", "unreserved", "layouts", "general", "admission"],
         quote="The Maltings is unreserved. It's always been unreserved. Holly, don't build the three layouts."),
    dict(id="D4", call=4, text="Booking fee: two pounds per transaction, online only; no fee at the box office or on the phone; the "
                               "per-ticket fee of 1.50 ends (Shabana's ruling, against Tariq's no fee at all)",
         keywords=["transaction", "ticket", "pounds", "online", "box", "office", "fee"],
         quote="Then per transaction. Not per ticket. A family of five shouldn't pay five times. Two pounds a transaction, online only, and nothing at the box office."),
    dict(id="D5", call=4, text="No embedded seat picker (Fennel's 11,400-pound option): the website uses Stagedoor's branded hosted "
                               "booking pages and Fennel only repoint the Book buttons and set up the tickets subdomain (Tariq "
                               "and Shabana; the sponsor absent)",
         keywords=["eleven", "grand", "booking", "pages", "buttons", "embedded"],
         quote="We're not spending eleven grand on it. We use Limelight's booking pages, and Joel's lot just change the buttons."),
    dict(id="D6", call=5, text="The shifts (rota) module comes out of go-live: the rota stays on Lucy's spreadsheet until February; "
                               "nobody has to use the app (paper copies on request) and no shifts offered by app between 8pm and "
                               "8am (agreed with the BECTU rep)",
         keywords=["rota", "spreadsheet", "february", "stagedoor", "app"],
         quote="So the rota stays on the spreadsheet till February, and when it goes on Stagedoor, nobody has to use the app."),
    dict(id="D7", call=6, text="Go-live moves from 30 November to Monday 11 January 2027, the day after the panto closes; the spring "
                               "season goes on sale on Ovation (kept on month by month) and is moved across (Judith's ruling; "
                               "Megan's Playhouse-only go-live on 30 November rejected)",
         keywords=["live", "eleventh", "january", "panto", "spring", "ovation"],
         quote="We're not going live on the thirtieth. We go live on Monday the eleventh of January, the day after panto closes. Spring goes on sale on Ovation, and we move it across."),
]

PROPOSALS = [
    (1, "Megan", "one go-live on 30 November for everything, moving the panto's future bookings onto Stagedoor mid-run, as in the contract plan -- rejected (D1)"),
    (2, "Shabana", "migrate all nine thousand gift vouchers, expired ones included, for the auditors -- rejected (D2); she gets an Ovation report instead"),
    (4, "Joel", "the embedded seat picker inside the website for 11,400 pounds plus VAT (Tariq: 'the proper way') -- rejected (D5)"),
    (4, "Tariq", "no booking fee at all -- rejected (D4: two pounds per transaction online)"),
    (5, "Holly", "switch the shifts module on read-only at go-live so it is there on the thirtieth -- refused by Maureen and Lucy (D6)"),
    (6, "Megan", "go live on 30 November at the Playhouse box office only, no website, and bring the other venues on in December -- rejected by Lucy and Freya, then D7"),
]

HONEST_STATUS = {
    "rag": "red",
    "acceptable": ["red", "amber"],
    "reasons": [
        "go-live moved in the last call by six weeks, from 30 November to 11 January 2027 (D7); the spring season goes on sale on the old system, which is kept on month by month at extra cost",
        "card payments work at one venue of four: Calder IT applied the firewall change only at the Playhouse (the rest slipped to 11-20, C24) and two of its three terminals are too old for Tillway (B1 open); Colin's test round slipped to 11-23 (C26)",
        "the access register cannot be migrated: the DPIA is still a draft, slipped to 11-20 (C21; B4 open)",
        "the second trial load (vouchers, spring bookings) was due 11-12 and is not done, with no new date (C25 overdue); Holly's training materials are overdue since 11-11 (C27) and the training dates must be rebooked",
        "Colin's list of PCs and card terminals has been overdue since 10-27 with no date (C19)",
        "the rota (shifts) module is out of go-live until February (D6)",
        "the sponsor attended parts of four of the six calls, none in full (apologies for call 2, no word for call 4); her Tillway signature took two weeks past her own 'tonight'; the project lead slipped her membership sheet twice and handed over the training dates",
        "the PM calls it red; the finance director says amber now the date has moved",
        "positives: live merchant ID and a real payment (B2 cleared), the Ovation export paid for and loaded (B3 cleared), the union agreed with conditions (B5 cleared), Fennel's change order signed and the buttons built (B6 cleared), first trial load in, seat maps for the Playhouse and Assembly Rooms, booking fee and vouchers decided",
    ],
}

OVERDUE_AS_OF = ["C19", "C25", "C27"]
OPEN_AT_END = ["C19", "C21", "C24", "C25", "C26", "C27", "C30", "C31", "C32"]
DROPPED = ["C13"]
REASSIGNED = {"C22": "Lucy -> Freya (call 5)"}
EARLY_OVERDUE = ["C19"]   # as of EARLY_AS_OF (the day after call 4); checked, not written to gold.json


# ----------------------------------------------------------------------------------------------- rendering
def ts(t):
    s = int(t)
    h, m, sec = s // 3600, (s % 3600) // 60, s % 60
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def turns(n):
    """[(speaker label, [lines])] of call n; ' | ' in a turn is a line break inside one Otter paragraph."""
    out = []
    for line in CALLS[n].strip("\n").split("\n"):
        code, text = line.split(": ", 1)
        out.append((NAMES[code], [p.strip() for p in text.split(" | ")]))
    return out


def render(n):
    rnd = random.Random(9100 + n)
    t = 1.0 + rnd.random() * 4
    lines = []
    for name, parts in turns(n):
        lines += [f"{name}  {ts(t)}", *parts, ""]
        words = sum(len(p.split()) for p in parts)
        t += max(1.2, words / 2.5 + rnd.uniform(-0.4, 0.8)) + rnd.uniform(0.3, 1.8)
    return "\n".join(lines)


def merged(n):
    """(speaker first name, turn text with its lines joined by single spaces) -- what a quote is checked against."""
    return [(first(name), " ".join(parts)) for name, parts in turns(n)]


def first(name):
    """First name of a speaker label ("Judith's iPhone" is Judith)."""
    return re.split(r"[ ']", name)[0]


def toks(s):
    return re.findall(r"[a-z0-9][a-z0-9'\-]*", (s or "").lower())


def build_gold():
    commitments = []
    for c in COMMITMENTS:
        d = {k: c[k] for k in ("id", "owner", "task", "first_call", "due", "quote", "keywords", "events")}
        if c.get("reassigned_to"):
            d["reassigned_to"] = c["reassigned_to"]
        if c.get("dropped_call"):
            d["dropped_call"] = c["dropped_call"]
        d["note"] = c["note"]
        commitments.append(d)
    blockers = [{k: b[k] for k in ("id", "what", "party", "party_aliases", "raised_call", "cleared_call", "quote",
                                   "keywords", "note")} for b in BLOCKERS]
    decisions = [{k: d[k] for k in ("id", "call", "text", "keywords", "quote")} for d in DECISIONS]
    return {
        "engagement": ENGAGEMENT,
        "description": DESCRIPTION,
        "calls": {str(n): d for n, d in DATES.items()},
        "as_of": AS_OF,
        "people": PEOPLE,
        "attendance": ATTENDANCE,
        "commitments": commitments,
        "non_commitments": [dict(call=c, speaker=s, quote=q, note=n) for c, s, q, n in NON_COMMITMENTS],
        "blockers": blockers,
        "decisions": decisions,
        "proposals_not_agreed": [dict(call=c, speaker=s, text=t) for c, s, t in PROPOSALS],
        "honest_status": HONEST_STATUS,
        "overdue_as_of": OVERDUE_AS_OF,
        "open_at_end": OPEN_AT_END,
        "dropped": DROPPED,
        "reassigned": REASSIGNED,
    }


def state_at(c, as_of, dates):
    """(open?, current due) of a gold commitment counting only events at calls on or before as_of."""
    due, closed = c["due"], False
    for e in c["events"]:
        if dates[e["call"]] > as_of:
            break
        if e["type"] == "slipped":
            due = e["new_due"]
        elif e["type"] in ("done", "dropped"):
            closed = True
    return (not closed) and dates[c["first_call"]] <= as_of, due


# ----------------------------------------------------------------------------------------------- checks
def check(gold):
    errs = []
    E = errs.append
    T = {n: merged(n) for n in CALLS}
    dates = {int(k): v for k, v in gold["calls"].items()}
    if dates != DATES or sorted(CALLS) != sorted(DATES):
        E("gold calls differ from DATES / CALLS")
    for n, d in DATES.items():
        if datetime.date.fromisoformat(d).weekday() != 3:
            E(f"call {n} date {d} is not a Thursday")
    if gold["as_of"] != str(datetime.date.fromisoformat(DATES[6]) + datetime.timedelta(days=1)):
        E("as_of is not the day after the last call")

    def said(call, quote, speaker=None):
        hits = [(sp, txt) for sp, txt in T[call] if quote in txt]
        if speaker is not None:
            hits = [h for h in hits if h[0] == speaker]
        return len(hits) >= 1

    # the calls themselves
    for n in CALLS:
        tt = turns(n)
        names = [nm for nm, _ in tt]
        if not 60 <= len(tt) <= 110:
            E(f"call {n}: {len(tt)} turns (want 60-110)")
        spk = {first(x) for x in names}
        if not 8 <= len(spk) <= 10:
            E(f"call {n}: {len(spk)} speakers (want 8-10)")
        for a, b in zip(names, names[1:]):
            if first(a) == first(b):
                E(f"call {n}: two turns in a row by {a}")
        for nm, parts in tt:
            for p in parts:
                if ":" in p or not p or "|" in p:
                    E(f"call {n}: empty line, colon or bar in a turn of {nm}: {p[:60]!r}")
        if sorted(spk) != sorted(gold["attendance"][str(n)]):
            E(f"call {n}: speakers {sorted(spk)} != attendance {sorted(gold['attendance'][str(n)])}")
    people_first = {first(p) for p in gold["people"]}
    for n in CALLS:
        for a in gold["attendance"][str(n)]:
            if a not in people_first:
                E(f"attendance name {a} not in people")

    # commitments
    ids = [c["id"] for c in gold["commitments"]]
    if len(ids) != len(set(ids)) or ids != [f"C{i}" for i in range(1, len(ids) + 1)]:
        E("commitment ids not C1..Cn unique")
    overdue, open_end, dropped, reassigned = [], [], [], {}
    for c in gold["commitments"]:
        w = c["id"]
        speaker = SAID_BY.get(w, c["owner"])
        if not said(c["first_call"], c["quote"], speaker):
            E(f"{w}: quote not verbatim in a turn of {speaker} in call {c['first_call']}: {c['quote']!r}")
        if c["owner"] not in people_first and w not in SAID_BY:
            E(f"{w}: owner {c['owner']} not in people")
        tt = set(toks(c["quote"] + " " + c["task"]))
        for k in c["keywords"]:
            if k != k.lower() or k not in tt:
                E(f"{w}: keyword {k!r} not a token of the quote or task")
        if len(set(c["keywords"]) & set(toks(c["quote"]))) < 3:
            E(f"{w}: fewer than 3 keywords in the quote")
        due = c["due"]
        if due is not None:
            datetime.date.fromisoformat(due)
            if due < dates[c["first_call"]]:
                E(f"{w}: due {due} before its first call")
        prev, closed, owner = c["first_call"], None, c["owner"]
        for e in c["events"]:
            if e["call"] <= c["first_call"] or e["call"] < prev or e["call"] not in dates:
                E(f"{w}: event {e} not after first_call or out of order")
            prev = e["call"]
            if closed:
                E(f"{w}: event {e} after the item was {closed}")
            if e["type"] == "slipped":
                datetime.date.fromisoformat(e["new_due"])
                if due and e["new_due"] <= due:
                    E(f"{w}: slip at call {e['call']} does not move the date later ({due} -> {e['new_due']})")
                if e["new_due"] <= dates[e["call"]]:
                    E(f"{w}: slip at call {e['call']} to {e['new_due']}, not past the call")
                due = e["new_due"]
            elif e["type"] == "done":
                closed = "done"
            elif e["type"] == "dropped":
                closed = "dropped"
                if c.get("dropped_call") != e["call"]:
                    E(f"{w}: dropped event and dropped_call disagree")
                dropped.append(w)
            elif e["type"] == "reassigned":
                if e["new_owner"] not in c.get("reassigned_to", []) or e["new_owner"] not in people_first:
                    E(f"{w}: reassigned event owner not in reassigned_to / people")
                if e["new_owner"] not in gold["attendance"][str(e["call"])]:
                    E(f"{w}: new owner {e['new_owner']} not on call {e['call']}")
                reassigned[w] = f"{owner} -> {e['new_owner']} (call {e['call']})"
                owner = e["new_owner"]
            else:
                E(f"{w}: unknown event type {e['type']}")
        if c.get("dropped_call") and closed != "dropped":
            E(f"{w}: dropped_call without a dropped event")
        if c.get("reassigned_to") and w not in reassigned:
            E(f"{w}: reassigned_to without a reassigned event")
        if closed is None:
            open_end.append(w)
            if due and due < gold["as_of"]:
                overdue.append(w)
    if gold["overdue_as_of"] != overdue:
        E(f"overdue_as_of {gold['overdue_as_of']} != recomputed {overdue}")
    if gold["open_at_end"] != open_end:
        E(f"open_at_end {gold['open_at_end']} != recomputed {open_end}")
    if gold["dropped"] != dropped:
        E(f"dropped {gold['dropped']} != recomputed {dropped}")
    if gold["reassigned"] != reassigned:
        E(f"reassigned {gold['reassigned']} != recomputed {reassigned}")
    early = []
    for c in gold["commitments"]:
        is_open, due = state_at(c, EARLY_AS_OF, dates)
        if is_open and due and due < EARLY_AS_OF:
            early.append(c["id"])
    if early != EARLY_OVERDUE:
        E(f"early overdue as of {EARLY_AS_OF}: {early} != {EARLY_OVERDUE}")

    # non-commitments, blockers, decisions, proposals
    for x in gold["non_commitments"]:
        if not said(x["call"], x["quote"], x["speaker"]):
            E(f"non-commitment not verbatim in a turn of {x['speaker']} in call {x['call']}: {x['quote']!r}")
    bids = [b["id"] for b in gold["blockers"]]
    if len(bids) != len(set(bids)):
        E("duplicate blocker ids")
    for b in gold["blockers"]:
        if not said(b["raised_call"], b["quote"]):
            E(f"{b['id']}: quote not verbatim in a turn of call {b['raised_call']}: {b['quote']!r}")
        if b["cleared_call"] is not None and not b["raised_call"] < b["cleared_call"] <= max(DATES):
            E(f"{b['id']}: cleared before or when raised, or after the last call")
        qt = set(toks(b["quote"]))
        for k in b["keywords"]:
            if k != k.lower() or k not in qt:
                E(f"{b['id']}: keyword {k!r} not a token of the quote")
        if not b["party_aliases"] or any(a != a.lower() or len(a) < 3 for a in b["party_aliases"]):
            E(f"{b['id']}: party_aliases must be lower case, 3+ characters")
    for d in gold["decisions"]:
        if not d.get("quote") or not said(d["call"], d["quote"]):
            E(f"{d['id']}: quote not verbatim in a turn of call {d['call']}: {d.get('quote')!r}")
        qt = set(toks(d["quote"]))
        tt = set(toks(d["quote"] + " " + d["text"]))
        if any(k != k.lower() or k not in tt for k in d["keywords"]):
            E(f"{d['id']}: a keyword is not a token of the quote or text")
        if len(set(d["keywords"]) & qt) < 3:
            E(f"{d['id']}: fewer than 3 keywords in the quote")
    for p in gold["proposals_not_agreed"]:
        if p["speaker"] not in gold["attendance"][str(p["call"])]:
            E(f"proposal by {p['speaker']}, absent from call {p['call']}")
    if gold["honest_status"]["rag"] not in gold["honest_status"]["acceptable"]:
        E("honest rag not among acceptable")
    if errs:
        print("\n".join("CHECK FAILED: " + e for e in errs))
        sys.exit(1)
    ev = {}
    for c in gold["commitments"]:
        for e in c["events"]:
            ev[e["type"]] = ev.get(e["type"], 0) + 1
    print(f"gold check OK: {len(gold['commitments'])} commitments (events {ev}), "
          f"{len(gold['non_commitments'])} non-commitments, {len(gold['blockers'])} blockers, "
          f"{len(gold['decisions'])} decisions, {len(gold['proposals_not_agreed'])} proposals; every quote verbatim in "
          f"one turn of its call; slips later and past their call; events in order; overdue {overdue}; open "
          f"{open_end}; dropped {dropped}; reassigned {reassigned}; early overdue ({EARLY_AS_OF}) {early}; "
          f"attendance = speakers")


def main():
    here = Path(__file__).resolve().parent
    d = here / "calls"
    d.mkdir(exist_ok=True)
    for n in sorted(CALLS):
        (d / f"call-{n}.txt").write_text(render(n) + "\n", encoding="utf-8")
        tt = turns(n)
        last = [x for x in render(n).split("\n") if "  " in x][-1].rsplit("  ", 1)[1]
        print(f"call-{n}.txt ({DATES[n]}): {len(tt)} turns, {len({first(nm) for nm, _ in tt})} speakers, "
              f"last turn at {last}")
    gold = build_gold()
    (here / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    check(json.loads((here / "gold.json").read_text(encoding="utf-8")))


if __name__ == "__main__":
    main()
