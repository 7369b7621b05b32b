#!/usr/bin/env python3
"""Generate the six Hawksmoor Buses scheduling-migration calls as Microsoft Teams transcript .docx exports.

Usage (python-docx needed):  /work/main/.venv/bin/python evals/data/audits/hawksmoor/make_calls.py

Layout of each file (Teams "Download as .docx"):
    header paragraphs: recording title, date and time, duration, "<host> started transcription"
    per turn: one paragraph "Full Name   M:SS" (three spaces, elapsed time), then one paragraph of speech
    footer: "<host> stopped transcription"
Times are deterministic: each turn lasts roughly its word count at ~2.5 words/s plus a short pause,
clamped to 2-40 s. Also writes calls/call-N.script.md, a plain-text copy for reading (not used by run.sh).
Synthetic content written for this audit.
"""
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "calls"
HOST = "Orla Quigley"

PEOPLE = {
    "Orla": "Orla Quigley",            # Shiftwell (vendor) project manager, host
    "Marek": "Marek Novotny",          # Shiftwell scheduling/rostering consultant
    "Hannah": "Hannah Sayer",          # Shiftwell payroll integration consultant
    "Malcolm": "Malcolm Hendry",       # Hawksmoor operations director, sponsor (irregular)
    "Anita": "Anita Holroyd",          # Hawksmoor head of scheduling, customer project lead
    "Barty": "Bartholomew Iredale",    # Hawksmoor IT manager, called "Barty" by everyone
    "Craig": "Craig Dunmore",          # Eastgate depot manager (pilot depot)
    "Rhona": "Rhona Tolland",          # Hawksmoor payroll manager (on leave 2-13 Nov)
    "Len": "Len Gorringe",             # union branch rep, Eastgate driver
    "Joel": "Joel Amadi",              # Faretek (ticket machine supplier) integration engineer
}

CALLS = {}

