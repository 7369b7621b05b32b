#!/usr/bin/env python3
"""Generate the five Stenhouse University Library calls (calls/call-1.txt .. call-5.txt) and check gold.json.

Layout: plain text, one turn per line, "hh:mm:ss Full Name: text" (the unbracketed timestamped .txt layout in
docs/FORMATS.md). Each script line below is "CODE: text". Start times follow a speaking rate of about 2.5 words a
second (jittered per turn) plus a short pause between turns; a fixed seed per call keeps the output identical on
every run. No speaker has two turns in a row, and no turn text contains a colon. Standard library only.

After writing the calls, if gold.json sits next to this script, every gold quote (commitments, non-commitments,
blockers, decisions) is checked to occur verbatim in its call, and the gold dates and events are checked for
consistency (slips move later, events come after the first mention, overdue_as_of / open_at_end / dropped /
reassigned agree with the commitments).

Usage: python3 make_calls.py     (writes calls/call-1.txt .. call-5.txt next to this script)
"""
import json
import random
import sys
from pathlib import Path

NAMES = {
    "R": "Rachel Ndlovu",      # Lectern (vendor) project manager, host
    "T": "Tomasz Nowak",       # Lectern data migration consultant
    "S": "Sunita Rao",         # Lectern integrations consultant: SSO, kiosks (SIP2), finance link
    "E": "Ellie Furnival",     # Lectern reading lists and training lead (from call 2)
    "H": "Helen Strachan",     # Stenhouse Director of Library Services, sponsor
    "F": "Fran Ogilvie",       # Stenhouse systems librarian (the whole systems team)
    "O": "Owain Bevan",        # Stenhouse customer services manager: desk, circulation, kiosks, fines
    "B": "Bushra Haq",         # Stenhouse acquisitions and metadata manager
    "K": "Kate Merriman",      # Stenhouse History lecturer, academic reading lists champion
    "C": "Callum Reid",        # Stenhouse IT Services, identity and access (outside the library)
    "L": "Lee Hartigan",       # Quire Self-Service, kiosk supplier account manager
    "M": "Marion Fairweather", # Stenhouse finance systems team (Castlegate)
}

DATES = {1: "2026-10-08", 2: "2026-10-15", 3: "2026-10-22", 4: "2026-10-29", 5: "2026-11-05"}

CALLS = {}

