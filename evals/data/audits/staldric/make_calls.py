#!/usr/bin/env python3
"""Generate the six St Aldric's Schools Trust MIS migration calls as plain-text transcripts (calls/call-N.txt).

One turn per line, "Full Name (HH:MM:SS): text"; long turns stay on one line. Timestamps are synthetic but
deterministic (a speaking rate of ~2.6 words a second plus a small random gap).
Run: python3 make_calls.py   (writes calls/call-1.txt .. call-6.txt next to this file)
"""
import random
from pathlib import Path

NAMES = {
    "I": "Imogen Tate",          # vendor PM (host)
    "D": "Dev Malhotra",         # vendor data consultant (timetable, finance integration, sandbox)
    "M": "Malcolm Fairweather",  # trust COO, sponsor
    "O": "Owen Baptiste",        # trust IT lead
    "B": "Bernadette Quayle",    # school business manager, Castlegate Academy (overloaded)
    "J": "Jaz Pereira",          # school business manager, Millbrook Primary (enthusiastic)
    "H": "Hilary Streeton",      # trust data protection officer
    "C": "Conor Fitzgibbon",     # Datalyne Migrations (migration contractor) lead
    "R": "Rhodri Vaughan",       # head teacher, Castlegate Academy (sceptical)
}

CALLS = {}

