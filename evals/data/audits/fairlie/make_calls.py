#!/usr/bin/env python3
"""Generate the six Fairlie & Rusk status calls as Microsoft Teams transcript exports (calls/call-N.docx).

Each dialogue line below is "CODE: text", one line per turn. Following docs/FORMATS.md for .docx (Teams layout), every
turn is written as two paragraphs: "Full Name   M:SS" (speaker and start time) and then the paragraph of what was said.
No two consecutive turns have the same speaker (checked), so no cue merging can change the turns. Start times are
synthetic but deterministic: each turn lasts words / 2.4 s (min 1.2 s), followed by a 0.6-2.2 s gap.
Run: /work/main/.venv/bin/python make_calls.py   (writes calls/call-1.docx .. call-6.docx next to this file)
"""
import random
from pathlib import Path

import docx

NAMES = {
    "P": "Priya Raman",       # Casewell (vendor) project manager, host
    "J": "Joel Whitaker",     # Casewell migration / integration consultant
    "M": "Martina Ruiz",      # Casewell training lead
    "D": "Duncan Rusk",       # Fairlie & Rusk managing partner, sponsor
    "I": "Ian Corrigan",      # Fairlie & Rusk IT director
    "B": "Bethan Lloyd",      # Fairlie & Rusk practice-support lead
    "R": "Ruth Oyelaran",     # Fairlie & Rusk risk and compliance partner
    "S": "Sandra Pike",       # Fairlie & Rusk secretarial services manager, Newcastle ("Sandy")
    "T": "Tom Ashworth",      # Fairlie & Rusk finance manager, owns the Tallis time-and-billing relationship
    "C": "Craig Bell",        # NorthDesk (outsourced IT support) service delivery manager
    "K": "Kevin Marsh",       # Tallis Software (time-and-billing supplier) account manager
}

CALLS = {}