# ------------------------------------------------------------------ call 1: Tue 2026-10-13
CALLS[1] = ("October 13, 2026, 10:00AM", "20261013", """
Orla: Okay, I think that's most people. Morning all. Can everyone hear me alright?
Anita: Yes, morning Orla.
Craig: Morning. I'm in the depot, so if you hear a bus reversing, that's me, not the line.
Orla: Ha, noted. Right. So this is the first of our weekly calls for the scheduling move, DutyMaster over to Shiftwell. From our side I've got Marek and Hannah. I've got Anita, Barty, Craig, Rhona and Len, and Malcolm's joined us as well. Malcolm, thanks for making the time.
Malcolm: I've got about fifteen minutes, then I'm with the traffic commissioner's people, so go easy on me.
Orla: We'll do the big things first then. First one is which depot goes first. We'd talked about Eastgate.
Malcolm: Eastgate, yes. It's the smallest of the four, Craig's got a settled team, and if it goes wrong it goes wrong on sixty buses, not a hundred.
Craig: Sixty-two. But yeah, we're happy to go first. Well. Happy's a strong word.
Anita: From scheduling's point of view Eastgate's the cleanest as well. Fewer split duties, the rest-day patterns are pretty straightforward.
Orla: Okay, so we're agreed, Eastgate is the pilot depot, and Fellside, Harrowfield and Quayside follow once it's bedded in.
Malcolm: Agreed.
Orla: Great. Malcolm, while I've got you. The kiosk licences. The screens in the depot where drivers check their duties, that's a separate licence line and we can't provision them without a purchase order.
Malcolm: Yes, I saw the quote. It's fine, it's in the budget. I'll get the PO signed off by the end of the month.
Orla: Lovely, thank you.
Malcolm: And before anyone asks, no, I can't move the December timetable change. It's registered, it's happening, so whatever we do fits around it. Oh, I'll just ring the traffic commissioner and ask for a few more weeks, shall I.
Len: Wouldn't hurt to ask.
Malcolm: Ha. Right, I'm going to drop off. Anita's got my proxy on anything sensible.
Anita: Thanks Malcolm.
Orla: Okay. Um. Marek, do you want to talk us through the duty rules bit?
Marek: Yes, thank you. So, the way Shiftwell works, every rule your drivers work to, maximum spreadover, meal relief windows, minimum rest between duties, Sunday rates, all of it goes into what we call the rules workbook. We fill it in together and then I configure from it.
Anita: Is that a spreadsheet?
Marek: It's a spreadsheet, yes. I'll send you the rules workbook straight after this call. There's a tab with examples from another operator, so you can see what a finished one looks like.
Anita: Great.
Marek: And the other thing I need is the actual Eastgate duties and rosters out of DutyMaster. The whole current schedule. Duties, running boards, roster lines.
Anita: That's me. When do you need it?
Marek: Honestly? Yesterday. But realistically, when could you do it?
Anita: Not this week, the schedulers are doing the December bids. Um. The 23rd? Friday the 23rd.
Marek: Friday the 23rd is fine.
Anita: Okay, then you'll have the Eastgate export by the 23rd. Duties, boards and roster lines.
Marek: And if it helps, I could come up to Eastgate and sit with the schedulers for a day, see how they actually build the rosters.
Anita: Maybe. Let's see where we are in a couple of weeks.
Orla: Barty, access.
Barty: Yeah. So it'll be single sign-on through our Microsoft tenant, same as everything else. I just need to create the test accounts. How many schedulers are we talking about?
Anita: Six of us. Me and five.
Barty: Six. I'll have the test logins for the six schedulers set up by Thursday.
Orla: Brilliant. Thanks Barty.
Hannah: Can I jump in on payroll?
Orla: Go on, Hannah.
Hannah: So the output of all this for payroll is the weekly export. Hours, allowances, overtime, all coded so your payroll system can import it. Rhona, that's Ledgerline, isn't it?
Rhona: Ledgerline, yes. Version nine. Don't ask.
Hannah: Okay. So I need two things. Every pay code you use today, and ideally a sample of the file DutyMaster sends you. And the bigger one, I need Ledgerline's import specification, because until I know what format they'll accept, I can't build the export at all. I can build the screens but not the file.
Rhona: Ledgerline are... slow. I'll be honest. I've emailed them twice already about something else.
Hannah: Who's your contact there?
Rhona: A chap called Derek. When he answers.
Orla: Let's put that down as a blocker then. We're waiting on Ledgerline for the import spec. Rhona, the pay codes?
Rhona: Leave it with me. I'll dig out the pay code list and a sample file. You'll have both by Monday.
Hannah: Monday's perfect.
Rhona: I used to reconcile the DutyMaster file against the timesheets by hand every week, so I know exactly where the bodies are buried.
Orla: Len, you've been quiet.
Len: I've been listening. Look. The lads aren't against this, right, they're against surprises. Last time we changed systems, two thousand and, what, eleven, half the depot got paid wrong for a month.
Rhona: Twelve. It was twelve.
Len: Twelve then. Point is, the rules that go in Marek's workbook come from the 2019 agreement. Not from what people think the agreement says.
Marek: That's exactly what I want. Have you got a copy?
Len: I've got the signed one at home, in a drawer somewhere. I'll dig it out and bring it next Tuesday.
Marek: Perfect, thank you.
Orla: Craig, what do you need from us, and what do we need from you?
Craig: What you need from me, I'm guessing, is drivers. Names, staff numbers, rest days.
Marek: Yes, the driver list with the rest-day patterns, and licence expiry dates if you've got them.
Craig: Yep, can do. Mandy in the office keeps all that. Friday alright?
Marek: Friday's great.
Craig: And what I need from you is, don't make my drivers install something that eats their phone battery.
Marek: The app's quite light. You'll see.
Orla: Okay. Anything else from anyone? No? Barty?
Barty: Just, the kiosks will sit on our depot network, so at some point I'll need the spec. Not urgent.
Orla: Noted. That comes once the licences are sorted. Okay, same time next week, everyone. Thanks all.
""")