CALLS[1] = """
I: Right, I think we've got most people. Morning everyone, can you hear me okay?
J: Morning! Yes, loud and clear.
O: Yep.
I: Lovely. Um, so this is the first of the weekly calls for the MIS move. I'm Imogen, I'm the project manager on the Clarion side, and I'll be chairing these every Tuesday at nine. Shall we do a very quick round of names? Dev, do you want to go first?
D: Sure. Dev Malhotra, I'm the data consultant, so I'll be doing the sandbox, the timetable rebuild with your timetablers, and the link into your finance system.
M: Malcolm Fairweather, chief operating officer for the trust. I'm the, um, I suppose I'm the sponsor. I'm the one who signed the contract, anyway.
O: Owen Baptiste, trust IT. Networks, accounts, basically anything with a plug on it across the six schools.
J: Jaz Pereira, business manager at Millbrook Primary. I'm really excited about this, honestly, our current system is held together with sticky tape.
B: Bernadette Quayle, Castlegate. Business manager. Sorry, I'm also on the phone to the caterers, so if I go quiet, that's why.
C: Conor Fitzgibbon, Datalyne. We're doing the actual data migration, so the extract out of SchoolBase and the load into Clarion.
R: Rhodri Vaughan, head at Castlegate. I've been asked to come along. So here I am.
I: Thanks Rhodri, it's really good to have a head on the call. Um, is there anyone from data protection? I think the trust has a DPO?
M: Hilary. Hilary Streeton. She's not on the invite, that's my fault. I'll make sure Hilary's on next week's call, she'll want to be, with the safeguarding stuff.
I: Perfect, thank you. Right, so the big thing to settle today is the shape of the go-live. The plan in the contract had all six schools switching at October half-term, so live on Monday the 2nd of November.
J: Can I just, um, sorry, can I say something on that? We'd actually love to go earlier at Millbrook. Like, we could be a pilot. Next month even.
O: Jaz, I love the energy, but running two MIS side by side across the trust for two months would kill me. The census, the attendance returns, all of it.
R: And I'd rather not be the second school to find out what breaks.
I: So, my suggestion would be we keep it to one switchover. All six schools at half-term. And the parent app, I'd keep that out of the go-live, we roll it out after, once the office staff are comfortable with the core system.
M: Yes. I think that's right. One switch, half-term. The parent app can wait a few weeks, nobody's going to riot.
J: Parents might. But okay, yes, that makes sense.
R: Fine by me, as long as it's actually half-term and not "half-term-ish".
I: Okay, so that's agreed, all six at half-term, live the 2nd of November, parent app after go-live. I'll write that up. Um, Conor, do you want to talk about what you need to get going?
C: Yeah. So, um, the first thing is we need the mapping sorted, field by field, SchoolBase to Clarion. We've got a workbook for that, it's, uh, it's got about four hundred rows, don't panic, most of them are obvious.
D: Is that the one with the tabs per module?
C: That's the one. I'll send you the mapping workbook by Friday, Dev, and then you and I can go through it.
D: Great.
C: And the other thing is we need SchoolBase to actually let us in. Their bulk export isn't switched on by default, you have to ask for it, and they're, um, they're not quick.
O: I'll raise it with SchoolBase today. I've got a contact on their support desk, for what it's worth.
C: Brilliant. If SchoolBase play ball, we could maybe run a trial extract the week after, but I'm not promising anything.
I: Okay. Training. So we'll need to train office staff at every school. Jaz, Bernadette, can I get from each of you who needs training, so names and roles?
J: Oh yes, I'll send you Millbrook's list tonight. There's only five of us.
I: Amazing.
B: Um. Castlegate's is a bit bigger. We've got the attendance officer, the exams officer, reception, finance, and I think two TAs who do the registers. Give me till the end of next week?
I: End of next week is fine, so Friday the 25th.
B: Yeah. Should be fine.
R: When you say training, how long are we talking? Because I'm not releasing my office for a week.
I: It's usually a day for the core modules and then short top-ups.
R: A day. Right. Oh wonderful. I'll just cancel Year 11 then.
I: Ha. Well, we'll try and make it painless. Um, Dev, the sandbox?
D: Yeah, so I'll build you a training sandbox on your own tenant, with dummy data to start with and then Conor's trial data once we have it. I'll have the sandbox up by the end of the month.
O: End of September?
D: End of September, yep.
D: And, um, if it'd help, I could probably do a short demo for the heads at some point, if there's appetite.
R: Let's see.
M: That might be useful actually. Let's come back to that.
I: Okay. And I'll circulate the project plan by Thursday, with the half-term date and the parent app after it.
M: Great. Sorry, Imogen, I'm going to have to jump at twenty past, I've got the audit committee.
I: No problem. Is there anything you need from us, Malcolm?
M: Just, um, tell me early if it's going wrong. I don't like surprises.
I: Understood. Owen, anything from IT?
O: Just the accounts. I'd like staff to log in with their trust Microsoft accounts, not another username.
D: We support that, we'll need some bits from you but let's pick that up when we're closer.
O: Sure.
B: Sorry, I'm back, what did I miss?
J: Dev's doing a sandbox. You owe Imogen a list.
B: I know, I know. End of next week.
I: Okay, recap. Conor, the mapping workbook to Dev by Friday. Owen, raising the export with SchoolBase today. Jaz, your list tonight, Bernadette yours by the 25th. Dev, sandbox by end of the month. Malcolm, getting Hilary on next week's call. And me, the plan by Thursday.
M: Yes. Right, I have to go. Thanks all.
I: Thanks Malcolm. Anything else before we wrap?
C: Just a heads-up, I'm on site at another trust on Thursday, so email might be slow.
I: Noted. Okay, thanks everyone, same time next week.
J: Bye!
R: Bye.
O: Cheers.
"""