# ---------------------------------------------------------------- call 1, Thursday 2026-10-08
CALLS[1] = """
R: Morning, all. Or it's still just about morning. Can everyone hear me okay?
O: Loud and clear, Rachel. There's a bit of an echo, but that might be our room. We're in the seminar room with the broken blind.
R: It's probably me, to be fair. I'm in one of those meeting pods, it's basically a glass cupboard. Right. Fran, is Helen joining us?
F: She's meant to be. She's at the Senate pre-meet, which was supposed to finish at ten. So, you know, any minute now. Or never.
R: Okay, we'll make a start and catch her up when she lands. So, I'm Rachel Ndlovu, project manager on the Lectern side, and I'll be hosting these every Thursday until we're live. Can we do a really quick round of names? Tomasz, do you want to go first?
T: Hi, everyone. Tomasz Nowak, data migration. So anything coming out of your old system and into Lectern. Bibs, items, borrowers, loans, the lot.
S: Sunita Rao, integrations. Single sign-on, the self-issue kiosks, and the link to your finance system. Basically all the bits that involve somebody else's system.
F: Fran Ogilvie, systems librarian. Which at Stenhouse means I'm the systems team. All of it. Hi.
O: Owain Bevan, customer services manager. So the front desk, circulation, the kiosks, fines, the night staff, and the photocopier in the basement that we don't talk about.
B: Bushra Haq, acquisitions and metadata. Ordering, the book funds, invoices, and the catalogue records themselves.
K: Kate Merriman, I lecture in History. I'm here because I said something enthusiastic about reading lists at a faculty meeting, and now apparently I'm the academic champion.
L: Lee Hartigan from Quire. We supply and look after your six self-service kiosks. Morning, all.
R: Lovely, thank you. So, the very short version. Stenhouse is moving off Athenaeum, which has been your library system since, Fran, when was it?
F: Two thousand and four. It's older than some of our students. It's older than some of our staff, actually.
R: And onto Lectern Cloud. So that's the catalogue and circulation, the kiosks talking to Lectern instead of Athenaeum, everybody logging in with their university account, fines and book orders going across to your finance system, and reading lists for the academics. The contract says live in time for semester two.
T: And the first thing we really need to pin down is when we actually switch over, because honestly everything I do hangs off that. My preference would be reading week. The sixteenth of November. The library's quieter, and then we've got the whole of December to fix whatever breaks.
O: Reading week's not quiet. Reading week's when the dissertation students move into the building with sleeping bags.
F: And Athenaeum can't do a partial freeze, so we'd be issuing on paper slips for three days in the middle of term. I've done that once. Never again.
O: I'll just get the students to stamp their own books, shall I? Like it's 1985.
R: Okay, point taken. The other option we talked about at the kick-off was the Christmas closure.
H: Hello, hello, sorry. The pre-meet overran, as it always does. Helen Strachan, Director of Library Services, for anyone who doesn't know me. Where are we?
R: Morning, Helen. Good timing, actually. We're on the go-live date. Tomasz has floated reading week, the sixteenth of November, and Owain and Fran are, let's say, not keen.
H: No. Absolutely not in term time. The building shuts on the twenty-third of December and opens again on the fourth of January. We do it then. We go live on Monday the fourth of January, and the students come back to a new system and never notice the old one's gone.
T: It's tight for the final load. But it's doable if the data's clean.
H: Then that's the date. The fourth.
R: Okay. So we're live on Monday the fourth of January, with the cutover over the Christmas closure. That goes in the plan, and reading week's off the table.
H: And if Professor Lockhart asks why it isn't November, send him to me.
R: Will do. Tomasz, what do you need first?
T: Two things, really. The data, obviously, and the loan rules. For the data I need a full extract out of Athenaeum. MARC for the bibs, and then items, borrowers, current loans and outstanding fines as flat files.
F: Yeah, so, that's the first problem. Athenaeum will export MARC one record at a time, which at nine hundred thousand records is going to take us into the next century. The bulk export's a separate module, and Marrick have it switched off on our licence.
T: So without it I can't even do a first test load. I've got nothing to load.
H: Marrick being the people we pay a small fortune every year for the privilege.
F: That's them.
R: Who talks to Marrick?
F: Me, sadly. I'll log it with Marrick today and ask them to switch the bulk export on.
R: Thanks, Fran. And the loan rules, Tomasz?
T: So every loan type in Athenaeum has to map to a loan policy in Lectern. How long, how many renewals, what happens when it's late. I've got a template for it. I'll send the mapping template over to you by Friday, Fran.
F: Great. Another spreadsheet. My favourite thing.
T: It's a nice spreadsheet, I promise. It's got colours.
R: And Fran, once it's with you, when could you realistically fill it in?
F: Realistically? Um. I'm doing the journal renewals, and the repository thing for the REF, and I've got two vacancies on the team. Give me till Wednesday week.
R: Wednesday week, so the twenty-first?
F: The twenty-first. I'll have the loan rules filled in by the twenty-first.
O: I can sit with you on the loan rules if it helps. I know what the desk actually does, which isn't always what the rules say.
F: Which is most of the problem, to be fair.
R: Then one more for you, Helen, while we've got you. The data migration sign-off. Somebody at Stenhouse has to look at the test loads and say yes, this is our data, go ahead with the final load. Who's that going to be?
H: Good question. Fran?
F: I can check the data, but I can't sign it off. I'm not senior enough to sign for nine hundred thousand records, and frankly I don't want to be the name on it when the law library finds something.
B: Don't look at me either. I'll help check, but I'm not signing anything.
H: Right. Well, that's a conversation I need to have, clearly. Leave it with me. I'll have a name for you by next week's call.
R: Thank you. It matters, because without a sign-off Tomasz can't book the final load.
H: I'm sure you'll remind me. I'm going to have to drop, I'm afraid, I'm due in the PVC's office at half past. Rachel, send me the plan when it exists.
R: I'll send the plan round tomorrow, to everyone, with the Christmas dates in.
H: Thank you. Sorry, everyone. Bye.
O: Bye, Helen.
R: Okay. Sunita, single sign-on.
S: Yep. So we'd want students and staff to log into Lectern with their normal university account. You're on Microsoft Entra, I think?
F: We are. Well, IT Services are. We're more like tenants.
S: So how it works is, we give your identity team our SAML metadata, they register Lectern as an app, and they release a few attributes to us. Student number, email, department, that kind of thing. Who's the contact?
F: Callum Reid in the identity team. I invited him to this, but he declined. He said he'd try for next week.
S: Okay. I'll send Callum the metadata and the attribute list by Monday, and copy you in, Fran.
F: Lovely. He'll ignore it until somebody raises a ticket, but lovely.
R: Is there a ticket we should be raising?
F: Probably? I genuinely don't know. Last time we did anything with single sign-on it was the printing system, and that took nine months and an email from the Registrar. I'm not even exaggerating.
R: Noted, and slightly terrifying. Kiosks. Lee, Owain?
L: So the good news is your kiosks speak SIP2, which is the standard, so they'll talk to Lectern fine. It's a config change, not new hardware. We've done about forty of these swaps for other universities. Never had one go wrong. Well. One. We don't talk about that one.
O: That's very reassuring, Lee.
S: What I'll need from Quire is the config details. Which SIP2 version, what firmware, and whether you want a separate login for each kiosk.
L: Our tech team has a sheet for exactly that. I'll get them to send it to you, Sunita, by the end of next week.
S: Perfect.
R: Owain, how many kiosks are there, and where?
O: Six. Two in the main foyer, two on the first floor, one in the law library and one in the twenty-four hour room. I'll email Sunita the serial numbers and where they all are by tomorrow.
L: And if any of them are still the old grey ones, I'll want to know, because those are on firmware from about 2015.
O: Two of them are grey. The law library one's held together with a cable tie.
L: Please don't tell me that.
R: Okay. Bushra, acquisitions.
B: So we've got about six hundred open orders at any one time. More in the spring, when the departments suddenly remember they've got money. Everything sits on a fund code, and the invoices go across to Castlegate, which is the university finance system.
T: For the migration I'd want the open orders, the fund structure and the vendor list. Whatever Athenaeum will give you.
B: That I can do, it's just a report. I'll get you the open orders and the funds and the vendor list by the end of the month.
T: End of the month works.
R: And Castlegate. Is there anyone from finance we should have on these calls?
B: Finance systems. Marion Fairweather. She's lovely, but they're in the middle of their own upgrade, so I wouldn't hold your breath.
R: Okay, we'll come back to finance once Sunita's had a look. Kate, reading lists.
K: Yes. So. The dream is that every module has a reading list, the list goes straight to the catalogue and the ebooks, and students stop emailing me at midnight asking where chapter three is.
R: Ellie, who leads reading lists for us, joins from next week, so I don't want to get ahead of her. But what really helps is a handful of academics who'll actually try it.
K: I'll twist some arms in the department. I'll get you three people before reading week.
R: Before your reading week being, sorry, when is it?
K: It starts on the second of November.
R: So by the thirtieth.
K: By the thirtieth. Three willing volunteers. Well. Three volunteers.
O: Willing's optional.
K: I could maybe get the whole department on it if somebody bought them lunch. Historians will do anything for a sandwich.
R: I'll bear that in mind. Right, anything else? Owain, you had your hand up.
O: Only one thing. Fines. We still charge fines. Ten pence a day on normal loans, a pound an hour on short loan. And I've got a feeling that's going to make the finance link a lot more complicated than it needs to be.
S: It can. Every fine is a transaction somebody in finance has to reconcile.
O: I'm just saying. I'm not suggesting anything. That's well above my pay grade.
F: Everything's above your pay grade, Owain. That's the joy of this place.
R: Let's park that one, it sounds like a Helen question. So, quick recap. Fran's logging the Marrick ticket today, Tomasz's template to Fran by Friday, Fran's loan rules by the twenty-first, Helen's giving us a name by next week, the plan from me tomorrow, Sunita to Callum by Monday, Lee's sheet by the end of next week, Owain's serials tomorrow, Bushra's acquisitions data by the end of the month, and Kate's three volunteers by the thirtieth. Did I miss anything?
T: The test load.
R: Oh, yes. Sorry. What did we say on that?
T: Once I've got the extract I can have it loaded within three working days. But I need the extract.
F: Which needs Marrick. Which needs me. I'm writing it on my hand.
R: Great. Thanks, all. Same time next week.
K: Bye, everyone.
L: Cheers, all.
"""

