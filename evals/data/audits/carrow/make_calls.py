#!/usr/bin/env python3
"""Generate the six Carrow Dental Group practice-management rollout calls as SubRip captions (calls/call-N.srt).

Each turn is "CODE: text"; " | " inside a turn marks where the captioner cut the turn into consecutive cues.
Following docs/FORMATS.md for .srt, the cue text carries "Full Name: " only when the speaker changes; a cue
without a name continues the previous speaker. Timestamps are synthetic but deterministic.
Run: python3 make_calls.py   (writes calls/call-1.srt .. call-6.srt next to this file)
"""
import random
from pathlib import Path

NAMES = {
    "I": "Imogen Hale",       # vendor (Dentora) project manager, host
    "R": "Rhys Bannerman",    # vendor data-migration consultant
    "M": "Malcolm Ferrier",   # Carrow operations director, sponsor
    "L": "Lorna Pettigrew",   # practice manager at Kingsmead, practice-manager lead
    "D": "Dev Kapoor",        # Netwise, Carrow's outsourced IT supplier, engineer
    "C": "Ciara Doyle",       # Paynexa, card-payment terminals
    "H": "Hannah Osei",       # Carrow clinical governance lead (dentist)
    "T": "Tasha Greene",      # Carrow records administrator (from call 2)
}

CALLS = {}