# ---------------------------------------------------------------- call 1, Wed 23 Sep 2026
CALLS[1] = """
P: Morning, all. I can see faces, and I can see quite a lot of ceilings. Shall we give it one more minute?
I: Sorry, I'm on the train, so if I vanish it's a tunnel outside Darlington.
T: Lucky you. I'm in the Leeds kitchen because somebody's booked every room for a mock trial.
P: Okay, let's make a start. Welcome, everyone. This is the first of our weekly Wednesday calls for the Fairlie and Rusk move onto Casewell. I'm Priya Raman, project manager at Casewell, and I'll run these. Duncan's said he can give us ten minutes at the start, so I'd like to do the date first while we've got him. Quick intros, though. Joel?
J: Hi all, Joel Whitaker, Casewell. I'm doing the migration, so the four million documents and all the matter data, and I'll build the billing link.
D: Duncan Rusk, managing partner. I signed the cheque, so I'm mostly here to look worried.
I: Ian Corrigan, IT director, for my sins. Both offices, all the kit, and apparently this as well.
B: Bethan Lloyd, practice support. Precedents, know-how, training. I've been pushing for this for three years, so if it goes wrong it's entirely my fault.
R: Ruth Oyelaran, risk and compliance partner. I'm here for the retention policy, and to ask awkward questions about where things are kept.
T: Tom Ashworth, finance. I look after Tallis, the time and billing system, and our relationship with the people who make it. Relationship in the loosest sense.
C: Craig Bell from NorthDesk. We do the firm's IT support, so the laptops, Outlook, all that. I'm the service delivery manager.
P: Lovely. Sandy sends her apologies, she's covering court bundles in Newcastle, so Bethan, I'll lean on you for the secretaries today.
B: Always.
P: Right, Duncan, the date. The plan we've been working from is a pilot with the Newcastle property team on Monday the twenty-third of November, and the rest of the firm after Christmas.
I: Can I just say, I'd rather do the whole firm at once over the Christmas shutdown. One weekend of pain instead of two months of running two systems.
B: Ian, nobody's going to be around to help on the twenty-eighth of December. Including you.
I: I'd be around.
B: You'd be in Tenerife. You told me.
J: And from our side, a pilot catches the problems while there are thirty people affected instead of a hundred and twenty.
D: I'm with Bethan and Joel on this one. Newcastle property on the twenty-third, everybody else in January. Sorry, Ian. Enjoy Tenerife.
I: Fine. Noted, and overruled.
P: Thank you, Duncan. So that's the date. Anything else from you before you go?
D: Only that the partners need to hear it from me, not from a calendar invite. I'll send an email to all the partners saying this is happening and the training isn't optional. By the end of next week.
B: They'll read that one. They don't read mine.
D: And honestly, I'd love everyone to stop printing their emails, but that's a battle for the next managing partner. Right, I've got a client at half past. Thanks, Priya.
P: Thanks, Duncan. Okay. Joel, migration.
J: So the first thing I need is to get onto the Filemaster database server, read only, so I can see what the metadata actually looks like. At the moment I'm working from a screenshot Bethan sent me in July.
I: It's a good screenshot.
J: It's a great screenshot. But I can't migrate a screenshot.
I: Fair. I'll set you up a VPN account and a read-only login on the SQL box. You'll have it by Monday.
J: Perfect. Then once I'm in, I'd like to do a trial load of one practice group. Leeds property is about two hundred thousand documents, nicely sized. I'll have that loaded into the test site by Friday week.
P: Friday week, so the second of October.
J: Yes. And we always run a checksum on every file on the way across anyway, so you'll know if anything goes missing.
R: Can I ask where the test site sits? Physically.
J: Our UK tenant. London and Cardiff data centres.
R: Thank you. I'll want that in writing eventually, but that'll do for now.
P: Ruth, that leads nicely into retention. We've got a template schedule, but it's a template. Every firm's is different.
R: It is. I've started on ours. Honestly, it's a Sunday afternoon job and I haven't had a Sunday afternoon since August. I'll get my draft of the retention policy round by the end of the month.
P: Thank you. And I'll send you our template and the audit-log spec, so you can see what Casewell records against every document. I'll send that tomorrow.
R: Good. The audit log is the bit I actually care about.
P: Tom, the billing link.
T: Right. So. Casewell wants a feed of matters out of Tallis, new matters, client numbers, fee-earners, so it can open the workspaces automatically. Tallis do have an API. Whether we're allowed to use it is a different question.
J: Have we asked them?
T: Not in so many words. I'll raise a ticket with Tallis asking for API access and a sandbox. I'll do that this week.
P: Great. Craig, the Outlook add-in.
C: Yeah, so the add-in's easy enough to deploy, we'd package it and push it through Intune. What I don't know off the top of my head is what version of Outlook everybody's on. Newcastle's a bit of a museum.
I: It's not a museum.
C: It's a bit of a museum, Ian. I'll run a report off the estate and send it over. You'll have it Friday.
P: Thank you. And can the add-in go to everyone at once?
C: It can. If you ever want it pushed to the whole firm in one go, we can do that overnight.
B: Please don't.
C: I'm just saying we can.
I: I used to do the Filemaster backups myself on a Sunday night, before we had Craig. I'd quite like to keep the weekends I've got back.
P: Noted. Bethan, training and champions. We'd love two champions per practice area in each office, people the others will actually ask.
B: Yes. I know exactly who. Half of them don't know yet. I'll send Martina the champions list by Friday.
P: Martina's our trainer, she'll be on next week.
B: Lovely. Honestly, if I had a spare week I'd redo the whole precedent bank while we're at it.
I: You haven't got a spare hour.
B: I haven't got a spare minute. And Sandy's going to want to talk about the secretaries' profile forms.
P: We'll pick the secretaries up next week with Sandy. Okay, is anything stopping anyone right now?
J: Just the server access. Until Ian's login comes through I can't start the trial load, so everything on my side is waiting on that.
I: Monday. I said Monday.
J: I heard.
P: Right. So Ian's access by Monday, my pack to Ruth tomorrow, Ruth's draft at the end of the month, Tom's ticket to Tallis, Craig's report on Friday, Bethan's champions on Friday, Joel's trial load Friday week, and Duncan's email.
T: You've a good memory.
P: I've got a notepad. Thanks, everyone. Same time next week.
R: Thank you.
C: Cheers, all.
"""