# ---------------------------------------------------------------- call 2, Thursday 2026-10-15
CALLS[2] = """
R: Morning, everyone. I think we're still waiting for one or two. Ellie, do you want to introduce yourself while people trickle in?
E: Sure. Hi, all. I'm Ellie Furnival, I look after reading lists and training at Lectern. I'll be doing the academic side with Kate, and then the staff training nearer the time. Kate's teaching this morning, by the way, she's sent her apologies.
R: Thanks, Ellie. Fran, any word from Helen?
F: Yes, she's sent apologies. It's the actual Senate today, not the pre-meet. She said to say sorry, and that she's read the plan.
O: She's read the title of the plan.
F: Owain.
O: What? I'm being supportive.
R: Lee's not with us either, he's at a trade show. Callum, thanks for coming, I know you're busy.
C: No worries. Callum Reid, IT Services, identity and access. I've got a hard stop at half past, we're rolling out MFA to the medical school this afternoon. So if I vanish, that's why.
R: Understood. Let's start with you, then. Sunita?
S: Callum, did my stuff get through to you?
C: Yeah, I've got Sunita's metadata file. Came Monday morning. It looks fine. The attributes are fine too, we release all of those to other apps already.
S: Great. So what's next on your side?
C: So there's two bits. Test and production. Test I can just do, we've got a test tenant. I'll set Lectern up in the test tenant by the end of next week, and you can have a play.
S: Brilliant.
C: Production's the awkward bit. Anything that touches the production tenant goes through CAB, the change advisory board. And for that I need a change request raised by the service owner. Not by me, and not by you, Sunita.
R: And who's the service owner?
C: That's the question I was going to ask you.
F: I'd assume it's the library. So, technically, Helen? Or me? Or, honestly, I don't know. Athenaeum never had single sign-on, so nobody's ever had to be it.
O: Don't look at me.
C: It needs to be someone who'll pick up the phone when it breaks at nine o'clock on the first day of term.
F: So definitely not Helen.
T: Someone needs to ask Helen, then, surely.
F: Someone should, yes.
R: Let's come back to that. Callum, when does the CAB meet?
C: Every other Tuesday. The next ones are the twenty-seventh and then the tenth of November. The form has to be in a week before. If you miss the tenth, the one after that is the twenty-fourth, and then it's the Christmas change freeze from the eleventh of December.
T: So realistically the tenth of November.
C: Realistically the tenth. I've sent Sunita the change request form already, this morning, so whoever ends up owning it has got it. It's eleven pages. I apologise in advance.
R: I'll be honest, that worries me. We can test all we like, but without the production change nobody logs in on the fourth of January.
C: Yep. I'm not trying to be difficult, it's just the process. If it were up to me I'd click the button this afternoon.
R: Understood. Fran, Marrick?
F: Ticket's in. Thursday afternoon, straight after the call.
R: And have they come back to you?
F: They have, actually. They'll switch the bulk export on by Monday, they say. For a fee, naturally. I've told them to invoice Bushra.
B: Thanks for that.
F: You're very welcome.
T: If they switch it on Monday, can you run the extract Monday?
F: I could maybe run it Monday night, if nothing else is on fire. Which, this term, is a big if.
R: Okay. Tomasz, the template?
T: That went over on Friday.
F: I've got your template, Tomasz. It's open on my second screen. It's been looking at me all week.
T: Any questions on it so far?
F: One big one. We've got fourteen loan categories in Athenaeum. Fourteen. Standard, short loan, one week, three day, overnight, reference, law reports, law short loan, music scores, DVDs, staff, postgrad research, SCONUL visitors, and one called Misc B that nobody alive can explain.
T: Fourteen's a lot. Most of our customers end up with four or five. Lectern doesn't mind how many you have, but every one of them has to be set up and tested, and your desk staff have to understand them at eight in the morning.
O: I'd keep them, personally. The law library's different, they've got their own rules for a reason. And the music people will riot.
F: The law library's rules are different because a law librarian in 1997 didn't like ours.
O: Well, that is a reason.
T: What about five? Standard, short loan, reference, staff and research, and external visitors. And the law reports just go on short loan.
F: Honestly? Yes. I'd love five. Owain?
O: Fine. Five. But I want it minuted that I said the music people would riot.
R: So we go down to five loan categories instead of the fourteen, and Fran's mapping sheet uses the five. And I'll minute Owain's riot.
F: That makes my sheet about a third of the work, so the twenty-first's still fine.
R: Great. Owain, the kiosk serials?
S: They came. Owain's list came with photos, which was a nice touch. You can see the cable tie.
O: I'm nothing if not thorough.
R: And the plan. Did everybody get it?
O: It's on the wall by the issue desk. The night staff have drawn a skull on the fourth of January.
R: I'll take that as engagement. Now, fines. Owain raised this last week. Sunita, what do you need?
S: So if you carry on charging fines, every fine that's paid or waived has to get to Castlegate somehow. So I need to know what you charge, and for what.
O: I'll send you the fines tariff table. Every rate we've got. By Tuesday.
S: Thanks, Owain.
O: It's a short table. It just has a lot of footnotes.
R: Bushra, finance?
B: I've not spoken to Marion yet. I'll email Marion and ask if Castlegate can take a daily invoice file from Lectern, and I'll have an answer for you before next week's call.
S: If she can take a daily file that's the easiest. If it has to be monthly that's fine too, but reconciling fines gets harder.
R: Okay. Kiosks. Sunita?
S: So Lee's away, but I've been thinking about the network side. The kiosks are on their own little network, aren't they, Owain?
O: They're on the kiosk VLAN. Don't ask me what that means. Fran knows.
F: It means they can talk to Athenaeum's server in the basement and nothing else. Which was the whole point.
S: Right. So with Lectern in the cloud, the kiosks have to reach our SIP2 service over the internet. That needs a firewall rule on your side, from the kiosk VLAN out to our addresses, on one port. And until that's in, the kiosks can't talk to Lectern at all. Not in test, not in live.
C: That's the network team, not us, just so you know. Gordon Lyle's lot.
R: So who raises that?
C: Anyone can. It goes in through the IT portal. But they'll want the IP addresses and the port, and they'll want to know who's asking.
S: I'll write up the firewall details, the IPs and the port and a line on why, and send it to Fran by Monday.
F: And I'll put the request in with networks as soon as it lands. I'll get it in by Wednesday.
C: Sorry, I'm going to have to drop in a minute. The medical school's calling.
R: Before you go, Callum. Test tenant by the end of next week?
C: That's right. Test by the twenty-third. And tell whoever your service owner turns out to be that I don't bite.
F: He does bite.
C: Only during MFA rollouts. Bye, all.
R: Bye, Callum. Thanks. Ellie, reading lists.
E: So I've been emailing Kate. What I'd love to do is a proper demo for her volunteers. An hour, hands on, in one of your training rooms. I'll run the reading lists demo for Kate's colleagues on Tuesday the twenty-seventh, if she can get them in a room.
O: The training rooms are bookable, I'll warn you. And they're all booked.
E: I'll take a broom cupboard with wifi.
F: I've seen the training rooms. A broom cupboard would be an upgrade.
R: Great. The sign-off. Fran, any word from Helen on a name?
F: Not a name, no. She says she's thinking about it and she'll have someone by Tuesday. Her words, not mine.
R: By Tuesday. Okay. Tomasz, anything else?
T: Only that somebody needs to look at the first test load properly when it's in. Not just Fran. Someone who knows cataloguing.
B: That'll be me, I expect.
T: We always do a sample check of a couple of hundred records before anyone signs anything. It's a habit. From a university where we didn't.
B: What happened at that one?
T: Let's just say every Welsh-language title lost its accents and nobody noticed for a month.
B: Brilliant. Okay.
R: Right. I think that's us. Quick recap. Callum's test tenant by the twenty-third. Marrick by Monday. Owain's fines table by Tuesday. Sunita's firewall details by Monday, and Fran puts the request in by Wednesday. Bushra's asking Marion before next week. Ellie's demo on the twenty-seventh. And a name from Helen by Tuesday.
B: Tuesday according to Helen.
R: Tuesday according to Helen. Thanks, all.
O: Cheers, Rachel.
"""