CALLS[1] = """
I: Right, I think we've got most people. Can everyone hear me okay?
L: Yep.
R: Loud and clear.
I: Great. Um, Malcolm, are you with us? I can see your name but there's no video.
M: I'm here, I'm here, sorry, I'm sat in the car park at Kingsmead. Carry on.
I: Okay, lovely. So, welcome everyone to the first weekly for the Carrow rollout. I'm Imogen Hale, project manager at Dentora, | and I'll be chairing these every Tuesday. Shall we do quick intros? Rhys, do you want to go first?
R: Sure. Rhys Bannerman, data migration at Dentora. So I'm the one who gets your, uh, twenty-odd years of patient records | out of the old system and into the new one. In one piece, hopefully.
L: Hopefully.
R: Ha, yeah. Hopefully.
L: Lorna Pettigrew. I'm practice manager at Kingsmead and, apparently, practice-manager lead for the group, which means | I'm the person the other fourteen practice managers ring when something breaks. So, you know. Delighted.
M: Lorna's being modest. Malcolm Ferrier, operations director, I'm sponsoring this. I'll have to drop at quarter past, I'm afraid, | I've got the bank.
D: Hi all, Dev Kapoor from Netwise. We do Carrow's IT support, so the network, the servers in the practices, the printers nobody loves. | I'll be doing the Wi-Fi upgrades.
C: Hiya, Ciara Doyle from Paynexa, I look after the card terminals side. So the integrated terminals that talk to your new billing.
H: Hannah Osei, clinical governance lead. I'm still a dentist two days a week, the rest is, uh, this sort of thing. | My interest is the clinical records, and making sure we don't lose anything we're legally supposed to keep.
I: Brilliant, thank you all. So the first thing I want to land today is how we sequence the go-live. Malcolm, I know you'd | floated doing all fifteen in one go.
M: I had, yes. My view is one weekend, all fifteen practices, rip the plaster off. Running two systems side by side | across the group for months is going to be chaos.
L: With respect, Malcolm, if all fifteen go down on the Monday morning, there's one of me.
R: And from the migration side, um, I'd much rather prove the load on a handful of practices first. The data quality varies | massively from practice to practice.
H: I'd agree with that. I'd want to see a small number of practices working on the new notes before we move | everybody's clinical records.
I: So what I'd suggest is a pilot. Three practices first, say Kingsmead, Millbrook and Harbour Street, live on the 16th of November, | and then the other twelve in January once we've learned from it.
M: Mm. January. I'm not thrilled about January.
L: January's fine. January's realistic.
M: Alright. Fine, go on then. Three first, the rest in January. I'll go with the room.
I: Great. So that's agreed, three pilot practices on the 16th of November, the remaining twelve in January. I'll put that in the notes.
I: Okay, actions. Dev, you were asking about the data side, the old server.
D: Yeah, so, the legacy system sits on a server in the comms cupboard at Kingsmead. What I need from Rhys is basically | which tables he wants, and roughly how big the extract is, so I know what I'm setting up for him.
R: I'll get that to you Thursday.
D: Perfect.
R: And I'll need a way in, obviously. Remote access to that box.
D: Yeah, I'll sort you a VPN account. Should have that by Friday.
I: Friday the 9th, lovely. Ciara, the terminals.
C: So, um, before we can ship anything we need a merchant agreement signed, it's our standard one, but | it needs a director's signature. I'll send that across to Malcolm tomorrow.
M: Just send it straight to me, yes.
I: And Malcolm, while you're still with us, um, the practice managers. Have they been told this is coming?
M: Some of them. Informally. Look, I'll write to all fifteen practice managers this week so they know what's coming and when.
L: That would genuinely help. I've had three of them ask me if the receptionists are losing their jobs.
M: Nobody's losing their job. I'll put that in the letter. Right, I'm going to have to drop. And Lorna will get all the | practice managers on board with the training, won't you, Lorna.
L: Will I.
M: Thanks all, bye.
I: Thanks Malcolm. Bye.
L: He's gone, hasn't he.
I: He has. Um, okay. Hannah, anything we need from you early on?
H: The main thing, I think Rhys will want our records retention policy, the one that says what we keep and for how long. | I'll dig that out and send it to Rhys by Friday.
R: That'd be really useful, yeah. Because the other thing I wanted to raise is duplicates.
I: Go on.
R: So, in systems this old, you nearly always find the same patient registered two or three times, different practices, | maiden names, typos in the date of birth. If it's useful I could probably run a duplicate report on one practice first, | just to see how bad it is.
L: Let's see what the full extract looks like first. I don't want to start a hare running.
R: Fair enough.
I: Wi-Fi. Dev, what's the plan for the pilots?
D: So, the new system's all browser-based, right, so the Wi-Fi has to be solid in every surgery and on the front desk. | Netwise will have the site surveys done at the three pilot practices by the 16th.
I: The 16th, great. And then the install after that.
D: Install after that, depending on what the surveys show. Millbrook worries me a bit, it's an old building, thick walls.
L: It's a listed building. Wait until you meet the landlord.
D: Can't wait.
I: Okay, and the NHS side. For the claims interface, our interface team need the performer numbers for every dentist, | and the contract number for each practice. Lorna, is that something you can pull together?
L: It lives in about four spreadsheets and one filing cabinet, but yes. Leave it with me, end of next week.
I: End of next week, so Friday the 16th.
L: If I'm still alive.
I: Ha. Noted. Okay, and I'll send the project plan round this afternoon with the pilot dates in, so we're all | looking at the same thing.
H: Could you put the clinical sign-off in the plan as a milestone? Just so it doesn't get squeezed at the end.
I: Yes, good shout, I'll add it in. Anything else? Ciara?
C: No, only that the terminals usually take about two weeks from a signed agreement to being on the counter. So the sooner the better.
I: Understood. Right, quick recap. Rhys, the extract spec to Dev Thursday. Dev, VPN for Rhys by Friday, and the surveys | by the 16th. Ciara, the merchant agreement to Malcolm tomorrow. Malcolm, the letter to the practice managers this week. | Hannah, retention policy Friday. Lorna, performer numbers by the 16th. And me, the plan today.
L: And Lorna gets all the practice managers on board.
I: I didn't write that one down.
L: Good.
I: Thanks everyone, speak next Tuesday.
D: Cheers.
C: Bye!
"""