# ------------------------------------------------------------------ call 2: Tue 2026-10-20
CALLS[2] = ("October 20, 2026, 10:00AM", "20261020", """
Orla: Morning everyone. Give it a minute, a few people are still joining.
Len: Morning. Is it just me or is Teams saying I'm presenting?
Barty: You're not presenting, Len. You're fine.
Len: Thank God for that.
Orla: Okay. Malcolm's sent apologies. Anita, do you know where he is?
Anita: He's at the council all morning about the bus lane on the ring road. He said carry on without him.
Orla: Right. And we've got Joel from Faretek with us for the first time. Joel, do you want to say hello?
Joel: Hi all. Joel Amadi, integration engineer at Faretek, so I look after how the ticket machines get their duty information. I'll join whenever it's relevant.
Orla: Welcome. Let's go round last week's actions quickly. Anita, the workbook?
Anita: Yes, thanks for the workbook, Marek, it came through last Tuesday afternoon. We've started on it. The meal relief tab is going to be fun.
Marek: It always is.
Anita: And Barty, the logins work, all six of us are in the test system now.
Barty: Good. There was one hiccup with Kamal's account, but it's sorted.
Orla: Great. Craig, the driver list?
Craig: Mandy sent it Friday, didn't she, Marek?
Marek: She did, yes, I've got the Eastgate driver list. Two hundred and twelve drivers, rest days and all. Only a few licence dates missing.
Craig: Those'll be the agency lads. They're on a different system.
Orla: Len, did you find the agreement?
Len: Found it, scanned it, sent it to Marek this morning. All forty-one pages. There's a coffee ring on page twelve, that's not mine.
Marek: Got it, thanks Len. I've skimmed it already, actually, and this is where I want to raise something.
Orla: Go on.
Marek: There are three clauses where I honestly can't tell how to configure them. Spreadover on split duties, whether meal relief has to be taken at the relief point or can be back at the depot, and how the Sunday rate works when a duty crosses midnight. So I've written an interpretation sheet, how I'd read each one. But I can't finalise the Eastgate rules until the union has agreed those readings, because if I guess, we're back to people getting paid wrong.
Len: Right. And I'm telling you now, I'm not signing anything on behalf of the branch. That's not how it works. It goes to the committee.
Anita: When does the committee meet?
Len: First Wednesday of the month. So the 4th.
Orla: Can it go on the agenda for the 4th?
Len: Yeah. I'll take Marek's sheet to the committee on the 4th. I can't promise what they'll say, mind, but it'll be in front of them.
Orla: That's all we can ask. So that's a blocker until the 4th, the rules are waiting on the branch committee.
Orla: Rhona, pay codes?
Rhona: Ah. No. I'm sorry. It's month end and we had the backdated pay award to put through. It's not done. Thursday. I'll get it to Hannah on Thursday.
Hannah: Thursday's fine. And on Ledgerline, good news, sort of. I got hold of Derek.
Rhona: You got hold of Derek?
Hannah: I rang at eight in the morning. He says Ledgerline will send the import spec by Friday the 23rd.
Rhona: I'll believe it when I see it.
Hannah: Well, if they don't come through, we could always write the file in the old DutyMaster layout and let Ledgerline's existing import deal with it.
Rhona: No, I don't want that. That's exactly how we got the 2012 problem.
Hannah: Fair enough. And while we're on payroll. I'd suggest one parallel run. Old and new side by side for one pay week, compare, then switch.
Rhona: One isn't enough. The first week always has teething problems. I want two full pay weeks in parallel before I switch Ledgerline over to the new file.
Anita: I'm with Rhona. The drivers won't forgive us a bad pay week.
Orla: Okay. So, decided, two parallel pay weeks before payroll switches over. Hannah, are you okay with that?
Hannah: Yes, fine. It's the safer answer. I'll have a first draft of the export mapping by the 30th, assuming Derek's spec actually turns up.
Orla: Barty, the file has to get from Shiftwell into Ledgerline somehow.
Barty: Yeah, that's SFTP onto the payroll server, which means a firewall change. I'll raise the change today. It goes to CAB Thursday, so realistically it'll be live by next Tuesday.
Orla: Perfect. Joel, ticket machines.
Joel: So, um, at the moment DutyMaster drops a file every night with the next day's duties, and the machines pick it up when they're docked at the depot overnight. The driver logs on with a duty number and the machine knows the route, the fare stages, all that.
Marek: We can produce a nightly file, that's standard. I just need your format.
Joel: I'll send you the duty file spec by the end of the week. There's a newer version than the one DutyMaster uses.
Marek: Great.
Joel: And the other thing, Orla, you'd mentioned a live feed.
Orla: Yes, so ideally the machines get duty changes live. If a controller swaps a duty at six in the morning, the machine knows.
Joel: Our developers are already building an API connector for another customer. Faretek will have the API connector ready to test by the 6th of November.
Craig: Live would be lovely. At the minute if we swap a duty, the driver keys it in by hand and half of them get it wrong.
Orla: Marek, the duties load?
Marek: So once Anita's export lands on the 23rd I'll load the Eastgate duties into the test tenant. I'll have them all in by the end of next week.
Anita: Friday the 30th, then.
Marek: Yes.
Orla: Craig, you mentioned the drivers and the app. Do we want a demo for them?
Craig: I'd like to get some drivers in front of it before it's forced on them. I'll get a dozen drivers in the canteen one morning. Say Thursday the 29th?
Orla: Thursday the 29th. Perfect.
Len: Make it after the early runs have gone out. Half nine. Otherwise you'll get nobody.
Craig: Half nine, yeah.
Orla: Okay. Anything else? No? Thanks all, speak next week.
""")