# ---------------------------------------------------------------- call 2, Wed 30 Sep 2026
CALLS[2] = """
P: Morning. Duncan's sent his apologies, he's in London at the Law Society thing. Bethan's running late. Sandy, welcome, we missed you last week.
S: Morning. Court bundles. Don't ask. Bethan said to say she'll be five minutes, she's stuck with a partner, and the champions list will be Monday, she's nearly there.
P: Monday. Okay, thanks, Sandy. Martina, do you want to say hello?
M: Hi everyone, Martina Ruiz, training lead at Casewell. I'll be running the sessions, making the videos, and generally being very cheerful at people who don't want to be trained.
T: You'll need to be.
P: Let's go round last week's list. Joel, are you in?
J: I'm in. Ian got me onto the server on Monday, the VPN and the database login both work. Thank you, Ian.
I: Told you.
P: And the trial load?
J: About halfway. The scanned stuff is slow, there's a lot of big image PDFs from the early two-thousands. I'd say Tuesday rather than Friday, to be honest.
P: Tuesday the sixth.
J: Tuesday the sixth.
R: Priya's pack arrived, by the way. I read it on the train, twice. The audit log is better than I expected.
P: High praise.
R: From me it is. My own draft, I'm not going to make today, I'm sorry. Friday week.
P: So the ninth. That's fine. Tom?
T: That's gone in. They've given me a reference number and an out-of-office.
J: An out-of-office from a ticket?
T: From the account manager. Kevin. He's back Monday. Anyway, Tallis have come back saying they'll have a sandbox for us by the eighth.
J: If I get a sandbox by the eighth I can have the matter sync built and tested before the pilot. No sandbox, no sync.
P: Okay. Craig?
C: So I ran the report off the estate. Leeds is fine, everybody's on Microsoft 365. Newcastle, thirty-one machines are still on Office 2016.
I: Thirty-one?
C: Thirty-one.
J: And the add-in won't run on 2016. Until those machines are upgraded, nobody on them can file an email.
P: So most of the Newcastle pilot team can't have the filing add-in yet.
C: Which is our job, really. We'll do the thirty-one upgrades in hours, a few a day, so nobody's without a laptop for long. We'll have them done by the twenty-third of October.
I: That's before the pilot. Just.
C: Or we could do them all on one weekend at the out-of-hours rate, which would be quicker.
I: Not at those rates, Craig. A few a day is fine.
C: Just saying it's an option.
P: And the pilot laptops in Leeds? We wanted ten people in Leeds trying the add-in before Newcastle.
C: Leeds is all on the new Office, so those are easy. We'll package it and have it on the ten Leeds pilot laptops by Friday week.
B: Sorry, sorry, I'm here. A partner wanted a precedent for a thing that doesn't exist.
P: Hi, Bethan. Sandy gave us your news.
B: Monday. I've got six of the eight.
I: Has Duncan's email gone round yet?
B: Not yet. I drafted it for him, it's sitting in his inbox.
P: Okay. Ian, while we've got you, Joel's got a question about old matters.
J: Yes. There's a lot of closed matters from before 2012. About a million and a half documents. Do we really need to bring them across?
I: My view is no. Leave them in Filemaster, read only, and anyone who needs an old file looks it up there.
R: I can live with that, provided Filemaster stays readable for as long as we have to keep those files. I don't want to find out in 2029 that nobody can open them.
I: It's licensed to the fifteenth. I'll get the Filemaster renewal signed before then, twelve months read-only, and we look again next year.
R: Then fine.
P: So closed matters from before 2012 stay in Filemaster and don't come across.
I: Yes.
J: That takes a good chunk off the migration, thank you. I'll map the rest of the matter fields and send Bethan the mapping spreadsheet by the ninth, so she can check we're not losing anything.
B: Happy to.
P: Sandy, the secretaries. What do they actually fill in when they save a document?
S: Depends which office you ask. Leeds fill in everything because Bethan frightens them. Newcastle fill in the client number and the first word that comes into their head.
B: That's unfair.
S: It's not unfair, I've seen a document called "letter letter final".
J: It would really help to know which fields are actually used.
S: I'll get you a list of what the secretaries fill in on the profile form, both offices. Tuesday.
J: Lovely.
M: And Bethan, I'll send you a draft training plan, the sessions and who they're for, by Monday. Then we can argue about it.
B: I look forward to it.
P: If it helps, I could join one of your partners' meetings and do a ten-minute demo.
B: Maybe. Let me see what the agenda's like. It's usually car parking.
T: For the record, every month-end I spend two days chasing Tallis for something or other, so I'm not holding my breath on the eighth.
S: I'll believe it when I see it.
P: Noted, both of you. Anything else? Anything stuck?
I: Only Newcastle's Office. Until Craig's done those thirty-one, half the pilot team can't file an email.
C: We're on it.
P: Okay. Thanks, everyone. Same time next week.
"""