CALLS[2] = """
I: Morning everyone. Let's give it a sec, a couple of people are still joining.
T: Hi, um, is this the Carrow call?
I: It is! Welcome. Do you want to introduce yourself?
T: Yeah, sorry. Tasha Greene, I'm the records administrator. I'm based at Harbour Street but I sort of cover the whole group's | patient records.
L: Tasha is the only person in the building who understands the old system. I've asked her along so she can tell Rhys | where everything actually is.
R: Oh, thank god. Hi Tasha.
T: Hi.
I: Great. Okay, let's run through last week's. Rhys, the spec for Dev?
D: Yeah, got it, it came through Thursday. It's bigger than I expected, but fine.
R: Sorry. It's, um, it's a lot of tables.
I: Dev, the VPN?
D: Ah. So, that's going to be Wednesday now. We had to get a firewall change approved, and our change board only sits | on a Tuesday.
R: Which means I'm sort of stuck, to be honest. I can't start on the extract until I can actually get onto that server.
I: Okay. So Wednesday, tomorrow.
D: Tomorrow, yeah. I'll message Rhys the minute it's live.
I: Hannah, did the retention policy go over?
R: It did, yeah, got it Friday, thanks Hannah. Really clear, actually.
H: Good. That's the first time anyone's said that about it.
I: And the plan went round last Tuesday, so everyone should have it, with Hannah's sign-off milestone in. Ciara, | the agreement for Malcolm?
C: Yeah, that went Wednesday morning. I've not had it back yet.
I: Malcolm's going to try and join later, I think. Okay, um, duplicates. Rhys, you raised it last week.
R: Yeah. So, once I'm on the server, I want to run a duplicate report across all fifteen practices. But my strong suggestion | is we also agree now what we don't bring across. There'll be thousands of records for people who haven't been in for a decade.
H: Legally, well, under our policy, we keep adult dental records for eleven years after the last treatment. Children longer.
R: Right, so I'm not saying delete anything. I'm saying don't migrate it. Anyone with no activity in the last seven years | stays in a read-only archive extract, and we can still get to it.
T: There's a lot of those. Honestly, probably a third of the database.
L: And do the receptionists have to search two places then?
R: Only for someone who hasn't been in for seven years. Which, if they turn up, you'd be re-registering them anyway.
H: As long as the archive is kept for the full retention period and we can produce a record on request, I'm fine with that.
L: Fine by me.
I: Okay, so agreed, patients with no activity in the last seven years aren't migrated, they go into the read-only archive | and it's kept for the full retention period. Hannah, you're happy that's decided?
H: Yes. Decided.
I: Great. Rhys, the duplicate report, when could you have that?
R: Assuming I'm on the server tomorrow, I'll have the duplicate report to Tasha by next Tuesday.
T: Okay. And then what, I merge them?
R: Let's talk about that when we've seen the numbers.
M: Hello, sorry, sorry, I've just come out of another meeting. Where are we?
I: Hi Malcolm. We've just agreed the archive approach for the old records. Ciara was saying the merchant agreement's with you.
M: Yes, I've seen it. I'll have it back to Ciara by Friday.
C: Great, thanks Malcolm.
L: And the letter to the practice managers?
M: Yes. Yes, I know. I'll get that out this week, I've had the bank all week.
L: Mm.
I: Thanks Malcolm. Hannah, there was one more for you, I think. The DPIA.
H: Oh. Yes. I need to check whether our existing data protection impact assessment covers moving to a cloud system, | or whether we need a new one. I'll find out and let you know by next week's call.
I: Lovely. Dev, the surveys, still on for Friday?
D: Still on for Friday. I'm at Millbrook Thursday and the other two Friday.
M: Sorry, I've got to jump again. Keep going, you're doing great.
I: Thanks Malcolm.
L: And he's off.
I: Ciara, anything you need from Dev for the terminals?
C: Yeah, actually. Dev, you'll want the terminal spec. They need either a wired connection at each desk or a decent Wi-Fi signal, | and there's a power thing. I'll get those across to Dev tomorrow.
D: Great, that'd help with the surveys.
I: And the NHS side. Our interface team need test credentials from the BSA, the NHS Business Services Authority, to | submit test claims. That sits with me, I'll chase the BSA for the test credentials this week.
L: Good luck. They once took three months to change our address.
I: Ha. I'll chase hard. Lorna, the performer numbers, still on for Friday?
L: That's the plan. Tasha's been helping.
T: I've found the filing cabinet.
L: She's found the filing cabinet.
D: One more from me. Do you want patient guest Wi-Fi set up at the pilots while we're in there? It's the same kit, | it's basically one extra network.
L: Patients do ask for it. Yeah, go on then.
D: Okay, we'll get the guest Wi-Fi set up at the three pilots by the end of the month.
I: Lovely, so the 30th. Okay, Lorna, one thing. Rhys is going to find a lot of duplicates. Could you, um, have a look | at the list for all fifteen practices when it comes and work out which ones to merge?
L: Oh, brilliant, yes, I'll just do that between the root canal bookings and the fire drill.
I: Okay, fair, fair. Let's not decide that now. We'll see what the report says.
T: I'll probably end up doing it.
L: You probably will, Tasha.
I: Okay, recap. Dev, VPN tomorrow, surveys Friday, guest Wi-Fi by the 30th. Rhys, duplicate report to Tasha next Tuesday. | Ciara, terminal spec to Dev tomorrow. Malcolm, the agreement and the letter by Friday. Hannah, the DPIA by next call. | Me, the BSA credentials. Lorna, performer numbers Friday.
H: Thanks, bye all.
R: Cheers.
"""