# ------------------------------------------------------------------ call 3: Tue 2026-10-27
CALLS[3] = ("October 27, 2026, 10:00AM", "20261027", """
Orla: Morning. Shall we make a start? Malcolm's not on, and I haven't heard from him. Anita, anything?
Anita: Nothing from me. His diary says he's free, so he may just turn up.
Orla: Okay. Let's crack on. Hannah, Ledgerline.
Hannah: It came! Derek's spec landed yesterday. Well, it's dated Friday, but it landed Monday. Which I'll take.
Rhona: Miracles do happen.
Hannah: So I'm unblocked on the export, I can actually build the file now. And Rhona, thank you, I got the pay codes and the sample file on Thursday. It all lines up with what Ledgerline expect. Mostly.
Rhona: Mostly?
Hannah: There are four allowance codes in your sample file that aren't on your list. A tool allowance, something called OTB, and two I think are historic.
Rhona: OTB's on the board. It's the standby payment for spare drivers. The other two, no idea, they're before my time.
Orla: Barty, firewall?
Barty: Went in Friday night. Hannah should be able to reach the payroll server from the test tenant.
Hannah: I tried it yesterday, yes. It connects.
Orla: Great. Marek, duties.
Marek: So, I got Anita's duty export on Friday, thank you, it's very complete. I've loaded about forty of the sixty-two Eastgate duties so far. The rest are the split duties.
Anita: Is that because of Len's committee?
Marek: Partly. The split duties depend on how spreadover's worked out. Friday's still the plan. The splits I'll load with the most likely reading and flag them.
Orla: And Joel sent over the file spec?
Marek: Joel's spec came through Thursday, yes. One problem though. Their spec says the duty number is five characters. Ours are six, depot prefix plus four digits. The current machines only take five, they chop the last one off.
Anita: So two different duties could look identical on the machine.
Marek: Exactly. Joel says it's fixed in their firmware 4.2, but 4.2 isn't released yet. So until Faretek release 4.2 I can't test the file on a real machine.
Orla: Joel's not on today. That one goes on the blocker list.
Craig: Brilliant. Another thing waiting on someone else.
Orla: Rhona, parallel runs. We agreed two pay weeks. Who's doing the reconciliation plan?
Rhona: Me, I suppose. I'll write up how we reconcile the parallel runs, what we compare, what tolerance, who signs it off. By the 6th.
Hannah: Shout if you need anything from the Shiftwell side.
Rhona: Thanks. And just so everyone knows, I'm on leave from the 2nd for two weeks. Booked since March. Lanzarote.
Len: Lucky you.
Rhona: Kelly's covering the payroll, but not the project.
Anita: Training. Orla, when's the scheduler training?
Orla: The trainer's pencilled in for the week of the 16th of November. Let me firm it up. I'll confirm the dates to you by Friday.
Anita: Thanks.
Orla: Kiosks. Barty, Malcolm's PO isn't in yet, is it?
Barty: Not that I've seen.
Orla: So we can't provision the kiosk licences or give you the build spec until Malcolm's PO comes through. That's a blocker. He did say the end of the month, so there's still time.
Barty: The hardware side I can start anyway. We've got four PCs in stock. We'll get the four kiosk PCs imaged and in at Eastgate by the 13th.
Craig: Where are they going? The output room?
Barty: Output room and the canteen, two each, I thought.
Craig: Fine by me.
Barty: What I won't get to before Christmas, let's be honest, is the printers at the other depots. Fellside's has been broken since the summer.
Orla: Noted. Marek, you wanted to raise the duty boards.
Marek: Yes. So my recommendation, and it's what most operators do, is that from go-live we switch off the paper duty boards at Eastgate. Everything's in the app and on the kiosks. One source of truth.
Len: No. Absolutely not. Not for the pilot. Half the drivers over fifty won't touch the app for a month. If the board's gone they'll be ringing the output room all day long.
Craig: He's right, to be fair. The output room would melt.
Anita: I think we keep the paper boards up during the pilot. Then we look at it again.
Orla: Marek?
Marek: I'll be honest, I think it's a mistake, but it's your depot. Fine.
Orla: So we keep the paper duty boards up at Eastgate through the pilot, alongside the app and the kiosks. Decided.
Craig: Somebody should probably tell the inspectors as well. They're the ones who'll get all the questions at the roadside.
Orla: Good point. Craig, the driver session Thursday, still on?
Craig: Still on. Half nine, canteen. I've got bacon rolls on order.
Len: That's the only reason anyone's coming.
Orla: Ha. Okay. Anything else? No. Malcolm's missed it then. Thanks everyone.
""")