# ---------------------------------------------------------------- call 3, Thursday 2026-10-22
CALLS[3] = """
R: Morning, everyone. Let's give it a minute. Kate, it's nice to have you back.
K: I'm here in body. I've got a seminar at eleven, so I'm all yours until about quarter to.
R: Fran, Helen?
F: No idea. Her diary just says external. Paulette thinks she might be at the Russell Group thing in London, but Paulette thought that last week too and she was in the building.
R: Okay. So no name on the sign-off yet, I'm guessing?
F: No. Nothing since Tuesday. Well, nothing on Tuesday either.
O: She's got it on a Post-it. I've seen the Post-it.
R: Right. That's going on my list. Let's do the data first. Tomasz?
T: Good news, for once. The extract's here.
F: Marrick switched it on Monday, just after lunch. I ran the extract Monday night. It took eleven hours. I went home and it was still going, and I came in the next morning and it was still going.
T: It landed with me Tuesday morning. Nine hundred and twelve thousand bibs, a million and a bit items, forty-one thousand borrowers. There's some oddities, but nothing scary.
B: Define oddities.
T: About six thousand items hanging off bib records that don't exist any more. And a borrower called Mickey Mouse who's had a book out since 2009.
O: That's a test account. I think. Don't delete him, he's got a fine.
T: So. I'll have test load one in the sandbox by Wednesday. Everything except the fines and the acquisitions stuff.
R: Wednesday the twenty-eighth. Lovely. Fran, the loan rules?
F: Ah. So. I'm halfway. The five categories are done, that's the easy bit. The law library bit is a nightmare, because there's about eight exceptions written on a Post-it in the law librarian's drawer, and she's on leave. I'll finish it by Wednesday, honestly.
R: Wednesday being the twenty-eighth as well?
F: The twenty-eighth. I'm sorry. I know I said the twenty-first.
T: That's fine, the first load doesn't need it. The loans just sit on a default policy until the rules are in.
R: Okay. And the firewall. Fran, did that go in?
F: No. So, Sunita's firewall thing is in my inbox, it came on Monday, it's very clear, and I haven't done anything with it. I had a server fall over on Tuesday and then the REF people wanted things.
O: Give it me. The kiosks are mine anyway. I'll put the request in with networks tomorrow.
F: Would you? It's forwarded. There, it's gone.
O: If it needs anything technical I'll come and stand by your desk looking sad.
F: That's how everything gets done here.
R: Thanks, Owain. So the firewall request's with Owain now, going in tomorrow. Sunita, single sign-on?
S: So Callum's not on today. He emailed me last night. He's been pulled onto the MFA rollout for the medical school, which apparently went a bit wrong, and he says the test tenant will be the week after. So the thirtieth, realistically.
R: The thirtieth. And production?
S: Still needs a service owner and a change request. Nobody's filled in the form. I've got the form. It's eleven pages, and it asks for a business justification and a rollback plan, which for single sign-on is, you know, switch it off.
O: Put switch it off and on again. That's IT's answer to everything.
S: Tempting.
R: Right. I'm going to be honest, I'm worried about this. Helen hasn't named anyone for the sign-off, nobody owns the single sign-on change either, and the deadline for the CAB on the tenth is the third. I'm going to write Helen a single page. The decisions we need from her, with dates. I'll have it to her by Monday.
F: Make it half a page. And put the important bit in the subject line.
R: Half a page, subject line. Noted. Okay. Lee, kiosks.
L: Morning, all. So, Sunita, did our config sheet get to you?
S: Lee's config sheet came on Monday. It's great, it answered everything. Except one thing, which is that the two grey kiosks need a firmware update before they'll do the newer SIP2.
L: Yeah. That's the bad news. The grey ones. So the reconfiguration is a site visit, half a day, and the firmware on the grey ones is another half day. That's chargeable, I'm afraid, it's outside the support contract.
O: Of course it is.
S: I should say, we do sell our own kiosks. I'm obliged to mention it. My sales team would like me to tell you they're lovely and they're on offer.
O: How much?
S: About eleven thousand each.
O: Then no. Absolutely not. We'll keep the ones we've got.
F: Six times eleven. We'd have to sell the law library.
R: I think that's a no. So we keep the six Quire kiosks, and Quire reconfigure them. Agreed?
O: Agreed. Cable tie and all.
L: Thanks for the loyalty. I'll send Owain the quote for the reconfiguration and the firmware by Monday.
O: Send it to me. Getting it in front of Helen is another matter.
L: Our engineers get booked up in November, so the sooner the better, honestly.
R: Kate, reading lists. How did the arm twisting go?
K: I've got three victims. Asha Pell, who does early modern, Martin Oduya, who's medieval, and me, which I know is cheating.
R: I'll allow it.
K: And Geography heard about it and now they want in, so I've got Rhys Tanner from Geography as well.
E: Amazing. That's more than we normally get.
K: Actually, while we're on it, I was going to suggest the whole faculty. The whole of Humanities, next semester. If we're doing it, let's do it properly.
E: I love the enthusiasm. But honestly, the first semester of reading lists is when you find out what doesn't work. If you start with six hundred modules, you find out six hundred times.
F: And I'd be the one taking the calls.
O: And the desk. The desk gets the students who can't find the book the list says we've got.
K: Okay, okay. I'm outnumbered.
E: What I'd suggest is History and Geography in semester two. Your four, plus anyone else in those two departments who wants to. And then everyone else next September.
K: Fine. History and Geography. I'll tell the faculty it was my idea.
R: So the reading lists pilot is History and Geography for semester two, and the wider rollout's next September. Ellie, the demo on the twenty-seventh?
E: About that.
K: Yes, sorry, that's my fault. The twenty-seventh is the department meeting, which I forgot because I try to forget it every month. Could we do the Thursday, the twenty-ninth?
E: The twenty-ninth's this call. Can you do the Friday? The thirtieth, at two?
K: The thirtieth at two. They'll moan, but they'll come.
E: And Kate, before then, could you send me the module codes for your four, and whatever reading lists they've got now? Even if it's a Word document.
K: It'll be a Word document, if they've got anything at all. Some of them hand out a photocopy in week one. I'll send you the module codes and whatever lists exist by Wednesday.
E: Perfect, thank you.
K: I have to go and teach sixteenth-century Antwerp to eighteen-year-olds. Wish me luck.
R: Good luck. Thanks, Kate.
K: Bye, all.
M: Hello? Sorry. Is this the library call? Marion Fairweather, finance systems.
R: It is, Marion, hello, thanks for joining. Bushra said you might be able to give us ten minutes.
M: Ten minutes, yes. Sorry I'm late, I was in another call about the upgrade, which is all I'm ever in at the moment.
B: Marion, did my email make sense?
M: I had Bushra's email, yes, it made perfect sense. So the short answer is yes, Castlegate can take a daily file. We do it for the estates system already. But I have to be straight with you. We're upgrading Castlegate at the moment, and my team isn't going to touch a new interface until the upgrade's bedded in. That's the middle of November at the earliest.
S: So without your file spec I can't build the finance link at all. Invoices or fines.
M: I know. I'm sorry. The spec exists, it just needs updating for the new version, and I can't do that until we've upgraded.
R: When could we realistically have it?
M: We go live with the upgrade on the sixteenth. Give me the week after that. I'll send Sunita the interface spec by the twentieth of November.
S: The twentieth of November. Okay. That leaves us about five working weeks before the Christmas closure to build and test it.
M: I know. If the upgrade goes well I could maybe get it to you sooner, but I wouldn't plan on it. Upgrades never go well.
B: Last time Castlegate upgraded, the purchase ledger was down for nine days and we paid nobody. I'm just saying.
M: It was seven days. And we don't talk about it.
R: Thanks, Marion. We'll take the twentieth.
M: Thanks. I have to jump. Bushra, I'll see you at the fund meeting.
B: See you there.
R: Okay. Bushra, anything else from acquisitions?
B: The data for Tomasz is on track. End of the month, like I said.
T: The thirtieth's fine.
R: Owain, the fines table?
O: Ah. No. Haven't done it. Freshers is still going on at the desk, we've had four hundred library card problems this week. I'll do it Monday.
S: Monday's fine, I can't do much with it until Marion's spec anyway.
O: See, there's always a silver lining.
R: Anything else? Fran?
F: Only that I won't be at the start of next week's call. I've got the REF panel until ten past. I'll join late.
R: Noted. Recap, then. Tomasz's test load one by Wednesday. Fran's loan rules also Wednesday. Owain's firewall request tomorrow, and the fines table Monday. Lee's quote Monday. Kate's module codes Wednesday. Ellie's demo moved to Friday the thirtieth. Marion's spec by the twentieth of November. Callum's test tenant slipped to the thirtieth. And my half a page to Helen by Monday. Thanks, all.
L: Cheers, everyone.
O: Bye.
"""