CALLS[3] = """
I: Morning all. Malcolm sends his apologies I think, Lorna?
L: Yeah, he's at the board away day. He said carry on without him.
I: Okay. So let's go through the actions. Dev, the VPN.
R: That's in, yeah, Dev got me on Wednesday afternoon. So I've been on the server since Thursday. It's, um. It's a lot.
D: Sorry it took a week longer than I said.
R: No, honestly, once it was in it's been fine.
I: And the duplicate report, Rhys?
R: So, that's going to be Friday now. I only really got going Thursday, and the extract for fifteen practices takes | most of a day to run. Friday, to Tasha.
T: That's fine, gives me a chance to clear the decks.
I: Dev, the surveys?
D: All three done. Millbrook Thursday, Kingsmead and Harbour Street on the Friday. The report's in the shared folder. | Short version, Kingsmead needs two new access points, Harbour Street needs one, Millbrook needs three. And cabling.
L: Three. At Millbrook. Of course it does.
D: Ciara's spec helped, actually. The terminals at Millbrook will have to be wired, the reception desk is behind a stone wall.
C: Yeah, we can do wired, no problem at all.
I: Great. So when could you have the access points in?
D: Kit's on order. I'll have the access points in at all three pilots by Friday the 6th.
I: The 6th. Lovely, that's ten days before go-live.
D: Tight, but fine.
I: The BSA credentials, that was me. We got them on Friday, so the interface team have access to the test environment now.
L: Wow. Miracles do happen.
I: I know. I nearly framed the email. Lorna, the performer numbers. We were hoping for Friday.
L: Yeah. So. I've got eleven of the fifteen practices. The other four, um, we've had a couple of new associates start and | nobody's got their numbers on file. I'll have the rest by this Friday.
I: Okay, so the 23rd. Because the interface team, um, they can't put a single test claim through without those numbers. | So that's the thing holding up claims testing right now.
L: Understood. I'm chasing the associates. They're dentists, they don't read email.
H: Hey.
L: Present company excepted.
I: Ciara, the merchant agreement. Has Malcolm sent it back?
C: Not yet. And I have to be honest, we're stuck on the terminals until it's signed. I can't even start provisioning them | without it, and it's two weeks from signature.
I: Okay. Lorna, could you nudge Malcolm when he's back from the away day?
L: I can try. I'm not his PA.
I: Fair. It'll be in the notes anyway.
H: Can I come in with one for Rhys? Before I can sign anything off clinically I need to see how the medical histories | and the charting come across. The tooth charts especially. Is there a document for that?
R: There is, it's the clinical mapping. It's in draft. Yeah, I'll send you the mapping for that by the end of the week.
H: Great. And once I have it I'll, um, probably need a week to go through it properly.
I: Okay. Training. Let's talk about receptionist training. My suggestion was the e-learning modules, they can do them at their own pace | and nobody has to leave the desk.
L: Honestly? They won't do them. They've got patients at the desk and the phone ringing. Nobody's doing e-learning.
T: I'd agree. The last e-learning we had, I think I was the only one who finished it.
H: And from a governance point of view I'd rather they'd been shown it by a person. The consent forms especially.
I: Okay, so what would work?
L: In person. All the receptionists from the three pilots together, at Kingsmead, we've got the big staff room. | Wednesday afternoons, because we close for staff training on Wednesday afternoons anyway.
I: Which Wednesdays? We'd want two sessions before go-live.
L: The 4th and the 11th of November?
I: That works for our trainers. Hannah?
H: Fine by me.
I: Okay, so decided, receptionist training in person at Kingsmead, two Wednesday afternoons, the 4th and the 11th, | not e-learning on its own. Lorna, I'll need names, who's coming from each practice.
L: Leave it with me, you'll have the names by Friday.
I: Friday the 23rd. Brilliant.
C: If it helps, I can probably get a couple of demo terminals couriered to Kingsmead for the training, if you want.
L: Maybe. Let's see if we've got real ones first.
C: Fair.
I: Tasha, anything from you?
T: Just, um, I had a look at the Harbour Street appointments table while Rhys was in there, and there's some weird stuff, | appointments with no patient attached to them. I flagged a few to Rhys already.
R: Yeah, I saw, thanks. That's really useful.
I: Okay. Dev, the guest Wi-Fi, still on for the end of the month?
D: Yeah, should be. It goes in with the access points, really.
I: Okay. Hannah, one thing from last week, sorry, the, um,
H: Sorry, I've just been called to a patient, I'm going to have to go. I'll catch up from the notes.
I: No problem, thanks Hannah.
L: A real dentist. With real patients. Imagine.
I: Ha. Okay, recap then. Rhys, duplicate report Friday and the clinical mapping to Hannah by Friday. Lorna, performer numbers | and training names Friday. Dev, access points by the 6th. Ciara's waiting on the agreement.
L: Sounds like Friday's a busy day.
I: Everyone's Friday is a busy day. Thanks all.
R: Bye.
"""