# ------------------------------------------------------------------ call 4: Tue 2026-11-03
CALLS[4] = ("November 3, 2026, 10:00AM", "20261103", """
Orla: Morning all. Malcolm, good to have you back.
Malcolm: Sorry about last week. The board overran and then it was the roof at Harrowfield. Don't ask.
Orla: Rhona's on leave, as she said. Lanzarote.
Len: Don't. It's raining sideways in Eastgate.
Orla: Right. Malcolm, first thing, and sorry to put you on the spot. The PO for the kiosk licences.
Malcolm: Yes. I know. It's with the finance director. He wanted a second quote, which, for a licence from the supplier we've already chosen, I don't know what he thinks that achieves. It'll be this week. Friday.
Orla: Friday. Okay. That's what's holding the kiosks up.
Malcolm: Understood.
Orla: Craig, the driver session.
Craig: Yeah, it was good. We had fourteen drivers in on Thursday, plus Len.
Len: I was there for the bacon.
Craig: They liked the app. Mostly. Swapping rest days on your phone, that went down well. The font's too small for some of the older lads.
Marek: You can make it bigger in the settings, it's under display.
Orla: Marek, the duties.
Marek: All sixty-two Eastgate duties are in the test tenant now. The split duties are in on my reading of the spreadover, flagged, so if Len's committee reads it differently I change twelve duties, not sixty.
Anita: Thank you. And the training dates came through, Orla, seventeenth to nineteenth. We've blocked the schedulers out.
Orla: Good. So, Anita, now the duties are in, somebody needs to check them against DutyMaster.
Anita: The scheduling team will do that. We'll go through every duty against the old system, running times, reliefs, paid hours. We'll have it done by the 12th.
Len: Committee's tomorrow, by the way. Marek's sheet is on the agenda. Item four.
Malcolm: If the committee digs its heels in, I'll ring Vince myself.
Len: I'd rather you didn't, Malcolm, with respect. Vince doesn't like being rung.
Orla: Hannah, payroll.
Hannah: Um, so. The export mapping. It's not finished. Getting Ledgerline's spec late pushed me back, then there were the four odd allowance codes, and Rhona's away. I'd say Friday. The 6th.
Orla: Okay. And Rhona's reconciliation plan. She'd said the 6th, but she's away until the 16th.
Hannah: Yes. She left me her notes. I'll pick up the reconciliation plan, but not by the 6th. The 13th, realistically.
Orla: The 13th, okay. Joel, firmware and the API.
Joel: Yes. So. 4.2, the firmware. It's in test with us. I haven't got a release date I'd stand behind, sorry.
Marek: So still no testing on a real machine.
Joel: Not with six-character duties, no. In theory we could send someone to Eastgate to put a beta on a couple of machines by hand, but I wouldn't recommend that on machines taking real fares.
Orla: And the API?
Joel: The API's looking more like the 20th. The other customer's changes pushed it back.
Malcolm: That's the live updates?
Joel: That's the live updates, yes.
Malcolm: Hmm. We should talk about whether we actually need that for the pilot. Not today, though.
Orla: Marek, the driver app.
Marek: So the drivers need accounts in the driver app before anything else. I've got Craig's list. I'll have all the Eastgate drivers loaded into the app by Monday the 9th, and each of them gets a welcome text with a link.
Craig: Warn me before the texts go out. Otherwise I'll get two hundred phone calls.
Marek: They go out in batches, so it won't be all at once.
Orla: Craig, comms to the drivers more generally. What are we doing?
Craig: There'll be a notice on the boards. What's changing, when, who to ask. I'll get the notice up on the boards by the end of next week.
Len: Run it past me first.
Craig: Yes, Len.
Malcolm: What are we saying the go-live is? I'm being asked.
Orla: The working assumption is Sunday the 29th of November, start of the pay week. But with the rules and the firmware still open, I'd hold off announcing it.
Malcolm: Okay. Barty, anything from IT?
Barty: Two of the kiosk PCs are imaged. The other two are coming back from Quayside.
Malcolm: Good. Right, I'm going to have to go. Good to be back.
Orla: Thanks Malcolm. Okay, anything else from anyone?
Anita: No, that's it from me.
Orla: Thanks all.
""")