CALLS[2] = """
I: Morning all. Give it a second, people are still joining. Oh, hello, is that Hilary?
H: It is. Morning. Malcolm collared me in the corridor on Wednesday, so here I am.
I: Brilliant, welcome. Hilary's our data protection officer for the trust, for anyone who doesn't know her.
M: She's the one who says no to things.
H: I say "not yet" to things, Malcolm. There's a difference.
I: Ha. Okay. Um, let's go round the actions from last week. Conor, the mapping workbook?
D: I can answer that, actually, it came through on Friday. Thanks Conor. We had a first go through it yesterday afternoon.
C: Yeah, we got through the student and contact tabs. The rest is, um, it's the long tail.
I: Great. And Owen, the SchoolBase export?
O: So, I raised it with them Tuesday afternoon, like I said I would. And, um, they came back Friday and said they won't switch the bulk export on without a signed letter from the trust authorising the release of the data to a third party.
C: Which is normal, to be fair. Every legacy supplier does this.
O: So I've drafted the letter. It's sitting in your inbox, Malcolm.
M: Is it? God. Right. I'll sign it by Thursday.
I: Thank you. Conor, does that hold you up?
C: It does, yeah. We can't start anything, the trial extract, the data quality report, nothing, until SchoolBase turn the export on. So we're just sat there until then.
I: Okay. So that's one to watch. Owen, do they say how long once they've got the letter?
O: They said "up to ten working days". Which in SchoolBase language means ten working days.
R: Or fifteen.
O: Or fifteen, yes.
I: Okay. Jaz, thank you for the Millbrook training list, that came in last Tuesday night.
J: No problem!
I: Bernadette, yours is still Friday?
B: Still Friday. Yes. I've started it.
I: Great. And you should all have had the plan from me on Thursday.
O: Got it, yeah.
M: I've had it. I haven't read it, but I've had it.
I: That's honest. Um, Hilary, since you're here. The safeguarding records. So, child protection files, chronologies, the DSL notes, they need to come across too.
H: They do. Has anyone actually written a DPIA for moving them? Because that's the first thing I'll ask for.
D: There's a draft. It's about eighty percent done.
H: Can I see it?
D: Yeah, I'll get that over to you Thursday.
H: Thank you. And just so everyone's clear, until I've signed that off, nothing safeguarding moves. Not in a trial, not in the sandbox. Sorry.
C: So we'd leave the safeguarding chronologies out of the trial entirely, then. We physically can't move them until Hilary's signed off.
H: Correct.
I: Okay, that's fair. That's the right answer. Um, timetables. Dev, do you want to talk about the options?
D: Yeah. So there's two ways. We can try to import the existing timetables from SchoolBase, which, um, in my experience comes across looking like spaghetti. Or we rebuild the timetables from scratch in Clarion, properly, with your timetablers. My strong recommendation is the rebuild.
J: Yes! Rebuild. Ours is a mess, it's got classes in it from 2019.
B: I'm a bit worried about the time, honestly. Who does the rebuild at Castlegate? Because it's not me.
D: It'd be your timetabler with me alongside. It's usually two or three days per secondary, less for primaries.
R: Fine. Rebuild it. As long as someone other than me builds it.
M: Let's do it then, rebuild rather than import. Imogen, are we agreed?
I: Agreed. Timetables get rebuilt from scratch in Clarion, we don't import them. Dev, you'll want to get the timetablers together?
D: Yeah. I'll run a workshop for the timetablers, Thursday the 1st, at Millbrook if Jaz can host.
J: The ICT suite's already booked for you, I did it when I saw the plan. Tea and biscuits included.
D: Ha, perfect.
I: Great. Um, next, the parent app. So we agreed it comes after go-live, but we do need to warn parents it's coming, and get the consent wording right.
M: Bernadette's going to draft the parent letter for the app. She did the one for the cashless catering last year, it was very good.
B: Am I? Um. Okay. Yes. Fine. Give me till the 2nd.
I: The 2nd of October. Thank you Bernadette.
H: Can I see the letter before it goes out? The consent bit.
B: Yes, of course.
M: And Bernadette can do the training at Castlegate herself, can't you? Save us a day.
B: Malcolm, I can barely do the payroll at the moment.
I: Let's, um, let's stick with us doing the training, Malcolm. That's in the contract anyway.
M: Fair enough.
I: Dev, anything else from your side?
D: One thing. For the census, it'd really help to see last year's census return as SchoolBase produced it, so I can compare what Clarion generates.
O: I can pull that. I'll get it to you by the 2nd, Dev.
D: Thanks Owen.
R: Can I ask a question? What happens to our attendance data on the day? Because if I lose a week of attendance in November, the local authority will be on the phone.
C: Nothing's lost. We take a final extract on the Friday night of half-term, the registers up to then all come across.
R: Hm. I'll believe it when I see it.
I: That's fair, Rhodri. We'll show you the reconciliation after the trial.
R: Please.
I: Okay, anything else? Hilary?
H: Just the DPIA. Thursday, Dev.
D: Thursday.
I: Recap. Malcolm, the SchoolBase letter by Thursday. Dev, the DPIA to Hilary Thursday and the timetable workshop on the 1st. Bernadette, your training list Friday and the parent letter by the 2nd. Owen, the census return by the 2nd. Conor, waiting on SchoolBase.
C: Story of my life.
I: Thanks all. Same time next week.
M: Thanks Imogen.
J: Bye all!
"""