# ---------------------------------------------------------------- call 4, Thursday 2026-10-29
CALLS[4] = """
R: Morning, all. Helen, it's lovely to see you.
H: Morning. I've got twenty minutes, Rachel, and then I'm in with the PVC. So can we do my things first?
R: Of course. That's why they're at the top.
H: I read Rachel's page on the train. Twice. It's very clear, and it made me feel very guilty, which I assume was the intention.
R: It was a little bit the intention.
O: Fran's not on yet, by the way. She's in the REF panel, she'll join late.
H: Then we'll manage without her. So. Three things. The sign-off first. Bushra, I'm sorry to do this to you, but you're the data migration sign-off. You know the records better than anyone in the building, and Fran can do the checking with you.
B: Right. Okay. Well, I'd want it in writing that I'm only signing for what I can actually check.
H: You'll have it in writing. That's fair. The buck stops with me, it's just your name on the form.
T: That's great, thank you. It means I can book the final load for the twenty-eighth of December.
R: Okay. So Bushra signs off the data migration, with Fran doing the checks. Second thing was fines.
H: Yes. I've wanted to do this for three years, and this is my excuse. We're going fine-free. From January there are no overdue fines on normal loans. We only charge for lost and damaged books. Owain's been telling me for years that fines cost more to collect than they bring in.
O: About four thousand a year in. And I'd guess twelve in staff time. Plus the crying.
B: Can I just ask about short loan, though? If there's no fine, the short loan books will never come back.
H: Short loan gets blocked. You keep it late, your account's blocked until it's back. No money changes hands.
O: Fran wanted me to say something, before she went into her panel. She'd keep the fines but cap them at ten pounds.
H: No. A capped fine is still a fine. It's still a till, it's still a finance transaction, it's still a student crying at the desk. Fine-free. Lost and damaged only.
S: For what it's worth, that makes the finance link a lot simpler. It's just the lost book charges and the invoices.
O: So I don't need to do that fines table, then?
H: You don't.
O: Best news I've had all term. It was half done anyway. Well. Started. Well. Opened.
R: Okay. So, no overdue fines from January, only lost and damaged items get charged, and Owain's fines table is off the list. Helen, do we need to tell anyone above you?
H: I need to tell Ian Lockhart before the students' union gets wind of it, or he'll be annoyed, and he'll be right. I'll email the PVC by Monday.
R: And the third one was single sign-on. The service owner.
H: Owain. Sorry, Owain. It's a service to students and you're the person they'll shout at anyway. Callum, is that all right with you?
C: Any named human is fine with me. Owain, I'll talk you through the form. The deadline for the CAB on the tenth is next Tuesday, the third.
O: Great. Eleven pages.
C: Ten, if you skip the appendix.
O: Right. I'll get the change request in by Tuesday.
H: And the Quire quote. Owain, you forwarded it to me.
O: Lee's quote came Monday. Three thousand four hundred, for the reconfiguration and the firmware on the two grey ones. And Lee says they won't book the engineer until they've got a purchase order. They've been burnt before, apparently.
H: I'll sign it. I'll get Paulette to raise the PO tomorrow and I'll sign it wherever I am.
O: Wherever you are is the problem, Helen.
H: I'll sign it in a car park if I have to. Right. I'm late. Rachel, thank you for the page. Bushra, thank you. Owain, sorry. Bye, all.
B: Bye, Helen.
R: Okay. Callum, since you're here. The test tenant.
C: That's in. I did it on Tuesday. Sunita's already had a go.
S: I have. It works. I logged into the Lectern sandbox as Test Student Nine. Which was a moment.
C: Test Student Nine has been with us a long time. Nobody knows what happened to the first eight.
R: Owain, the firewall request?
O: Raised. Friday morning, like I said. It's in the network team's queue, reference ends four four seven one. Nothing since.
C: Gordon's on leave, that's why. He's back on the ninth, and the rest of his team won't touch a firewall change without him.
S: So the kiosks can't reach the sandbox until the ninth at the earliest.
C: I'll go and see Gordon's deputy tomorrow and ask if anyone can do it before he's back. Actually, no, there's no point, they won't. I'll walk over to the network office tomorrow and get it flagged for Gordon for the day he's back. That's the realistic thing.
S: Thanks, Callum.
T: If it's not done by the ninth, I could maybe mock up a kiosk on my laptop, but it's not the same thing.
R: Let's hope it doesn't come to that. Tomasz, the test load.
T: Test load one is in. Since Tuesday afternoon. Everything except the fines and the acquisitions data.
F: Hello, sorry, sorry, I'm here. REF panel. What have I missed?
R: Hi, Fran. Quite a lot. Bushra's the migration sign-off, we're going fine-free from January, Owain's the SSO service owner, and Tomasz was just saying test load one's in.
F: It is. I've been in the sandbox since Tuesday. I found my own library record. Apparently I owe eleven pounds forty.
O: We're fine-free from January. You've got till then to pay up.
F: Wait, fine-free? Actually fine-free? Helen said yes?
O: Helen said yes. You missed it.
F: I miss everything good. Did she say anything about my cap?
O: She said no. Quite firmly.
F: Fair enough.
R: Fran, the loan rules?
F: Done. Sent them over Tuesday night. Late.
T: Fran's spreadsheet came in Tuesday night. All five categories, and the law library exceptions on a separate tab, which I appreciate.
F: The law librarian came back from leave and I cornered her by the kettle.
R: Brilliant. So what's next on the data?
T: Two things. First, Bushra, now you're the one signing it off, I'd like you to do a proper sample check on load one. Two hundred records. Pick them however you like, but put some weird ones in.
B: I can do that. I'll check two hundred records and send you a list of what's wrong by next Thursday's call.
T: Second, load two. I want to do a second test load with the borrowers mapped properly, the fines stripped out now we're fine-free, and the acquisitions data in. So for that I need the acquisitions data from Bushra, and the patron categories from Fran.
B: Ah. Yes. About the acquisitions data.
R: Go on.
B: I haven't run it. I'm so sorry. We had the fund allocation meeting and then half the departments wanted their money moving around. I'll get it to you by the end of next week.
T: End of next week, so the sixth. That's okay. I can start load two without it and drop it in.
F: And what do you need from me, Tomasz? Patron categories?
T: Yes. Which borrower types you've got in Athenaeum, and what each one becomes in Lectern. Undergrad, postgrad, staff, external, that sort of thing. With numbers, if you can.
F: That's easy. I'll send you the list of patron categories on Monday.
T: Then I'll do load two a fortnight tomorrow. The thirteenth.
R: The thirteenth of November. Thanks. Fran, one more for you. No more extracts, right? Load two runs off the one you've already done?
F: I'm not running another eleven-hour extract before Christmas. Whatever anyone says.
T: You won't need to. I'll work from Tuesday's files.
R: Sunita, finance. I know we're waiting on Marion.
S: We are. But I don't want to sit on my hands, so I'm going to draft the finance mapping from the old spec, the one Bushra dug out, and then update it when Marion's new version comes. Bushra, I'll send you a first draft of the finance mapping by Wednesday.
B: Lovely, thanks.
E: Can I jump in on reading lists before I lose my signal?
R: Go ahead, Ellie.
E: Kate's sent apologies, she's teaching. But the demo's all set for tomorrow at two. Four academics, one room, actual working wifi, I'm told.
O: Told by whom?
E: By Kate.
O: Kate's an optimist.
E: The other thing is, once the pilot's up, the desk will get questions about lists. So at some point I'll want to train Owain's team.
O: Oh good. I'll have the night staff trained on it by Monday, then. In their sleep.
E: After Christmas is fine, Owain.
R: Okay. Lee's not on today, and no word that I've had. Has anyone heard from Quire?
O: Only the quote. Nothing since.
C: I'm going to have to go, I've got the MFA post-mortem. Owain, my door's open if the form gets silly.
O: Thanks, Callum.
R: Right. Recap. Bushra signs off the migration. Fine-free from January. Helen's emailing the PVC by Monday and getting the PO raised tomorrow. Owain's change request by Tuesday. Callum's going over to the network office tomorrow. Bushra's sample check by next week's call, and the acquisitions data by the end of next week. Fran's patron categories Monday. Load two on the thirteenth. Sunita's draft mapping by Wednesday. Ellie's demo tomorrow.
F: And somebody should really tell the students' union before they read it on Instagram.
R: I think that's Helen's, via the PVC. Thanks, all.
O: Cheers.
"""