# ------------------------------------------------------------------ call 5: Tue 2026-11-10
CALLS[5] = ("November 10, 2026, 10:00AM", "20261110", """
Orla: Morning. Can everyone see my screen?
Barty: We can see your inbox, Orla.
Orla: Oh God. Right. Sorry. Better?
Barty: Better.
Orla: Okay. Malcolm sends his apologies. But thank you Malcolm anyway, because the PO arrived on Thursday.
Anita: Finally.
Orla: So the kiosk licences were provisioned yesterday, and Marek sent Barty the build spec last night.
Barty: Got it, yes. Read it on the train.
Len: Committee. You'll want to know.
Orla: Go on, Len.
Len: They've agreed Marek's sheet. Two of the three as written. The Sunday one, across midnight, they want the whole duty paid at the Sunday rate if more than half of it falls on the Sunday. Which, to be fair, is what the agreement says if you read it properly.
Marek: That's fine, that's a setting. So I can finalise the Eastgate rules now. That's good news.
Len: Took them forty minutes. Vince had a lot to say.
Orla: Thank you, Len. Hannah?
Hannah: The export mapping's done. Finished it Friday and sent it to Kelly, and to Anita.
Anita: Got it. I haven't read it all, if I'm honest.
Craig: The drivers are getting their welcome texts, by the way. My phone's been going since seven. Half of them think it's a scam.
Marek: It's not a scam.
Craig: I know it's not a scam, Marek.
Orla: Anita, the duty checks?
Anita: About halfway. Thirty-odd of the sixty-two checked, and we've found a few differences already. Still aiming for Thursday.
Orla: Barty, the kiosk PCs.
Barty: Two of the four are imaged. But there's a bigger problem. I went to Eastgate Friday to look at where they're going. The canteen's got no wifi to speak of and the output room has one socket. We can't put the kiosks in until Netlinx upgrade the Eastgate wifi, and they've not given me a date.
Craig: I've been telling people about that wifi for three years.
Orla: Who are Netlinx?
Barty: Our network contractor. They do all four depots.
Orla: Okay, that goes on the blocker list. Joel, where are we?
Joel: Um, so. Firmware 4.2 is still in test. It's promised for the 19th. And the API, honestly, I'm not confident about the 20th either.
Anita: I talked to Malcolm about this yesterday, and he's happy for me to call it. We don't need live updates for the pilot. The nightly file's worked for ten years.
Orla: So we're saying the ticket machines go live on the nightly duty file, and the live API is phase two?
Anita: Yes. Decided. Joel, park the API.
Joel: Fine by us, honestly. Takes the pressure off.
Orla: So the API connector comes off the plan for now.
Joel: What we will do, we'll do a test load of the nightly file on two of the Eastgate machines on the 19th. Whatever firmware we're on by then.
Marek: That works. The file's already there from the test tenant.
Hannah: Parallel runs. The first parallel week is week 46. I'll run the export for week 46 on Monday the 16th and send it to Ledgerline.
Anita: Kelly knows?
Hannah: Kelly knows. Ledgerline can load it into a copy company, so nothing touches the real payroll.
Orla: Good. Go/no-go. Malcolm's asked for criteria. I'll draft the go/no-go criteria and send them round by Thursday.
Anita: Ideally someone from payroll would sit in on the go/no-go as well.
Orla: Yes, agreed, ideally.
Len: Now, once the rules are final, the members at Eastgate need to hear it from us, not from a noticeboard. I'll put a note out to the Eastgate members about the app by Friday.
Craig: My notice is drafted, Len. It's in your inbox.
Len: Good.
Anita: I'd love to say we'll get Fellside's data tidied up while we wait, too, but no. Not this side of the pilot.
Orla: Fair. Anything else?
Marek: Just that the Sunday rule's a two-minute change. No drama.
Orla: Great. Thanks everyone.
""")