CALLS[3] = """
I: Morning everyone. Um, quick apologies first, Malcolm's PA emailed this morning, he's at a trust board away day so he can't make it.
O: Lucky him.
J: Is an away day the one with the trust-building exercises? Falling backwards into people's arms?
O: I think it's mostly sandwiches, Jaz.
J: Ha.
I: Ha. And I haven't heard from Rhodri, so, um, let's crack on and if he joins he joins. Dev, can we start with the sandbox?
D: Yep, it's up. As of last night. Trust tenant, all six schools set up, dummy pupils for now. Jaz, Bernadette, your logins should be in your inboxes.
J: Ooh. Exciting.
B: Mine's in my junk folder, I think. I'll find it.
D: If it's not there, shout and I'll resend. It comes from a no-reply address, which your filters hate.
O: Our filters hate everything. That's their job.
I: Great, thanks Dev. Hilary, did the DPIA reach you?
H: It did, Dev sent it on Thursday as promised. I've read it twice. It's, um, it's a decent start. I've got comments.
D: I'd expect nothing less.
H: The main one is about what actually moves. So can I make a proposal? The safeguarding files move into Clarion as restricted documents, only visible to the designated safeguarding leads at each school, nobody else, not office staff, not Clarion support. And the closed files that are past their retention date don't get migrated at all, they stay in the trust archive.
D: That works technically. The restricted document store does exactly that, it's role-based.
O: From my side, fine. Fewer files to move is fewer files to lose.
C: And for us it's simpler. We'd just filter on case status and the closure date.
H: And the retention date is the one in the trust policy, not the SchoolBase default.
C: Understood, the trust policy one.
I: So are we happy to agree that? Restricted to DSLs only, closed files past retention stay in the archive?
H: Yes, that's my position.
O: Agreed.
D: Agreed.
I: Great, I'll record that as decided. Hilary, when could you sign the DPIA off, once Dev's picked up your comments?
H: Um. If Dev turns the comments round this week, I'll have it signed off by Friday week. The 9th.
D: I'll turn them round this week, no problem.
I: Lovely. Owen, SchoolBase?
O: So, good news, bad news. Malcolm signed the letter Friday, finally, and I sent it to SchoolBase the same afternoon. Bad news, they've acknowledged it and said ten working days.
C: So we're still at SchoolBase's mercy, basically. No export, no trial, no quality report. We've got people booked and sitting on their hands.
I: Okay. That's not great. Let me try from our side. I'll ring their account manager tomorrow and see if we can't speed it up, we've done a few of these with them.
C: That'd help. Honestly anything would help.
I: Bernadette, the Castlegate training list?
B: Oh God. Sorry. We had the fire inspection on Thursday and it just went clean out of my head. That's going to be this Friday now, I promise.
I: No problem, Friday's fine.
J: Bernadette, do you want me to take the parent letter off you as well? I've got a quiet week, weirdly.
B: Would you? Honestly, yes please. I've not even opened it.
J: Done. I'll still get it out by the 2nd. I'll send it to Hilary first for the consent bit.
H: Thank you.
I: Lovely, so the parent letter's with Jaz now. Thanks both. Dev, the finance link, where are we?
D: So, the finance side. I've got the interface built for the fees and trip payments, but I can't test the finance link at all until there's a test company in your finance system. At the moment there's only the live company and I'm not testing against live.
O: No, please don't. That's Denise's team, finance. Denise is going to set up the test company by the 9th, she told me yesterday.
I: Denise isn't on these calls, is she?
O: Denise doesn't do calls. Denise does spreadsheets.
I: Ha. Okay, so Dev's blocked on finance for the test company, and Denise is saying the 9th.
D: Yeah. Until then I'm just building blind.
C: Is that the same finance system that does the payroll?
O: Different one. Don't ask. It's a long story involving a merger in 2021.
C: Say no more.
I: Okay. Anything else for you, Dev?
D: Single sign-on. For the Microsoft login I need the names of the staff groups in your tenant, so I know who gets which role.
O: Yeah, I'll send you the group names by Friday.
D: Perfect.
I: And the timetable workshop's still Thursday at Millbrook?
D: Still Thursday. I've got eleven timetablers signed up, which is more than I expected.
J: I've ordered extra biscuits.
B: Our timetabler's coming. She's not happy about it, but she's coming.
J: Honestly, if Castlegate wants a hand with their timetable I could maybe lend them our timetabler for a day, if that's any use. She loves this stuff.
B: Maybe. Let me see what ours says.
I: Okay. Owen, the census return for Dev, is that still the 2nd?
O: Yeah, should be. I've found where SchoolBase hides it, which is half the battle.
I: Ha. Right. Recap. Dev, Hilary's comments this week. Hilary, sign-off by the 9th. Me, ringing SchoolBase tomorrow. Bernadette, list Friday. Jaz, parent letter by the 2nd. Owen, group names Friday and the census return. Denise, test company by the 9th, via Owen.
O: Via Owen, yes.
I: Thanks all. Speak next week.
H: Thanks, bye.
C: Cheers.
"""