# ---------------------------------------------------------------- call 3, Wed 7 Oct 2026
CALLS[3] = """
P: Morning, everyone. Ian's messaged to say he's in Newcastle with a leaking air-conditioning unit over the server rack, so he won't make it. Craig's on leave. Has anyone heard from Duncan?
B: His diary says "hold". Which could mean anything.
T: It usually means golf.
P: I didn't hear that. Okay, let's crack on. Joel, the trial load, how did we get on?
B: Can I jump in? I spent my lunch hour in the test site yesterday. The Leeds property files are all in there, right back to the Harrogate leases from 2009. It's slightly eerie.
J: That's the lot. Two hundred and twelve thousand, and the checksums all match.
P: Brilliant. And everyone can get into the test site?
J: I've just dropped the link in the chat, so you've all got it now.
S: Got it.
P: Martina, champions?
M: I've got my eight champions. Bethan sent the names over on Monday. Four in each office. One of them has already asked if there's a certificate.
B: There isn't.
M: There could be.
P: Tom, Tallis. Tomorrow's the day.
T: Ah. No. They're now saying the sixteenth.
P: The sixteenth.
T: Kevin's back, and he's very apologetic, and it's the sixteenth. Apparently the sandbox has to be built by their hosting people, and their hosting people are a man called Derek.
J: That's getting tight. I need about three weeks with a sandbox to build and test the sync before the twenty-third of November.
T: I know. I've told them.
P: Ruth, how's your draft?
R: Friday, as promised. I'm on page thirty-one. And I'll sign the final policy off by the thirtieth, so it's done well before the pilot.
P: Thank you. Sandy, the profile fields?
S: I've done Leeds, it's on the shared drive. Newcastle, I'm still waiting on three of the team to send me theirs.
J: Leeds is helpful already. That'll get me going.
P: Okay. Bethan, training. Martina sent you the plan.
B: Martina's plan, which I have read cover to cover, is lovely, and the secretaries will love it. But it has every fee-earner in a classroom for a morning. They won't come. They just won't.
M: In my experience, if you don't get them in a room they never learn the filing.
B: In my experience, if you put them in a room for a morning they bill the morning to the training code and answer emails under the table.
R: She's right. I've done it.
M: Okay. Classroom for the secretaries, a half day each. And for the fee-earners I'll do a forty-five-minute online session plus short videos they can watch at their desk.
B: Perfect. That they'll do.
M: I'll get the videos recorded by the end of the month.
P: That's a plan. Bethan, anything stopping you?
B: Yes, actually. I can't book a single fee-earner into anything until Duncan tells us whether the training counts against their chargeable hours. If it comes off their targets, nobody will come. I've emailed him twice.
T: He's read it. I watched him read it. He made a face.
B: So until Duncan answers, the fee-earner sessions are stuck.
P: Okay, I'll put it on the risk log. And his email to the partners, has that gone?
B: Not yet. It's been sitting in his inbox since last Wednesday. I've nudged him twice.
P: Then hopefully he's on next week. Bethan, the secretaries will want a crib sheet, something laminated they can stick by the monitor.
B: A quick reference card. Yes. I'll do one. Friday week.
S: Make it a big font. Half of Newcastle won't wear their glasses.
J: While I think of it. The fee-earners have personal folders in Filemaster, the "my documents" bit, drafts they've never filed. Do you want those brought across?
B: God, yes. People live in those.
J: Okay. I'll write a script for the personal folders and have it ready by the twenty-third.
R: Hmm. Can we talk about that before anyone copies anything? Half of what's in there shouldn't exist.
J: Sure. I'll build it, and nothing runs without a yes.
P: Let's park whether we run it. Ruth, Bethan, can you think about it for next week?
R: We can think.
M: If anyone wants a one-to-one before the pilot, I'm happy to do it. Just shout.
T: On Tallis. If the sandbox slips again, are we still building the sync before the pilot?
P: Let's see what the sixteenth brings. Anything else?
S: Only that Newcastle want to know if they're getting new laptops. I've told them no.
P: They're not. Okay, thanks all. Let's hope Ian's bucket holds.
B: And that Duncan's diary clears.
"""