CALLS[4] = """
I: Morning, morning. Did everyone survive the clocks going back?
D: Just about. My kids didn't get the memo.
R: I turned up to the gym an hour early. Very on brand.
T: I didn't notice until lunchtime, honestly.
I: Ha. Okay, let's crack on. No Malcolm today, and I haven't heard anything. Lorna?
L: Nothing from me either. I think he's in Leeds? I genuinely don't know.
I: Okay. Let's start with the big one. Ciara, the agreement.
C: Still not signed. I've emailed him twice. So, same as last week, the terminals are just sitting in our warehouse. | I can't provision them and the lead time's two weeks. If it's not signed this week, the 16th is in real trouble for card payments.
I: Okay. I'm going to escalate it properly. I'll email Malcolm today and copy in Judith in finance, so it's on record.
L: Judith can sign it if he won't, she's a director.
I: Good to know. Okay, Rhys, the duplicate report.
T: I've got it, it came Friday. It's, um, four thousand two hundred possible duplicates across the group. About | six hundred of those in the three pilot practices.
R: Some of those are genuine, twins and so on, but most aren't.
I: So who's going to work through the merges for the pilots?
L: Tasha's going to pick up the merges for the pilot practices. Aren't you, Tasha.
T: Yeah, I'll do them. The six hundred for the pilots, by the 6th, if I get a morning a day on it.
L: You'll get a morning a day.
I: Okay, the 6th. And the other twelve practices are a January problem.
L: Very much a January problem.
I: Hannah, did the clinical mapping come through?
H: No. And I, um, I do need to say this clearly. I can't sign off the clinical governance side until I've seen how | the medical histories map across. So it's sitting with me doing nothing.
R: That's my fault. Sorry. It'll be with you tomorrow, Hannah, I was fixing the charting bit.
H: Tomorrow's fine.
I: Lorna, performer numbers?
L: Ugh. So I've got thirteen of the fifteen now. Two associates still haven't come back to me. Look, Tasha, can you take | the performer numbers off me? You've been doing half of it anyway.
T: Yeah, I'll do it. I'll have them all to Imogen by Friday.
I: Friday the 30th. Thanks Tasha. And Lorna, the training names?
L: Yeah, sorry, Monday. I'll have them to you Monday, promise. Two practices haven't done their rotas yet.
I: Monday the 2nd. Okay. Dev, access points?
D: So, Kingsmead and Harbour Street, the kit's arrived, I'm booked in for both this week. Millbrook's the problem. | To get cable up to the surgeries on the first floor we'd have to go through the party wall, and the building's listed.
D: So I can't get the cabling in at Millbrook until the landlord says yes to the drilling. I'm stuck on that one.
L: Of course you are. I'll ring the managing agent tomorrow, they owe me a favour anyway.
D: That'd be great.
I: And the guest Wi-Fi, Dev?
L: Can I just, honestly, forget the patient Wi-Fi. Nobody's actually asked for it since I said yes, and it's one more thing | to support. Let's not do it.
D: Fine by me. One less thing.
I: Okay, guest Wi-Fi's off then. Rhys, the trial migration.
R: So, now I've got the extract, I want to do a full trial load of the three pilots into the test environment. | A proper dress rehearsal. I'll have the trial migration done by Friday.
I: The 30th. And then Tasha and Lorna can check it.
T: I can check Harbour Street, I know it best.
R: Ideally I'd want someone to spot-check a handful of patients at each practice once it's loaded. Twenty or so.
L: We'll see what state it's in first.
I: NHS claims. Um, we need to decide what happens with claims on the day we switch over. Rhys and I had a chat about it.
R: So, the cleanest thing is new claims go from the new system from day one. But you'll have old claims that get rejected | and need resubmitting, and those have to go from the old system.
L: So we keep the old system?
R: Read-only for everything except resubmissions, for ninety days, then it's switched off.
H: And the clinical records stay readable in it for that time?
R: Yes.
L: Ninety days. Okay. I can live with that.
H: Yes, agreed.
I: Great. So decided, NHS claims go from the new system from go-live, and the old system stays read-only for ninety days | for resubmissions. Ciara, anything else?
C: No. Just, please, the agreement.
I: Heard. Loud and clear.
L: Should we just send Malcolm a calendar invite for his own project?
I: I'm tempted. Okay, Hannah, anything else from you?
H: No, just the mapping. I'll look at it as soon as it lands.
I: Lovely. Dev, anything else?
D: No, just the landlord.
I: Recap. Me, email Malcolm and Judith today. Tasha, merges by the 6th, performer numbers Friday. Rhys, the mapping | to Hannah tomorrow and the trial migration Friday. Lorna, the managing agent tomorrow and the names Monday. Dev, Kingsmead | and Harbour Street this week.
L: And no guest Wi-Fi.
I: And no guest Wi-Fi. Thanks all.
T: Bye!
"""