CALLS[4] = """
I: Morning all. Malcolm's said he'll try and join late, so let's start. Conor, I think you've got good news?
C: I have, for once. SchoolBase switched the export on Thursday night. We pulled the first full extract on Friday, all six schools.
J: Yay!
O: Well, I'll be. Eight working days, not ten. That's a SchoolBase record.
I: I rang their account manager on Wednesday, I like to think it helped.
C: It definitely didn't hurt. So, um, now we're off. The data quality report, duplicates, missing UPNs, contacts with no address, that sort of thing, we'll have that to you by Friday.
I: Friday the 9th. Great. And then the trial load into the sandbox?
C: The trial load, um, we'll have the trial load done by the 16th. That's all six schools, minus the safeguarding files obviously.
H: Obviously.
I: Ha. Thank you. Okay, Bernadette, I think I've got your training list now?
J: Yes, Bernadette's list went over on Friday, I sat with her after school and we did it together.
B: Jaz is a saint.
I: Lovely, thank you both. And Dev, the timetable workshop, how did it go?
J: Oh, it was brilliant. Honestly, our timetabler came back buzzing. I never thought I'd say that about a timetabler.
D: It went well. Eleven people, five of the six schools have started their builds already.
I: Five of six?
D: Yeah. Castlegate's the one. I can't start building Castlegate's timetable until we've got their curriculum model, the staffing, who teaches what next term. Everyone else has given me theirs.
R: Yes, I assumed that was coming.
D: It's not a criticism, Rhodri, I just can't build it without it.
R: Oh yes, I'll get right on that, between the Ofsted prep and the roof falling in.
I: Sorry, I think someone's joined?
M: Hello, morning, sorry, sorry. It's Malcolm. I've got about five minutes, I'm afraid.
I: Morning Malcolm. We were just on Castlegate's timetable, Dev needs the curriculum model.
M: Rhodri, can we have it by the 16th? I know it's a lot.
R: The 16th. Fine. But it depends on the governors agreeing the staffing, and that's not in my gift.
M: Understood. Thank you. Imogen, anything you need me for while I'm here?
I: Um, yes, actually, two things. One, the finance link. Owen, do you want to say what you said to me yesterday?
O: Yeah. So the original design was a real-time link, every payment straight into the finance system. And honestly, I think that's overkill. Finance reconcile daily anyway. I'd rather we did a nightly file export.
D: I'd support that, to be honest. It's more robust. If the finance system's down for an hour nobody notices.
B: Oh, thank God. I was dreading the real-time thing.
M: Fine by me. Is that a cost change?
D: No, it's less work if anything.
M: Then let's do it. Nightly file.
I: Okay, so the finance integration's a nightly file export, not real-time. I'll record that. And the second thing, Malcolm, is the training days. We need the office staff released, properly.
M: Yes. I'll write to all six heads this week to say the training days are protected. Nobody gets pulled for cover.
R: Present.
M: Ha. Including you, Rhodri. Right, I have to go, sorry everyone.
I: Thanks Malcolm.
I: Okay. Um, Hilary, the DPIA?
H: Dev's changes came back on Thursday, thank you. I'm working through them. Still the 9th for sign-off.
D: Shout if anything's unclear.
I: And Jaz, the parent letter?
J: Done! It went out to the heads on Friday. Hilary looked at the consent wording first.
H: I did. It's fine now. It wasn't fine before.
J: It was mostly fine.
I: Ha. Owen, Denise and the test company?
O: Denise says still the 9th.
I: Okay. And Dev, you were waiting on something from Owen for the census?
D: Oh, yeah, about that. Owen, the census return, scrap that. We'll use the DfE's test file instead, it's cleaner than comparing against SchoolBase.
O: Music to my ears. I hadn't started.
D: I know, that's why I said it now.
R: Can I ask what the trial actually proves? Because what I care about is, on the Monday after half-term, does the register work.
C: The trial proves the data lands. Then your staff check it in the sandbox, we'll give you a checklist.
R: And who checks it at Castlegate? Because my office is already at capacity.
B: It's me. It's always me.
I: Let's talk about that offline, Bernadette, we can maybe help.
B: Thanks.
I: Okay, recap. Conor, quality report Friday, trial load by the 16th. Rhodri, curriculum model by the 16th. Malcolm's writing to the heads. Hilary, sign-off Friday. Denise, test company Friday.
J: Busy Friday.
O: Busier than my Fridays usually are, anyway.
I: Very. Thanks everyone.
C: Cheers all.
R: Thanks.
"""