# ------------------------------------------------------------------ call 6: Tue 2026-11-17
CALLS[6] = ("November 17, 2026, 10:00AM", "20261117", """
Orla: Morning. Rhona, welcome back. How was Lanzarote?
Rhona: Hot. And now I've got four hundred emails.
Orla: Joel's sent apologies, he's emailed an update that I'll read out. Malcolm said he'll try to join later.
Anita: Thanks for the criteria, Orla. I've passed them to Malcolm with a couple of comments.
Orla: Great. Anita, the duty checks.
Anita: The schedulers finished checking the duties on Friday. Eleven differences, all logged in the sheet. Most of them are running times that changed in the September timetable and never properly made it into DutyMaster.
Marek: I've seen the list. I'll have those eleven fixed by Friday.
Orla: Hannah, the parallel run.
Hannah: Ran it on Monday, and it went to Ledgerline Monday afternoon. Two hundred and three of the two hundred and twelve drivers matched to the penny. Nine didn't.
Rhona: Nine's not bad for a first week. But I want to know why every one of them is different. I'll go through the nine mismatches by Thursday.
Orla: And the reconciliation plan? That was the 13th.
Hannah: It's not finished. About half. Honestly, I'd rather Rhona looked at what I've got before I go any further, it's her process.
Rhona: Fine, but not this week. I've got the mismatches first.
Orla: Okay. Barty, kiosks.
Barty: All four PCs are imaged now, but they're sitting in my office. Netlinx still haven't given me a date for the wifi. I've chased them twice.
Orla: So when do you think the kiosks go in?
Barty: Realistically the 27th. And that's if Netlinx turn up next week.
Craig: I'll believe that when I see a van.
Orla: Joel's update, then. He says firmware 4.2 is now expected the first week of December, not the 19th. The test load on Thursday still goes ahead on two Eastgate machines, but on the old firmware, with five-character test duties.
Marek: So it proves the file, but not the six-character numbers.
Orla: Right. The firmware is still the blocker for real testing.
Anita: Craig, the notice?
Craig: The notice. I haven't, no. Len's had the draft. It'll go up this week. Friday.
Len: I've read it, it's fine, it can go up.
Orla: And Len, your note to the members?
Len: Not done. I've been at a tribunal all week. It's next on my list.
Craig: Oh yes, and the drivers will read the noticeboard. They love a noticeboard.
Marek: I could record a quick training video for the spare drivers, if there's any appetite.
Anita: Not now, Marek. Let's get the schedulers trained first. Which, by the way, starts today. Kamal's already in the room.
Malcolm: Sorry, sorry. I'm here. I've got ten minutes.
Orla: Malcolm, hi. Perfect timing. Go-live date. With the rules finalised and the first parallel week done, we'd propose Sunday the 6th of December for Eastgate. The second parallel week is week 47, then go/no-go on Tuesday the 1st.
Malcolm: Not the 29th?
Orla: Not the 29th. We need the second parallel week and the duty fixes.
Malcolm: Fine. Sunday the 6th it is, with the go/no-go on the 1st.
Anita: Thank you.
Malcolm: And while we're at it, why not bring Fellside in at the same time? Get both done before Christmas.
Anita: No. Honestly, Malcolm, no.
Craig: Please, no.
Orla: Let's not decide that today. Let's get Eastgate live and look at Fellside in the new year.
Malcolm: Alright, alright. I'm outvoted.
Rhona: Malcolm, while you're here. The go/no-go. I want payroll in the room for it.
Malcolm: Fair enough. Orla, can you add Rhona?
Orla: Of course. I'll add Rhona to the go/no-go invite.
Malcolm: Right. I'll leave you to it.
Orla: Okay, overall I'd say we're amber. Firmware and the wifi are the two that worry me. Anything else from anyone?
Hannah: No.
Barty: Nothing.
Orla: Thanks all. Speak next week.
""")