CALLS[5] = """
I: Morning. Right, Malcolm isn't on again. Has anyone heard from him?
L: Nope.
T: No.
I: Okay. Ciara, anything on the agreement?
C: No. Nothing signed. I did speak to his PA, she said it's on his desk. It's been on his desk for three weeks.
I: I did email him and Judith last Tuesday, both of them, and nothing back from either.
L: Judith's on holiday, I found out. Two weeks. Sorry.
I: Brilliant. Okay. So, um, honestly, I want to raise whether the 16th is still realistic. Without terminals the pilot practices | can't take card payments on the new system.
L: So they can't take payments at all? Or they use the old terminals?
C: The old ones aren't integrated. They'd have to key every payment twice, once on the terminal and once in billing.
R: We could move the date. Or we could hold our nerve.
I: I don't want to decide that today without Malcolm. Let's give him till Friday to sign, and we'll make the call next week.
L: Fine. Not deciding today.
H: Agreed, next week.
I: Okay. Tasha, performer numbers?
T: They went over Friday, all fifteen practices. The last two associates finally replied.
I: Yes, I've got them, thank you. And the interface team have them as well, so claims testing can actually start. | They're putting the first test claims through on Thursday.
R: They told me Thursday too.
I: Great. Lorna, the training names?
T: Lorna sent those yesterday, I saw the email.
L: I did. Eleven receptionists across the three.
I: Great, got them. I'll send the calendar invites out this afternoon, for tomorrow and the 11th.
L: Tomorrow. Right. I'll tell them to look at their calendars. Some of them might even do it.
I: Rhys, the trial migration.
R: Done, it ran over the weekend. Kingsmead and Millbrook came through clean. Harbour Street, the appointments failed. | It's those orphan appointments Tasha found. I'll rerun Harbour Street's appointments on Thursday with a fix.
T: Most of those are from 2014. There was some import that went wrong.
R: That'd explain it.
I: And the patients and the clinical notes for Harbour Street?
R: Fine. It's just appointments.
I: Okay. Hannah, the mapping?
H: Got it, thank you Rhys, it came last Wednesday. It's actually very good. So I'm not stuck any more. | I'll have the sign-off to you by Friday.
I: The 6th. Lovely.
R: Sorry again it was late.
H: It was worth the wait.
I: Dev, access points.
D: Kingsmead and Harbour Street are in, they went in Thursday and Friday. Millbrook, um, still no word from the landlord's agent | about the drilling.
L: I rang them last Wednesday. They've got the request, they said they'd have an answer by the end of this week.
D: So the Millbrook one's going to be the week after now. Once I've got a yes it's a day's work.
I: So the 13th for Millbrook.
D: Realistically, yeah.
L: Which is three days before go-live. Lovely. Love that for us.
C: Can I, sorry, just to put this on record. I'll send you written confirmation of the lead time, so you've got it | in black and white for Malcolm. Tomorrow.
I: That would help, thank you.
I: Tasha, the merges?
T: Still on for Friday. I'm about halfway.
I: Lovely. Any problems?
T: Just slow. Some of them I have to ring the practice to check which address is right.
L: And the practices love that.
T: They really don't.
I: Okay. The clinical side, Hannah, once you've signed off, does anything else need to happen before the receptionists start?
H: No, the sign-off covers it. The dentists already had the charting demo at last month's clinical meeting.
I: Great. Ciara, is there anything at all we can do to shorten the two weeks?
C: Not really. Once it's signed, they get provisioned, tested, couriered. If I had the signature today I could maybe do it in ten days, | but I wouldn't promise that.
I: Understood.
L: Shall I just go and stand in his office?
I: Tempting. Let's see if Friday brings anything.
I: Okay, recap. Interface team, test claims Thursday. Rhys, the Harbour Street appointments rerun Thursday. Hannah, sign-off | by Friday. Tasha, merges Friday. Dev, Millbrook the week after. Ciara, the lead time letter tomorrow. Me, the training invites | today. And next week we decide about the 16th.
L: Assuming we're all still here.
I: Assuming we're all still here. Thanks everyone.
R: Bye.
"""