CALLS[5] = """
I: Morning all. Um, I haven't had anything from Malcolm or Rhodri this week, so I'll assume it's just us. Conor, shall we start with the data?
C: Yeah. So, the data quality report went over to Dev and the business managers yesterday. Sorry it was a day or two late, it's a big one.
D: It's a good report. Slightly terrifying, but good.
I: What's terrifying?
D: Mostly Castlegate, I'm afraid. Castlegate has about three hundred duplicate contacts in there. Same parent, two or three records, different spellings. Those need sorting at source in SchoolBase before the final extract, otherwise we carry them across.
B: Three hundred. Right.
J: Ours had eleven. Sorry. Not helpful.
C: It's really common, for what it's worth. Secondaries always have more, siblings across year groups, parents who've remarried, all of that.
B: Tell me about it. We've got one family with four surnames.
D: The report groups them by household, so it's not quite as bad as three hundred separate jobs. More like a hundred and twenty households.
B: Oh. Okay. That's, um, that's slightly less awful.
B: No, it's fine. It's fine. Um. I'll do them by Friday. Somehow.
I: Thank you Bernadette. Shout if you need a hand, honestly. Conor, the trial load?
C: Yeah, so, um, the trial load, that's going to be Monday now. We found a problem with the contact relationships, the priority order for who gets called first, it came out scrambled, so we're re-running it.
I: Monday the 19th.
C: Monday the 19th. Sorry.
O: Is it just Castlegate's contacts, or everyone's?
C: Everyone's. The priority field's stored differently in the older SchoolBase version, and two of your schools are on the older one.
O: Holmwood and Castlegate. Of course they are.
I: These things happen. Better now than on the night. Hilary?
H: Yes. So, um, I have to be honest with everyone. I'm not going to get the DPIA signed before half-term, I'm afraid. I've had a subject access request land that's eating my whole week, and I'm not signing something like this in a rush. First week back, realistically. The Friday.
I: So the 6th of November.
H: The 6th.
C: So the safeguarding files are still parked behind Hilary's signature. Which means they're not there on day one.
I: So what do the DSLs do on the Monday?
H: They use the archive copy for a week or two. It's read-only, it's not ideal, but it's safe.
O: If it helps, I could probably keep the DSLs' SchoolBase logins live for that, I'd have to check the licence.
I: Okay. That's not great, but it's honest. Thank you, Hilary. Dev, finance?
D: Finally, some good news. Denise's team set up the test company last Wednesday, so I'm actually testing now.
O: I told you Denise would deliver. Eventually.
D: So, um, I'll run the first end-to-end finance export test by Friday. Real payments from the sandbox, into the test company, and we see what breaks.
I: Great. Okay, training. So, the plan was a day at each school, and honestly, looking at the diaries, I don't think six separate days works. What I'd like to propose is two cluster sessions, everyone comes to one place, Wednesday the 21st and Thursday the 22nd.
J: Do it at Millbrook! We've got the ICT suite and the hall, you can fit everyone.
B: Two days out of Castlegate is still two days, but yes, it's better than you lot camping in my office.
O: Works for me. I'd rather set up one room properly than six badly.
D: And I can run both days with Imogen.
I: So we're agreed? Two clusters at Millbrook, the 21st and 22nd, instead of school by school.
J: Agreed.
B: Yes. Agreed.
I: Great, done. Jaz, could you send the invites out, since it's your building?
J: I'll send calendar invites for the training to all six schools tomorrow.
I: Thank you. Um, has anyone had Malcolm's letter about the training days being protected?
J: Not that I've seen.
B: No.
I: Okay. Um. Let's move on. Bernadette, Rhodri's curriculum model for Dev, is that still the 16th?
B: Rhodri says the 16th still stands, as far as he knows. The governors' staffing committee is this week.
D: Okay. Because honestly, the Castlegate timetable is now the long pole. Even if I get it on the 16th, that's a build in a week with half-term on top.
I: Right. So, um, I want to float something and I don't want anyone to panic. What if Castlegate went live in January instead? The other five at half-term as planned, Castlegate at the start of the spring term. More time for the timetable, more time for the duplicates.
B: Honestly? Part of me would be relieved. But I don't want to decide that without Rhodri. And Malcolm would have to agree.
O: There's a SchoolBase licence question too, Castlegate's licence runs out in December.
I: Okay. Let's not decide it today. I'll write up the options for Malcolm by Thursday, the January option and what it costs, and we come back to it next week.
B: Thank you.
O: Um, while we're on wish lists, I might be able to get the single sign-on tied in before training if the stars align, but don't write that down.
D: Owen, I still need the group names for that.
O: Yeah. Yeah, I know.
I: Okay. Anything else?
J: Can I just say, the sandbox is brilliant. I've been doing fake registers in it all week.
D: That's what it's for. Break it.
B: I haven't managed to log in yet, honestly.
J: It's the no-reply thing again. Check your junk folder.
I: Ha. Okay, recap. Bernadette, duplicates by Friday. Conor, trial load Monday. Hilary, sign-off the 6th. Dev, finance test by Friday. Jaz, training invites tomorrow. Me, the options paper for Malcolm Thursday.
C: Cheers Imogen.
I: Thanks all. Bye.
"""