# ---------------------------------------------------------------- call 4, Wed 14 Oct 2026
CALLS[4] = """
P: Morning. Oh, Duncan, you're here. Hello.
D: Don't sound so surprised.
P: I'm delighted. Ian, how's the air-conditioning?
I: Dripping into a bucket, which is an improvement on dripping into the server.
P: Duncan, there were two things waiting on you. The email to the partners, and the chargeable hours question.
D: The email went this morning, before I came on. Bethan, I used your words, mostly. I took out the exclamation marks.
B: There was one exclamation mark.
D: There was one too many. And the hours. Look, the training's what, two hours for a fee-earner, all in?
B: Forty-five minutes online, the videos, a bit of practice. Two hours, give or take.
D: Then two hours, non-chargeable. They code it to the firm training code and it doesn't come off their targets. I'll put that in writing to the partners by Friday.
B: Thank you. That's been the one thing stopping me.
P: So you can start booking.
B: Watch me.
P: Duncan, one more, and it's Ruth's area.
R: Yes. Our indemnity insurers, Hallam Mutual. I sent them the draft policy out of courtesy, and they've come back saying they want to review it before I sign, because we're shortening how long we keep closed conveyancing files. They haven't said when.
D: Who's our broker there, is it still Marcus?
R: It's still Marcus.
D: I'll ring Marcus myself and get them moving. Leave it with me, I'll do it this week.
R: Until Hallam Mutual have had their look, I can't sign. I'm not putting my name to a policy the insurer hasn't seen. Cautious, I know.
D: You're paid to be.
P: Bethan, while we've got you, Ruth's draft came round?
B: Ruth's forty pages landed on Friday. I've read about half. It's very thorough.
R: It's a retention policy. It's meant to be dull.
P: And Bethan, how are you for time generally? The crib sheet was due Friday.
B: Honestly? I've got a completion-week crisis in precedents, two new starters, and a partner who wants a precedent for a thing that doesn't exist. The crib sheet is not happening this week.
S: Give it here. I'll do the quick reference card, it's my lot who'll use it anyway. Friday week.
B: Sandy, I love you.
S: I know.
P: So Sandy has the card, Friday week, the twenty-third. Joel?
J: A couple of things. Sandy's Newcastle half came through, so I've got both offices now. It was gold. Nobody in Newcastle has ever filled in the author field.
S: I did warn you.
B: And I've been through Joel's spreadsheet, all the field stuff. Two queries, I've emailed them, otherwise I'm happy.
J: Great. Next is the whole of Newcastle property, which is the pilot team. I'll have all the Newcastle property team's matters loaded into the test site by the twenty-eighth, so they can look at their own files before go-live.
P: The twenty-eighth's half-term. We've got no call that week.
J: I don't do half-term. I'll be loading.
B: Oh, and the filing button turned up in my Outlook on Thursday. And Raj's, and the rest of the Leeds ten. Raj has filed more emails in a week than in his whole career.
I: Newcastle, Craig's done twelve of the thirty-one.
P: Twelve of thirty-one. Still the twenty-third?
I: He says so. I didn't see his face when he said it.
R: Ian, while you're there. The Filemaster licence, did that get renewed? It runs out tomorrow.
I: Done. Read-only, twelve months, I signed it Monday.
R: Thank you.
P: Tom, Tallis?
T: Friday, they swear. The sixteenth. Kevin sent me a very long email with the word "committed" in it three times.
J: I'll believe it when I've logged in.
T: Meanwhile, the matter types. Tallis has forty-odd matter types and Casewell wants to know which workspace template each one uses. I'll do that list and have it to Joel by the twentieth.
J: Perfect.
D: Someone should tell the Leeds litigation partners it's coming, before they hear it from Newcastle.
I: They'll hear it from Newcastle. They always do.
P: Ruth, Bethan, the personal folders. Did you think?
R: I thought. I'd rather we didn't bring them across. Bethan and I don't agree yet.
B: I still think people live in them.
P: Okay. Next week, then.
D: Right, I have to go. Good call. Ruth, I'll ring Marcus.
P: Thanks, Duncan.
I: I'll believe the add-in works when Geoffrey stops forwarding me his emails to file.
B: Geoffrey will be the last man on earth forwarding emails.
P: On that note. Thanks, all. Next week.
"""