CALLS[6] = """
I: Morning, everyone. Can you hear me? My headset's being temperamental.
T: We can hear you.
D: Yep, fine.
I: Okay, good. Malcolm's not with us. Again. No apologies. Ciara?
C: Not signed. My written confirmation went over on Wednesday, you should have it.
I: I've got it, thanks, and I forwarded it to him. Okay, so. We said we'd make the call today. Where I've got to is, | the 16th can't happen with card payments. I'd like to propose we move the pilot go-live to the 30th of November.
R: Or, um, could we go live on the 16th with the standalone terminals, and switch them over later?
L: No. God, no. Reconciling two lots of card takings by hand for two weeks at three practices? The receptionists would walk out.
C: And if the agreement's signed by the 16th we can still make the 30th. Just about.
H: The 30th's fine clinically. Honestly I'd rather have the extra time.
D: Gives me breathing room at Millbrook as well.
T: And my merges.
L: Fine. The 30th. Agreed.
H: Do we need to tell the BSA about the new date?
I: No, the claims interface doesn't care about the go-live date, it just starts sending when we switch.
R: And the archive extract moves with it, nothing changes there.
I: Okay. So, decided, the pilot go-live moves from the 16th to the 30th of November, same three practices. I'll get the revised | plan out tomorrow with the new dates.
L: And I'll tell the three practices at the managers' meeting on Thursday.
I: Thank you. Okay, let's do the actions. Hannah, the sign-off came through on Friday, thank you.
H: Yes, signed. There are two small conditions in the covering note, both about the charting, nothing that stops us.
I: Great. Rhys, the test claims?
R: The interface team put them through Thursday. Three accepted, one rejected on a typo in a performer number, which | Tasha's already fixed.
T: I fat-fingered a seven. Sorry.
I: That's what test claims are for. Dev, Millbrook?
L: Oh, all three are in now, by the way. Dev was at Millbrook yesterday, the landlord said yes on Friday.
D: Yeah, sorry, I was about to say. All three pilots have the new access points, and the Millbrook reception desk is wired.
I: Brilliant. That's the Wi-Fi done for the pilots.
D: For the pilots. The other twelve are a January conversation.
I: Tasha, the merges.
T: So, Kingsmead and Millbrook are done. Harbour Street's about two-thirds. That's going to be end of this week now, | there's a lot of families with the same surname at Harbour Street.
I: Friday the 13th. Ominous.
T: Don't.
I: Training. Lorna, how did the first session go?
L: Good, actually. Nine of the eleven came. The invites went out fine, the two who didn't come were off sick. | They'll do tomorrow's.
I: Great. And now go-live's moved, do we want a third session nearer the date?
L: Maybe. Let me see how tomorrow goes before I commit anyone to anything.
I: Fair. Ciara, anything you can do in the meantime?
C: I can have the terminals pre-configured for the three practices so the minute it's signed they go straight to testing. | That's already in hand on our side.
I: That's great.
C: But just so it's clear, without that signature there's nothing I can ship. Pre-configured is as far as I can go.
L: What if Judith signs when she's back? She's back Monday.
C: A director's signature is a director's signature. I'd take it.
I: Let's keep that in our back pocket. I'd rather Malcolm signs for his own project.
L: We could put Malcolm's signature on the risk register as its own line.
I: It is on the risk register. It's been on there since call three.
L: Of course it has.
I: Okay, Hannah, anything else clinically?
H: No. Nothing else from me.
I: Lovely. Dev?
D: Nothing from me. Oh, actually, the Millbrook landlord wants us to make good the wall, but that's ours, it's in the quote.
L: Make good. It's a stone wall from 1820. Good luck.
I: Ha. Okay.
I: Rhys?
R: Just that the main migration runs will need re-planning around the 30th, that'll have to go into the revised plan.
I: Yes. Okay, recap. Me, revised plan tomorrow. Lorna, the managers' meeting Thursday. Tasha, Harbour Street merges Friday. | Ciara, waiting on the signature. And if anyone sees Malcolm, please, ask him to sign something.
L: I'll bring a pen.
I: Thanks all. Same time next week.
C: Bye.
H: Bye all.
T: Bye!
R: Cheers, bye.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    ms = int(round((s - int(s)) * 1000))
    if ms == 1000:
        ms = 999
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d},{ms:03d}"


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        assert ":" not in text, (n, text)
        out.append((NAMES[code], [p.strip() for p in text.split(" | ")]))
    return out


def render(n):
    rnd = random.Random(2000 + n)
    t = 2.0 + rnd.random() * 3
    lines = []
    k = 0
    prev = None
    for name, parts in turns(n):
        for i, part in enumerate(parts):
            k += 1
            dur = max(0.9, len(part.split()) / 2.6 + rnd.uniform(-0.3, 0.6))
            text = part if name == prev else f"{name}: {part}"
            prev = name
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", text, ""]
            t += dur + (0.03 if i < len(parts) - 1 else rnd.uniform(0.4, 1.7))
    return "\n".join(lines)


def merged_text(n):
    """Turn texts with the cue parts joined by single spaces (what a quote is checked against)."""
    return [(name, " ".join(parts)) for name, parts in turns(n)]


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.srt").write_text(render(n))
        print(f"call-{n}.srt: {len(turns(n))} turns, {sum(len(p) for _, p in turns(n))} cues")