CALLS[6] = """
I: Morning everyone. Oh, Rhodri, hello, good to have you back.
R: Morning. I've been told I need to be here for this one.
I: You do, a bit. Um, Malcolm's not going to make it. I sent him the options paper on Thursday, the January option for Castlegate, and, um, I haven't had a reply yet.
O: He's in budget meetings all week, for what it's worth.
I: Okay. Let's do the updates first and then come to Castlegate. Conor?
C: Yeah, good news. The trial load finished on Sunday night, all six schools, a day early. The contact priority issue's fixed, I checked it myself.
J: I've already had a look at Millbrook, it's all there. Even the dinner money balances.
C: Told you.
R: And Castlegate?
C: Castlegate's in there too, all the pupils and contacts. Duplicates and all, I'm afraid, until they're cleaned up at source.
R: Naturally.
I: Brilliant. Thanks Conor. Dev, finance?
D: So the finance export test ran on Friday. Mostly good, the fees and the trip payments all land in the test company. But the cost codes for trips are mapped wrong, they're all going to one code. I'll fix the cost-code mapping by Friday and re-run.
O: Denise will be thrilled, she's been asking about trip codes since 2023.
I: Ha. Okay. Jaz, the training invites?
B: I can answer that, I got Jaz's invite on Wednesday. It's in the diary, I've told my two.
J: Everyone's accepted except Holmwood. I'm chasing them.
O: Holmwood's office manager is on leave till Wednesday, I think. That might be why.
J: Ah. That explains it.
D: Do people need to bring laptops, or are we using the ICT suite machines?
J: The suite machines are fine. They've all got the sandbox bookmarked, I did it on Friday.
D: You're a star.
I: Great. So training's tomorrow and Thursday. Exciting. Um. Bernadette, the duplicates?
B: I haven't touched the duplicates. I know. I know. There just hasn't been a minute.
I: Okay. Thanks for being straight about it. Which actually leads us into Castlegate. Rhodri, the curriculum model?
R: Yes. So, the governors' staffing committee met on Thursday and they didn't agree the staffing. They've pushed it to the full governing body on the 4th of November. So you'll get the curriculum model after that. The 4th, realistically.
D: So I still can't start Castlegate's timetable. It's been stuck on the staffing for three weeks now.
R: I'm aware.
I: Okay. So given that, and the duplicates, and the fact that a Castlegate timetable built in a week over half-term would be, um, brave, I think we have to take the January option for Castlegate.
R: I'll be honest, I was sceptical about doing this at all, so I'm hardly going to argue for doing it faster.
B: Yes. Please. Honestly, yes.
O: From IT, I'm fine with it. The only thing is SchoolBase, Castlegate's licence runs to December, someone will need to extend it.
D: And from our side it's cleaner. We do five schools at half-term and Castlegate on its own in the Christmas holidays.
J: Can Millbrook still go at half-term?
I: Millbrook and the other four stay exactly as planned.
J: Phew.
I: So, to say it out loud: Castlegate goes live on Monday the 4th of January, and the other five stay on the 2nd of November. Everyone happy with that?
R: Yes.
B: Yes.
O: Yes.
C: Works for us.
I: Okay, agreed. Malcolm still needs to ratify it, obviously, so I'll email Malcolm today with what we've agreed and ask him to confirm.
O: Good luck.
I: Ha. Conor, what does that do to the half-term plan?
C: Nothing bad. It's simpler. We'll do the final extract on the Friday night, and we'll have the five schools loaded by Saturday the 31st, so you've got the Sunday to check.
I: Lovely. Hilary, anything changed on the DPIA?
H: No, nothing's changed on my side. Still the 6th. The safeguarding files go in the week after go-live.
I: And the DSLs know they're on the archive copy for that first week?
H: I've told them. They weren't delighted.
R: Mine certainly wasn't.
D: Um, and if Conor's team need a hand on the weekend of the cut, I could probably be on the end of a phone, no promises.
C: I might hold you to that.
D: I said no promises.
I: Ha. Okay. Rhodri, anything you need from us?
R: Just, um. Make sure the other five actually work. Because if they do, I'll stop being the grumpy one.
I: Deal.
R: Probably.
I: Okay, recap. Dev, cost codes by Friday. Conor, five schools loaded by the 31st. Me, the email to Malcolm today. Rhodri, the curriculum model after the governors on the 4th. Hilary, still the 6th. Training tomorrow and Thursday at Millbrook.
J: Bring your own mug!
I: Thanks everyone. Good luck for tomorrow.
B: Bye.
R: Bye.
"""


def ts(t):
    h, rem = divmod(int(t), 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        out.append((NAMES[code], text.strip()))
    return out


def render(n):
    rnd = random.Random(2600 + n)
    t = 2.0 + rnd.random() * 4
    lines = []
    for name, text in turns(n):
        lines.append(f"{name} ({ts(t)}): {text}")
        t += max(1.0, len(text.split()) / 2.6) + rnd.uniform(0.4, 1.8)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.txt").write_text(render(n))
        print(f"call-{n}.txt: {len(turns(n))} turns")