# ---------------------------------------------------------------- call 5, Wed 21 Oct 2026
CALLS[5] = """
P: Morning, all. Kevin, welcome, thanks for joining us. Everyone, Kevin's the account manager at Tallis.
K: Morning. Thanks for having me. I think I'm here to be shouted at.
T: Nobody's going to shout, Kevin.
K: That's what they said last time.
P: Sandy's at the Newcastle staff away day, and Duncan's sent apologies. Let's start with Tallis, since you're here. The sandbox was due Friday.
K: It was. I can only apologise. Our hosting team had a problem with the environment build and it's gone back in the queue. I'll have it with you by the end of next week. The thirtieth. Hand on heart.
J: With a login that works?
K: With a login that works.
T: And the export fields? Joel needs to know what's actually coming out.
K: I can send the export spec, the full field list, by Friday. That one I can do from my desk.
J: That'd be useful whatever happens.
K: And just to put it out there, we do have a Connect module that does all this out of the box, no API work. It's an extra licence, but it would save Joel a lot of time.
T: How much?
K: I'd have to come back to you. We could look at a discount if you took it.
T: Kevin, with the best will in the world, we're not buying a module to get at our own data.
P: Let's keep going with the API for now. Joel?
J: Tom's matter-type thing landed last night, thanks, Tom. It's all mapped.
T: Forty-three matter types. Six of them nobody's used since 2015.
J: Newcastle property's going in now. About a third done. Fine for the twenty-eighth.
P: Great. Ruth, the personal folders.
R: Yes. I've spoken to the head of litigation, and to Ian. We're not migrating personal folders. If someone needs a document, they file it to the matter before the cut-over. Anything left in a personal folder stays in Filemaster, read only, like the old matters.
I: Agreed. It's a data-protection nightmare otherwise.
B: People will moan.
R: People will file.
J: Then I'll park the personal folders script. It's half written, it can go in a drawer.
P: Okay. Ian, Newcastle laptops?
I: Craig's lost an engineer, the lad's gone to a job at the council. Craig says the sixth now, for the last of them. Nineteen done.
P: The sixth of November. That's still before the pilot.
I: Just about.
P: Bethan, Duncan's note?
B: Duncan's note about the two hours went round on Friday, and I've had eleven bookings since. Which for this firm is a stampede.
P: And the insurers? Duncan was going to ring Marcus.
B: He hasn't yet. His PA says he'll call them Monday.
R: And I've heard nothing from Hallam Mutual either. So I'm still not signing.
P: Okay. Martina, the videos?
M: A week late, I'm afraid. The voiceover for the email filing one sounded like a hostage video, so I'm redoing it. First Friday in November.
B: Hostage is about right for some of our partners.
M: Everything else is on track. I normally send a reminder the day before every session, so the secretaries will get nagged.
P: Bethan, user testing with the Newcastle property team?
B: Yes. Once Joel's got their matters in, I'll go up and run a testing session with them. Thursday week.
P: Thursday the twenty-ninth. Thank you.
I: And the cut-over comms, the what-happens-on-the-weekend note to the Newcastle property team. That's mine. I'll write it by the Friday after half-term.
P: The sixth. Thanks, Ian.
J: Should we be testing the add-in on the Macs as well?
I: There are two Macs in the building and they're both Duncan's.
B: Can I say something slightly mad? Given the insurers, and Tallis, and Newcastle's laptops, should we just move the pilot to January with everyone else?
I: No. We've told Newcastle the twenty-third. If we move it now they'll never believe another date.
P: I'd want to hold it too. Let's see where we are on the fourth.
B: Fine. Ignore me, I'm tired.
P: So, no call next week, it's half-term. Back on the fourth of November.
K: I'm on leave from the second, just so you know. But the sandbox will be there.
T: Will it.
K: It will.
P: Thanks, everyone. Enjoy the break, those of you getting one.
"""