def turns(block):
    out = []
    for line in block.strip().splitlines():
        who, text = line.split(": ", 1)
        out.append((PEOPLE[who], text.strip()))
    return out


def stamp(sec):
    sec = int(sec)
    h, rest = divmod(sec, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def timed(n, ts):
    rnd = random.Random(7100 + n)
    t = rnd.uniform(3, 8)
    out = []
    for who, text in ts:
        out.append((who, stamp(t), text))
        dur = len(text.split()) / rnd.uniform(2.4, 2.8) + rnd.uniform(0.4, 1.8)
        t += max(2.2, min(39.0, dur))
    return out, t


def main():
    import docx  # python-docx
    OUT.mkdir(exist_ok=True)
    for n, (when, code, block) in CALLS.items():
        ts, end = timed(n, turns(block))
        title = f"Hawksmoor Scheduling Migration - weekly status-{code}_100004-Meeting Recording"
        dur = f"{int(end // 60)}m {int(end % 60)}s"
        header = [title, when, dur, "", f"{HOST} started transcription", ""]
        footer = [f"{HOST} stopped transcription"]
        d = docx.Document()
        lines = []
        for p in header:
            d.add_paragraph(p)
            lines.append(p)
        for who, at, text in ts:
            d.add_paragraph(f"{who}   {at}")
            d.add_paragraph(text)
            lines += [f"{who}   {at}", text, ""]
        for p in footer:
            d.add_paragraph(p)
            lines.append(p)
        d.save(OUT / f"call-{n}.docx")
        (OUT / f"call-{n}.script.md").write_text("\n".join(lines) + "\n")
        print(f"call-{n}: {len(ts)} turns, {len(set(w for w, _, _ in ts))} speakers, {dur}")


if __name__ == "__main__":
    main()