# ---------------------------------------------------------------- call 5, Thursday 2026-11-05
CALLS[5] = """
R: Morning, all. Hopefully a quicker one today. Helen's sent apologies, she's at the winter graduation rehearsal. And Callum's sent a note, he's got a CAB prep meeting. So it's us.
O: Graduation rehearsal. She walks across a stage and sits down. How much rehearsal does that need?
F: You've not seen her in the gown. It's a whole process.
R: Owain, shall we start with you? You've had a busy week, I think.
O: I have, for once. The change request's in. Submitted Monday night. Ten pages, no appendix. Callum's looked it over and it's on the agenda for the tenth.
R: That's fantastic. Thank you.
O: Don't thank me yet. CAB could still say no.
S: They won't say no. They'll ask for a rollback plan.
O: It's got one. It says switch it off.
R: And the PO?
O: The PO went to Quire on Monday. Paulette raised it and Helen signed it from a hotel in Edinburgh, apparently.
L: Can confirm. Our accounts team had it Monday afternoon. So I've booked Dean, our engineer. He's on site on the seventeenth, a Tuesday, for the whole day. He'll do the reconfig on all six and the firmware on the two grey ones.
R: Brilliant. Sorry you missed last week, Lee.
L: Yeah, sorry about that. I was in a van outside Carlisle with no signal. Not my finest week.
R: Does Dean need the firewall open on the day?
L: He does. Otherwise he's just reconfiguring kiosks that can't talk to anything. Which he'll still charge you for, I'm obliged to say.
O: So. Callum did go over to the network office. Friday, he says. He left a note on Gordon's desk and put a flag on the ticket. Gordon's back Monday, and Callum says Gordon'll do it Monday, it's a two-minute job for him.
S: Famous last words.
O: That's exactly what I said.
R: So the firewall on the ninth, and Dean on the seventeenth. Lee, one question while I've got you. On go-live, can Dean switch the kiosks over on the fourth of January?
L: Ah. So that's the other thing I needed to tell you. Our engineers are off from the twenty-third of December until the eleventh of January. The whole company shuts. I can't get anybody to you on the fourth.
O: You're joking.
L: I wish I was. We've had this before, at Huddersfield. They ran the desk by hand for a week, and honestly it was fine.
R: Okay. Options. One, we move the whole go-live to the eleventh of January, so everything goes together.
F: No. The Christmas closure's the only window we've got. On the eleventh the students are back in the building, and the January exams start on the twelfth.
O: And I'm not doing a cutover with exam students in the building. Over my dead body.
R: Fair. Two, everything else goes live on the fourth as planned, the kiosks stay off for the first week and come up on the eleventh, and the desk issues everything by hand that week.
O: It's January. It's dead until the exams. I can live with a week at the desk, with an extra person on.
F: Fine by me.
T: Works for me. The kiosks don't change anything in the data.
R: I can't make Helen's decisions for her, but we're the project. Are we agreed?
O: We're agreed. Helen will agree. She hates the kiosks anyway.
R: Okay. So go-live stays Monday the fourth of January, the kiosks come up on Monday the eleventh, and the desk issues by hand for that first week. That'll be in the notes for Helen.
L: Thanks. And sorry. If it helps, Dean says he could maybe come in on the Saturday before, the ninth, if you paid the weekend rate. But it's a lot.
O: It's not going to help, Lee, no. Not at weekend rates.
R: Tomasz. Data.
T: So load two's still on for the thirteenth. Bushra, how's the sample check going?
B: I've done about eighty. Eighty out of the two hundred. Mostly fine. The Welsh accents survived, you'll be pleased to hear.
T: I am very pleased to hear.
B: But the serials holdings are a mess, and about a dozen music scores have come across as books. I'll finish the two hundred by Wednesday and send you the list then.
T: Wednesday the eleventh. That's fine, as long as I have it before load two.
B: And before you ask, the acquisitions data. It's nearly there. Tomorrow. Or Monday. Let's say Monday.
T: Monday the ninth.
B: Monday. I'm not promising tomorrow, I'm at the fund meeting all day.
R: Sunita, the finance mapping?
S: So, that's half done. I've mapped the invoice side from the old spec. The lost-book charges I can't do until I see how Marion's new version handles them. So I'm a bit stuck until her spec turns up, really.
B: I've seen the half. It's a good half.
R: Has anyone heard from Marion?
B: I saw her at the fund meeting on Tuesday. The upgrade's still on for the sixteenth, and she's still saying the twentieth for the spec.
T: Castlegate upgrades. You told us the last one took nine days.
B: Seven. Marion would want me to say seven.
F: Can I raise something? Has Helen actually told Professor Lockhart about going fine-free?
O: Not that I know of. Why?
F: Because Lockhart stopped me in the corridor yesterday and asked me why the students' union newsletter says we've abolished fines. So either Helen told the union first, or someone on the desk did.
O: It wasn't the desk. Probably. Possibly Jamal.
F: It was Jamal.
R: Okay. Well, that one's between Helen and the PVC now, I think.
K: Can I do reading lists? I've got a tutorial at quarter past.
R: Go on, Kate.
K: Ellie's session on Friday was brilliant. Asha's already built two lists, Martin built one and then deleted it by accident, and Rhys has built one for a module that doesn't exist yet.
E: They were great. Properly hands-on. And thank you for the module codes, Kate.
K: I'm sorry they came as a photo of a Post-it.
E: It was a very legible Post-it.
K: One thing they all asked. Can the lists link to the ebooks through the university login? Because if they can't, the students will just go to Google.
S: They can, once single sign-on's in production. Which is the tenth, if the CAB says yes.
K: And if the CAB says no?
S: Then we'll be having a very different conversation.
K: I could maybe get the Geography second years on it too, if Rhys stops building lists for imaginary modules.
E: Let's get your four through semester two first.
K: Fair. Right, I'm off to teach. Bye, all.
E: Bye, Kate.
R: Ellie, anything else?
E: Just the desk training. I'd still like to do a session for Owain's team before the end of term, if you can free them up, Owain.
O: I'll see. December's tricky. Ask me again after the seventeenth.
R: Okay. Anything else from anyone? Fran?
F: No. Well. Just that I'm on leave the week of the sixteenth, so if anyone needs anything from me, get it in before then.
R: Noted. Recap. Change request's in for the CAB on the tenth. PO's done and Dean's on site on the seventeenth. The firewall's with Gordon on Monday. The kiosks come up on the eleventh of January, desk by hand for the first week. Bushra's sample check by Wednesday and the acquisitions data Monday. Load two on the thirteenth. Marion's spec on the twentieth. Thanks, all. Same time next week.
O: Cheers, Rachel.
L: Bye, all.
"""