# ---------------------------------------------------------------- call 6, Wed 4 Nov 2026
CALLS[6] = """
P: Morning, everyone, welcome back. I hope half-term was restful for those with children and quiet for those without.
S: It was neither.
P: Duncan's sent apologies, he's at a client pitch in Manchester. Craig, nice to see you.
C: Morning. I come bearing good news, for once.
P: Go on.
C: That's Newcastle finished. The last four went on Monday night, so the filing add-in's on every fee-earner's laptop now, both offices.
I: I've seen it with my own eyes. Geoffrey's got a button.
B: Whether Geoffrey presses the button is another question.
C: If any of the Newcastle laptops play up, just log a ticket as normal.
P: Thanks, Craig. Tom, Tallis.
T: Nothing. The thirtieth came and went. Kevin's on leave till the sixteenth, his out-of-office says for urgent matters contact the service desk, and the service desk say they can't see a sandbox request.
J: So I've got no sandbox, and the pilot's in under three weeks.
T: Kevin's export spec did come through, the Friday before he went off. So we know what we'd get. We just can't get it.
P: Okay. Joel, realistically?
J: Realistically I need three weeks with a sandbox to build and test the sync. That's gone. We could move the pilot to the thirtieth and give Tallis one more week.
I: And then Tallis slip another week and we move it again.
R: I'd rather not move it.
T: We don't need the sync for thirty people. New matters for the pilot team, my team can key them into Casewell by hand as well as into Tallis. It's maybe five new matters a week.
B: That's what I'd do.
P: So we keep the twenty-third, without the billing link, and Tom's team keys new pilot matters into both.
I: Yes. Keep the twenty-third.
J: Fine by me. I'll build the sync when Tallis turn up.
T: I'll have my team set up for the double-keying by the twentieth, so they've practised before the Monday.
P: Lovely. If it helps, I'm happy to write to Tallis on Casewell paper.
T: Let me try the service desk once more first. And if Tallis ever do turn the API on, I'll want a week's notice before anyone switches the sync on.
P: Understood. Joel, Newcastle property?
S: Can I? The Newcastle secretaries have been in the test site all week, finding their own files. One of them cried. Good crying.
J: That was everything. Ninety-four thousand documents.
P: Brilliant. And Bethan's testing session?
R: I sat in on Bethan's testing session in Newcastle last Thursday. They broke it twice in the first half hour and then they quite liked it.
B: They did like it. It's the search. Nobody can believe the search.
P: Ruth, the policy.
R: Still with Hallam Mutual. I've heard nothing from them, and as far as I know Duncan still hasn't spoken to Marcus.
I: He hasn't. I asked him on the stairs.
R: For the pilot I can live with Casewell's default schedule. It keeps everything, which is the safe way round. But ours has to be signed before January.
P: Understood. Martina, training?
B: Can I do the videos? They're on the intranet. I watched the email filing one twice. No hostages.
M: Thank you. And Sandy's crib sheet is brilliant, by the way. I've pinched it for Leeds.
S: You're welcome.
M: The Newcastle secretaries are next. I'll have all of them through their half day by Wednesday the eighteenth.
P: Good. Joel, what's left on the migration?
J: The dress rehearsal. The full Newcastle property load again from scratch, timed, so we know how long the cut-over weekend takes. I'll have that done by Friday the thirteenth. Appropriately.
P: Ian, the cut-over comms?
I: Not started. I know. I've been in a server room with a bucket. The thirteenth.
P: Friday the thirteenth again.
I: It's a theme.
P: Let me just put the dates in the chat. There.
S: Got them.
P: Anything else? Anything stuck?
T: Tallis. Tallis is stuck.
P: Noted. Thanks, everyone. Same time next week.
"""


def stamp(t):
    t = int(t)
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def turns(text):
    out = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        code, _, said = line.partition(": ")
        assert code in NAMES, line
        out.append((NAMES[code], said.strip()))
    return out


def main():
    here = Path(__file__).resolve().parent
    (here / "calls").mkdir(exist_ok=True)
    for n, text in CALLS.items():
        rnd = random.Random(1000 + n)
        ts = turns(text)
        for a, b in zip(ts, ts[1:]):
            assert a[0] != b[0], f"call {n}: consecutive turns by {a[0]}: {b[1][:40]}"
        d = docx.Document()
        t = 3.0 + rnd.random() * 2
        for name, said in ts:
            d.add_paragraph(f"{name}   {stamp(t)}")
            d.add_paragraph(said)
            t += max(1.2, len(said.split()) / 2.4) + 0.6 + rnd.random() * 1.6
        d.save(here / "calls" / f"call-{n}.docx")
        print(f"call-{n}.docx: {len(ts)} turns, {len({s for s, _ in ts})} speakers, ends {stamp(t)}")


if __name__ == "__main__":
    main()