def stamp(t):
    s = int(t)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def render(n, script):
    rng = random.Random(5200 + n)
    lines, t, prev = [], rng.uniform(2.0, 6.0), None
    texts = []
    for k, raw in enumerate(l for l in script.strip().splitlines() if l.strip()):
        code, text = raw.split(":", 1)
        name, text = NAMES[code.strip()], text.strip()
        assert name != prev, f"call {n} line {k + 1}: {name} twice in a row"
        assert ":" not in text, f"call {n} line {k + 1}: colon in turn text"
        lines.append(f"{stamp(t)} {name}: {text}")
        texts.append(text)
        words = len(text.split())
        t += max(1.5, words / (2.5 * rng.uniform(0.9, 1.1))) + rng.uniform(0.3, 1.4)
        prev = name
    speakers = {l.split(" ", 1)[1].split(":")[0] for l in lines}
    return "\n".join(lines) + "\n", len(lines), len(speakers)


def check_gold(here, texts):
    """Assert every gold quote is verbatim in its call and that dates and events are consistent."""
    gold = json.loads((here / "gold.json").read_text(encoding="utf-8"))
    errs = []
    calls = {int(k): v for k, v in gold["calls"].items()}
    assert calls == DATES, "gold calls differ from DATES"
    as_of = gold["as_of"]

    def has(call, quote, what):
        if quote not in texts[call]:
            errs.append(f"{what}: quote not verbatim in call {call}: {quote!r}")

    ids = [c["id"] for c in gold["commitments"]]
    assert len(ids) == len(set(ids)), "duplicate commitment ids"
    overdue, open_end, dropped, reassigned = [], [], [], {}
    for c in gold["commitments"]:
        w = c["id"]
        has(c["first_call"], c["quote"], w)
        due = c["due"]
        done = dropped_at = None
        prev_call = c["first_call"]
        for e in c["events"]:
            if e["call"] < c["first_call"] or e["call"] < prev_call:
                errs.append(f"{w}: event {e} before first_call or out of order")
            prev_call = e["call"]
            if e["type"] == "slipped":
                if due and e["new_due"] <= due:
                    errs.append(f"{w}: slip at call {e['call']} does not move later ({due} -> {e['new_due']})")
                if e["new_due"] <= calls[e["call"]]:
                    errs.append(f"{w}: slip at call {e['call']} to a date not after the call")
                due = e["new_due"]
            elif e["type"] == "done":
                if e["call"] <= c["first_call"]:
                    errs.append(f"{w}: done at or before first_call")
                done = e["call"]
            elif e["type"] == "dropped":
                dropped_at = e["call"]
            elif e["type"] == "reassigned":
                reassigned[w] = e["new_owner"]
                if e["new_owner"] not in c.get("reassigned_to", []):
                    errs.append(f"{w}: reassigned event owner not in reassigned_to")
            else:
                errs.append(f"{w}: unknown event type {e['type']}")
        if c.get("dropped_call") != dropped_at:
            errs.append(f"{w}: dropped_call {c.get('dropped_call')} vs dropped event {dropped_at}")
        if dropped_at:
            dropped.append(w)
        if c.get("reassigned_to") and w not in reassigned:
            errs.append(f"{w}: reassigned_to without a reassigned event")
        if done is None and dropped_at is None:
            open_end.append(w)
            if due and due < as_of:
                overdue.append(w)
        if due is not None and due < calls[c["first_call"]]:
            errs.append(f"{w}: due before first mention")
        if not all(k == k.lower() for k in c["keywords"]):
            errs.append(f"{w}: keywords must be lower case")
    if sorted(overdue) != sorted(gold["overdue_as_of"]):
        errs.append(f"overdue_as_of {gold['overdue_as_of']} != computed {overdue}")
    if sorted(open_end) != sorted(gold["open_at_end"]):
        errs.append(f"open_at_end {gold['open_at_end']} != computed {open_end}")
    if sorted(dropped) != sorted(gold["dropped"]):
        errs.append(f"dropped {gold['dropped']} != computed {dropped}")
    if sorted(reassigned) != sorted(gold["reassigned"]):
        errs.append(f"reassigned {sorted(gold['reassigned'])} != computed {sorted(reassigned)}")
    for nc in gold["non_commitments"]:
        has(nc["call"], nc["quote"], f"non-commitment ({nc['speaker']})")
    for b in gold["blockers"]:
        has(b["raised_call"], b["quote"], b["id"])
        if b["cleared_call"] is not None and b["cleared_call"] <= b["raised_call"]:
            errs.append(f"{b['id']}: cleared before raised")
        if not b["party_aliases"] or any(a != a.lower() for a in b["party_aliases"]):
            errs.append(f"{b['id']}: party_aliases must be lower case")
    for d in gold["decisions"]:
        if "quote" in d:
            has(d["call"], d["quote"], d["id"])
        else:
            errs.append(f"{d['id']}: no quote to check")
    for p in gold["proposals_not_agreed"]:
        if p["call"] not in calls:
            errs.append(f"proposal in unknown call {p['call']}")
    for n, who in gold["attendance"].items():
        if n == "note":
            continue
        spoke = {NAMES[l.split(":", 1)[0].strip()].split()[0] for l in CALLS[int(n)].strip().splitlines() if l.strip()}
        if set(who) != spoke:
            errs.append(f"attendance call {n}: gold {sorted(who)} vs speakers {sorted(spoke)}")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print(f"gold.json OK: {len(gold['commitments'])} commitments, {len(gold['non_commitments'])} non-commitments, "
          f"{len(gold['blockers'])} blockers, {len(gold['decisions'])} decisions; all quotes verbatim")


def main():
    here = Path(__file__).resolve().parent
    (here / "calls").mkdir(exist_ok=True)
    texts = {}
    for n, script in CALLS.items():
        text, turns, speakers = render(n, script)
        (here / "calls" / f"call-{n}.txt").write_text(text, encoding="utf-8")
        texts[n] = text
        print(f"call-{n}.txt ({DATES[n]}): {turns} turns, {speakers} speakers")
    if (here / "gold.json").exists():
        check_gold(here, texts)


if __name__ == "__main__":
    main()
