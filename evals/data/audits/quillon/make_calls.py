#!/usr/bin/env python3
"""Generate the six Quillon Health e-Rostering calls as Microsoft Teams WebVTT exports (calls/call-N.vtt).

Each turn is "CODE: text"; " | " inside a turn marks where Teams cut the turn into consecutive cues of the same
speaker (each cue is "<v Full Name>text</v>", with a Teams-style "GUID/turn-part" cue identifier). Timestamps and
identifiers are synthetic but deterministic.
Run: python3 make_calls.py   (writes calls/call-1.vtt .. call-6.vtt next to this file)
"""
import random
import uuid
from pathlib import Path

NAMES = {
    "I": "Imogen Ashby",       # vendor (Quillon) PM, host
    "R": "Rhys Caldwell",      # vendor implementation consultant (rules, interfaces, data loads)
    "M": "Maureen Okonjo",     # customer director of nursing, sponsor (calls 1-2 only)
    "S": "Shona Baird",        # customer workforce systems manager, trust project lead
    "C": "Callum Fraser",      # customer HR systems analyst (HR feed)
    "B": "Bev Tolley",         # customer ward manager, Ward 7 (pilot), overloaded
    "A": "Ade Oyelaran",       # staff-side (union) rep
    "K": "Marek Zielinski",    # Paystream, external payroll bureau, integration lead
}

CALLS = {}

CALLS[1] = """
I: Hi everyone, can you hear me okay? I've got a little echo on my side.
S: Yeah, we can hear you. Bit of echo, it's fine.
I: Okay, good. I'll give it one more minute, Marek said he might be a couple of minutes late.
K: No, I'm here, I'm here. Sorry, I was on mute shouting at nobody.
I: Ha. Okay. So welcome, this is the first of the weekly calls for the e-rostering rollout at the trust. I'm Imogen, | I'm the project manager at Quillon, I'll be chairing these every Tuesday. Maybe a quick round of names?
R: Rhys Caldwell, Quillon, I'm the implementation consultant, so rules, the HR interface, the payroll export, | basically anything that breaks.
M: Maureen Okonjo, director of nursing. I'm, um, I'm the sponsor on this. I've wanted this for about five years, | so no pressure.
S: Shona Baird, workforce systems. I'm the trust lead day to day, so I'm the one you'll be chasing.
C: Callum Fraser, HR systems. I look after the HR system and the feeds out of it.
I: Thanks Callum. Bev, are you -- oh, you're on mute, Bev.
B: Sorry. Sorry. Can you hear me now? The ward PC's microphone is about a hundred years old. | Bev Tolley, ward manager on Ward 7, respiratory. I've got about ten minutes before I'm needed on the ward, sorry.
A: Ade Oyelaran, I'm the staff-side rep, Unison. I'm here because my members have questions, | and I'd rather ask them here than in a grievance.
I: That's very fair, and welcome. And Marek?
K: Marek Zielinski from Paystream, the payroll bureau. We take the timesheets and turn them into pay, | so we care a lot about the export.
I: Great. So the first thing I wanted to settle is scope for the pilot. Maureen, I know you'd mentioned | doing all of medicine in one go.
M: I would love to. Eleven wards, rip it off like a plaster.
B: With respect, Maureen, if you do eleven wards in one go and the December pay is wrong, | you'll have nurses at your door, not at mine.
A: That's my worry too. If overtime or enhancements come out wrong at Christmas, that's the end of goodwill.
I: So what I'd suggest, honestly, is two wards first. Ward 7 and one other, get a clean pay run out of it, | then roll the rest of medicine in the new year.
S: Ward 12 would be a good second one. Elderly care, lots of part-timers, lots of weird patterns. If it works there, | it works anywhere.
M: Hmm. I don't love waiting. But, okay, I hear you. Two wards.
I: Ward 7 and Ward 12, and first rosters built in the system for a go-live on the 16th of November. Everyone okay with that?
S: Yes.
B: Yes. Well, yes with a sigh.
M: Go on then, agreed.
I: Brilliant, I'll note that as decided. Okay, so actions. Callum, the HR feed.
C: Yeah. Before I can do anything, can I get the field list for the HR feed? What you actually need, | I don't want to send you the whole staff record.
R: Absolutely, I'll ping that over to you tomorrow. It's basically person, assignment, contracted hours, grade, | cost centre.
C: Okay, great. And then I'll do you a test extract off the back of it. Realistically, Friday week.
I: Friday week, so that's the 16th?
C: The 16th, yeah.
I: Thanks Callum. Marek, what do you need from us, or what do we need from you?
K: So the main thing is our import spec for the timesheets, the pay codes, the layout. Rhys needs that | to build the export. I'll get that to Rhys by Friday.
R: Friday's great.
K: And, um, the export itself, is it weekly or per pay period? Because we run monthly for most of your nurses.
R: Weekly by default, but it's a setting, we can do per period.
K: Weekly's fine, actually. Smaller files, fewer surprises.
C: Sorry, can I just, um -- the HR feed, that's one-way, isn't it? Nothing comes back into the HR system?
R: One-way. We never write back into HR.
C: Good. Because that would be a much longer conversation.
I: Maureen, the bit only you can do is the rostering policy. The rules we build into the system, | max consecutive long days, the annual leave allowance per ward, all of that. Rhys can't build the rules | without a signed policy.
M: Yes, so that goes to the nursing and midwifery board on the fifteenth, I'll take it myself, | and it'll be signed off there.
I: Lovely, so the 15th.
M: And, um, the wards. Shona's going to pick that up, aren't you Shona? The super-users for both wards.
S: Yep. I'll get you the names of the super-users for both wards by Friday.
I: Thank you. Ade, you said your members have questions?
A: They do. Breaks, mainly. And who gets to see what. And whether this is a way to cut bank shifts by the back door.
M: It isn't. I can say that now. It isn't.
A: With respect, Maureen, people have heard that before.
I: Okay. Would it help if you put those in writing so we can answer them properly rather than on the fly?
A: Yeah, I'll put it in writing. You'll have it by Monday.
B: Sorry, I'm going to have to jump, I'm needed on the ward.
I: No problem, Bev, thanks for coming.
R: And, um, if it'd help, I could come on site one afternoon and walk the ward managers through it, | if that's something people want.
S: Maybe later on. They're pretty stretched right now.
I: Okay. And I'll get the plan and the RACI out this afternoon, so everyone can see who's on the hook for what.
C: The RACI. Oh good.
I: It's a friendly RACI.
C: There's no such thing.
M: I have to go as well, I'm afraid. Shona, keep me posted.
S: Will do.
I: Thanks, Maureen. Right, quick recap before we lose anyone else. Rhys, field list to Callum tomorrow. | Callum, test extract the 16th. Marek, import spec Friday. Maureen, policy signed at the board on the 15th. | Shona, super-user names Friday. Ade, concerns in writing by Monday. And me, plan and RACI today.
K: Got it.
A: Fine by me.
I: Thanks all. Same time next week.
"""

CALLS[2] = """
I: Morning all. Can everyone see my screen? It's the plan, just so we're looking at the same thing.
S: Yep, we can see it. And I got it on email last Tuesday, and the RACI, thanks.
B: I can see a very small version of it.
I: Ha. I'll zoom in. Okay, let's get going, I know people are busy. Maureen, good to have you.
M: I can only stay for the first bit, I'm sorry. It's a mad week.
I: Understood, I'll try and do your bits first. Actually, on the policy, how did the board go?
M: So the board got bumped. It's the twenty-second now, they moved it for the CQC prep. Same plan, | I'll take it in and get it signed then.
I: The 22nd. Okay.
R: That's fine for now, I can start on the shift patterns without it.
M: And I should say, I'll send a note to the matrons this week so they know the pilot's coming. | I don't want them hearing about it from the ward managers.
S: That'd be really helpful, actually. They're starting to ask.
I: Great. Rhys, did the field list get to Callum?
C: Yeah, I've got Rhys's field list. Came Wednesday. It's fine, it's mostly stuff we've already got.
I: Super-user names, Shona?
S: Done, sent them Friday. Two on Ward 7, three on Ward 12, because Ward 12 has more part-timers.
B: I found out I was a super-user from Shona's email, by the way.
S: You volunteered, Bev.
B: Did I.
I: And Ade, we got your list on Monday, thank you. It was very clear.
A: It was meant to be.
I: Ha. Okay. Marek, the import spec?
K: Ah. So, um, our developers want to review it before it goes out, there's a new version coming. | I'd say Wednesday. Tomorrow.
I: Tomorrow, the 14th. Okay.
K: And the bigger issue, honestly, is the pay codes. We can't build the mapping at our end | until your payroll team confirm the full pay code list. The enhancements, nights, weekends, bank holidays. | We've asked twice.
S: That'll be Yvonne. She's, um, she's drowning in the pension changes.
I: Shona, could you give her a nudge?
S: Yeah, I'll chase Yvonne today. I'll walk over to her desk if I have to.
K: Thank you. Without that we're guessing.
M: Right, I'm going to have to drop, sorry everyone. Shona, you know where I am.
I: Thanks Maureen. | So, Ade's list. The big one for me was breaks. Ade, do you want to say what the concern is?
A: So at the moment, if you're on a long day, half an hour is taken off as unpaid break. | People are worried the new system deducts a break off every shift, even a four-hour twilight.
R: It can do it either way, it's just a rule. We can set a threshold.
A: Can it, though? Because the last system --
R: It can. Honestly. It's a number in a box.
A: Then the threshold should be six hours. Over six hours, thirty minutes unpaid. Under six, nothing. | That's what's in the policy now.
S: That's what we do on paper, yeah.
B: Same on 7. Nobody takes a break on a twilight anyway.
I: So, thirty minutes unpaid break only on shifts over six hours. Rhys, you can build that?
R: Easily.
I: Okay, let's agree that then. That's the break rule.
A: Good. One down.
I: And for the rest of the list, I'll draft a response to Ade's points, and Shona and I will go through it together. | Say by next Tuesday?
S: Works for me.
A: Can it be in plain English?
I: It'll be in plain English.
I: Bev, how are you doing? I know you're flat out.
B: I'm alive. We've got three vacancies and two on long-term sick. So, you know. Thriving.
I: I'm sorry. The one thing I'd love from you is, Rhys has drafted the shift templates for Ward 7. | Could you go through them?
B: Yeah. I'll try and look at them on my day off. Thursday.
R: There's only eleven of them, it won't take long. Probably.
B: You say that.
I: Rhys, the training environment?
R: Yeah, so I'll have the training environment built with both wards in it by the 23rd. | And, um, we'll have the staff app switched on for Ward 12 by the 30th, so they can see their shifts on their phones.
C: The app on their own phones? Has anyone asked IT about that?
R: It's just an app store download.
C: Mm.
I: Callum, is that a problem?
C: It might be. IT security have, um, opinions about phones.
I: Marek, while I've got you, the cut-off dates for November and December payroll?
K: Yeah, I'll confirm the cut-off dates by the end of the week. December's always early because of Christmas.
I: Okay, so Friday. Anything else?
A: Just, um, I'll say now, if the breaks thing had gone the other way I'd have been back with a formal letter.
I: Noted. And it didn't.
A: It didn't. Credit where it's due.
I: Okay, recap. Marek, import spec tomorrow and cut-offs Friday. Shona, chase Yvonne today. | Me and Shona, response to Ade by Tuesday. Bev, shift templates Thursday. Rhys, training environment the 23rd | and the app for Ward 12 by the 30th. And Maureen's note to the matrons this week.
S: Busy week.
I: Always. Thanks everyone.
"""

CALLS[3] = """
I: Hello, hello. Just waiting for a couple more. Shona, is Maureen joining?
S: No, she sends her apologies. CQC are in this week, she's been pulled into it.
I: Okay, thanks. Let's crack on then. Marek, the import spec and the cut-off dates?
K: Both done. The spec went to Rhys on Wednesday, and the cut-offs went round Friday. | December cut-off is the 9th, which is, uh, early.
R: Yeah, I've got the spec, it's fine. Pretty standard.
I: The 9th of December. Okay, noted. And the pay codes, Shona, did you catch Yvonne?
S: I did. I caught her Tuesday afternoon. She promised them by this Friday. I'll believe it when I see it.
K: Which means we're still not building anything.
S: I know. I'm sorry. She's on it, honestly.
K: It's not your fault. It's just, the longer it goes, the less time we have to test before December.
I: Okay. Ade, did you get the response?
S: It went out to Ade on Friday. Imogen did most of it, I just took out the jargon.
A: I got it, thanks. It's good. I'll take it to the staff side meeting on the twenty-ninth | and come back to you with anything that's left.
I: Perfect. Callum, the test extract, that was due Friday.
C: Yeah. So that's going to be the end of this week now. There's a change freeze on the HR system | for the pay award and I can't get anything out until it lifts.
I: So Friday the 23rd?
C: Friday, yeah. Fingers crossed.
R: I'll be honest, that's starting to hurt. I can't load the staff records or build the actual rosters | until I've got the HR extract from Callum. I've done what I can with dummy people.
C: Yeah, I know, I know.
I: Callum, can you get an exception to the freeze?
C: Yeah, I'll just ask the change board to make an exception for us, they love that.
I: Okay, I'll take that as a no.
C: It's a no.
A: Does that freeze affect the pay award going into people's pay? Because that's a separate conversation I'd like to have.
C: Different team, Ade. But, yes, that's why it's frozen.
A: Right. Okay. I'll pick that up elsewhere.
R: And, um, while we're on it. How often will the feed run, daily? And what happens with starters and leavers?
C: Daily, overnight. I'll send you the starters and leavers process, there's a document somewhere. | End of the week.
R: Great.
I: The policy. Maureen's board is on Thursday, isn't it?
S: As far as I know. It's on the agenda.
R: Because I've put the rules config to one side. There's no point me building the long day limits and the leave rules | until the policy's signed off by Maureen, I'd only be doing it twice.
I: Understood. Bev, the shift templates?
B: I haven't had a chance. Sorry. I had two shifts go down on Thursday and I ended up working the floor. | It'll be next week now, honestly. Thursday again, probably.
I: No apology needed. Next Thursday, the 22nd?
B: The 22nd.
S: I can sit with you for it if that helps, Bev. An hour in your office.
B: Maybe. Let me see what the week looks like first.
R: And Bev, just so you know, once the HR data's in, I'll need the leave that's already booked for Ward 7, | December and January, so it's in the rosters from day one.
B: It's all on paper cards in my office. I'll get you the booked leave for Ward 7 by next Friday.
I: Thanks Bev. Rhys, the payroll test, when can we do a first export to Marek?
R: So once the spec's built, we'll push a test timesheet file to Marek by the 30th. Dummy data, | but real pay codes if Yvonne comes through.
K: That works. We'll load it into our test system.
I: Real pay codes being the big if.
K: The big if, yes.
I: Training. Shona, do we have rooms for the super-user training?
S: Not yet. I'll get the rooms booked, leave it with me. By Friday.
I: Lovely. Now, um, Ade, I think you had something on self-rostering.
A: Yeah. So the system lets staff put in their own shift requests, which sounds great, but on the wards | the people with kids get in first and the people on nights get whatever's left. I'd rather that wasn't | switched on until we've seen how it works.
B: Honestly, I'd rather build the rosters myself for the pilot anyway. One less thing.
R: It's a switch. We can leave requests off for the pilot and turn them on later.
S: Then let's do that. Managers build the rosters for the pilot, no self-rostering, and we look at it again | at the pilot review.
A: I can live with that.
I: Okay, so self-rostering stays switched off for the pilot, ward managers build the rosters, | we revisit at the pilot review. Decided. | And, um, I could probably ask our clinical safety officer to join one of these if that's useful, | for the safe staffing side.
S: Let's see. Maybe once the rules are in.
I: Fair. Anything else from anyone? Bev?
B: Only that I've got a CQC inspector on the ward tomorrow, so if I'm short with anyone, that's why.
I: Good luck with that. | Okay. Recap. Callum, test extract Friday and the starters and leavers process. Bev, templates the 22nd | and the booked leave by next Friday. Rhys, test export to Marek by the 30th. Shona, rooms by Friday. | Ade, staff side on the 29th.
C: And praying.
I: And praying. Thanks all.
"""

CALLS[4] = """
I: Morning all. Let's start, Marek's said he'll be five minutes late.
A: Morning.
B: Morning. I'm on my phone, I'm walking to a meeting, so I might cut out.
I: That's fine, Bev. Shout if you need us to repeat anything. And no Maureen today.
S: I've not heard anything from her office. I'll be honest, I'm not sure she knows it's on.
I: Okay. Has anyone else heard from her at all?
C: Not me.
A: I saw her in the corridor on Friday. She said, and I quote, "how's my rostering going".
I: Ha. Well, that's something. Okay, let's do good news first. Shona, you had something?
S: Yes, so the shift templates for Ward 7 are signed off. Bev went through them with me on Thursday, | we changed two of them.
B: Three.
S: Three. And the training rooms are booked, the education centre, the 4th and 5th of November.
I: Great. Rhys, the training environment?
R: It's built. Both wards are in it, dummy staff for now. You can log in and play.
I: Lovely. Callum, the extract, I'm almost scared to ask.
C: Yeah, so, the freeze has been extended. The pay award's gone wrong somewhere and they've locked everything. | I'm being told Friday. This Friday, the 30th.
I: The 30th. And that's definite, or --
C: It's as definite as anything is with this freeze. Which is, um, not very.
R: Which means I'm still sat on my hands for the staff data. Nothing to load. Everything downstream of that | is just waiting.
I: Okay. And the policy, Shona, did it go to the board on Thursday?
S: It went to the board, but Maureen wasn't there, she sent her apologies, and the chair wouldn't sign it off | without her presenting it. So it's just sitting.
R: So we're still without a signed policy, which means no rules config. I can't keep building around it.
I: Who else can sign it? Is there a deputy?
S: Lorraine. Lorraine Whitcombe, deputy director of nursing. She can sign under delegated authority, I think.
R: Would the board accept that?
S: I think so. It's happened before, with the uniform policy.
I: Could you raise it with her?
S: Yeah, I'll see Lorraine at the matrons' huddle on Thursday. I'll raise it with her face to face, | it's quicker than email.
K: Sorry, sorry, I'm here. Apologies. Train.
I: No worries, Marek. Good timing actually, the pay codes?
K: Yes! We got the pay codes from your payroll team on Wednesday. Yvonne sent them. So we're building the mapping now.
S: She actually did it. I owe her a biscuit.
I: Brilliant. Bev, the booked leave for Ward 7?
B: So, um, about that. I'm on nights next week because we've got nobody, so I'm not going to get to it. | Can someone else pick it up?
S: Yeah, I'll take the leave list. I'll pull it off the paper cards myself, same Friday.
B: Thank you. They're in the blue folder. The second blue folder.
I: Thanks Shona. Rhys, the staff app for Ward 12?
C: Can I come in on that? IT security looked at it. Staff can't put the app on their own phones until the BYOD policy | is agreed, and that's not happening this side of Christmas.
R: Ah. I did wonder.
B: Half my staff haven't got a phone that'll run it anyway.
I: Then I think we take the app out of the pilot. Ward 12 sees rosters on the ward like now, | and we come back to the app in January.
S: Agreed.
A: Fine by me, some of my members didn't want it on their phones anyway.
R: Okay, I'll stand that down.
I: Okay, the app's out of the pilot, revisit in January. Rhys, super-user training materials?
R: Yeah, I'll have the super-user guide to Shona by the 30th, so she's got it before the sessions.
I: Great. Marek, the parallel run. For December we want to run the system's timesheets alongside | the paper ones, and compare. Can you put a plan together?
K: Yes, so a parallel-run plan for December, I can do that by the sixth. The 6th of November.
R: And you'll have had the test file from me by then.
K: Assuming it turns up, yes.
R: It'll turn up.
I: Lovely. Ade, you've got the staff side meeting Thursday?
A: Thursday, yeah. I'll be there with bells on.
B: Is that the one with the biscuits?
A: It's the one without the biscuits. | One thing I'll flag now, ahead of Thursday. Who can see sickness absence in the system? | Is it just the ward manager?
R: The ward manager and the matron, by default. It's configurable.
A: That's going to come up. People are twitchy about sickness.
I: Let's pick it up properly once you've been to staff side.
I: Okay, recap. Callum, extract the 30th. Shona, Lorraine on Thursday and the leave list Friday. | Rhys, super-user guide the 30th. Marek, parallel-run plan the 6th. Rhys, test export still the 30th?
R: Still the 30th, if the mapping's there.
I: Great. Thanks everyone.
"""

CALLS[5] = """
I: Hi all. Bev's on nights, so she won't be joining. And, um, no Maureen again.
S: No. I did put a note in her diary. | And Bev messaged me at six this morning to say she's alive. That's the update.
I: Okay. Good news first, I think there's a fair bit of it. Rhys?
R: Yeah, the HR extract landed Thursday night. Callum got it out in the end. So I've got real staff data.
C: Don't sound so shocked.
R: I'm not shocked, I'm relieved. Different face.
I: And the policy, Shona?
S: So, I saw Lorraine at the huddle, and she signed the policy off on Friday under delegated authority. | Maureen's been copied in. So Rhys has got a signed policy.
R: Which means I can finally do the rules. Long days, leave allowance, the break rule, all of it.
I: Did Maureen say anything?
S: Not to me. Lorraine said she'd mention it to her.
I: Okay. And the leave list, Shona?
S: Done. Ward 7's booked leave, December and January, went to Rhys on Friday. The blue folder delivered.
I: Ade, how did the staff side meeting go?
A: It went fine. They went through the response on Thursday, and there's only two things left. | Annual leave fairness, and what managers can see about sickness. I've put them in an email.
I: Got it, it came in last night. We'll work through those with Shona. | Thank you. So, now the less good news. Rhys, the test file to Marek?
R: Yeah, we didn't get to it. The mapping's done, but I needed real staff to make it meaningful. | It'll be Friday. The 6th.
K: That's okay with us. Friday.
I: And the super-user guide?
R: It's almost there. The screenshots need redoing now the real data's in. Monday, I promise.
S: Monday the 9th. The training's on the 4th and 5th, so they'll have the slides but not the guide.
R: The slides are the guide, more or less. Just prettier.
S: Fine. But Monday.
R: Monday.
I: Okay. So, the big thing. With the HR data landing late and the rules only starting now, I don't think | the 16th is real for go-live. I'd like to propose we move the pilot go-live to the 30th of November.
S: I was going to say the same thing. I'd rather do it properly.
A: Staff side would prefer that. It gives us time to sort the last two points.
R: The 30th works. Two weeks to build and check the rules.
K: Does it affect December payroll?
I: Marek, you tell me. First pay period on the system would still be in December.
K: Then we're fine, as long as we have the test file Friday.
I: Okay. So decided, pilot go-live moves from the 16th to the 30th of November.
S: Decided.
I: I'll recirculate the plan with the new dates tomorrow.
I: Rhys, with the real data, when will the rosters be ready?
R: So I'll load the staff records and build the roster templates for both wards, should be done by Friday. | Ward 7 first, then 12.
I: Friday, lovely. Ade, on the two open points?
A: I'll get you something in writing from staff side by the 13th, our position on the pilot. | If the two points are sorted, it'll be supportive.
I: That's good of you. And for the demo, are there staff-side reps who want to see the system before it goes live?
A: Yeah, a few. I'll send you the names of the staff-side reps who want to see it. Friday.
I: Great. Marek, the parallel-run plan, still the 6th?
K: Yes, still the 6th. And, um, if your payroll team could turn round queries quicker next time, | we could maybe bring the parallel run forward a week, but I'm not promising anything.
S: Yvonne will be thrilled to hear that. | On the training, the 4th and 5th, Ward 7 have put two people on each day, Ward 12 have put, um, one.
I: One out of three?
S: They're short. I'll keep on at their manager.
R: The education centre laptops are all updated, by the way, I checked on Friday.
C: And, um, where's the extract stored at your end, Rhys? It's got NI numbers in it.
R: Our secure area, and it's deleted once the load's checked.
C: Good. Our IG people will ask.
I: Callum, anything from you?
C: Just that the daily feed's scheduled from tonight. So changes will come through overnight.
R: Perfect.
C: Starters, leavers, changes of hours. All of it.
I: And the test extract had everyone in it? Both wards?
C: Both wards. Well. Everyone who's on the system properly.
I: Okay, recap. Me, the plan tomorrow. Rhys, test file Friday, guide Monday, rosters Friday. Marek, parallel run | plan Friday. Ade, reps' names Friday and the staff-side letter by the 13th.
K: One question. The 30th is a Monday, yes? So the first system week closes on the 6th?
I: The 6th of December, yes. I'll put that in the plan.
A: Got it.
I: Thanks all, see you next week.
"""

CALLS[6] = """
I: Morning, everyone. Bev, welcome back to the land of day shifts.
B: Barely. I've had four hours' sleep. Talk slowly.
I: Ha. I'll try.
K: Morning all.
C: Morning.
I: Morning Marek, Callum. Ade, are you with us?
A: I'm here, I'm on the bus, so sorry about the noise.
I: No problem. No Maureen again, I see.
S: No. I mean, she's not been on one of these since the second call, has she? I did tell her the date moved.
I: Yeah. I think before go-live we need her back in the room. If it helps, I could try and get thirty minutes | in her diary, just her and me and you.
S: Let me ask her PA first. She guards that diary like a dragon.
A: Staff side have noticed, for what it's worth. People ask me if nursing leadership is actually behind this.
I: That's useful to know. Thank you.
I: Okay. Updates. Marek, did the test file arrive?
K: It did. Rhys's file came through on Friday, it loaded into our test system. Two pay codes rejected, | the bank holiday night enhancement and one other, but that's a mapping fix.
R: Yeah, that's on our side. I fixed the mapping this morning, actually, it was a typo in the code table.
K: Then we'll rerun it.
I: Great. And the super-user guide went to Shona yesterday?
S: It did, yesterday morning. It's good, actually. The Ward 12 super-users have already found a typo.
R: Of course they have.
I: Everyone got the revised plan last Wednesday?
A: Got it.
K: Yes.
I: Rhys, the rosters for both wards?
R: So Ward 7 is loaded and the templates are built. Ward 12 is the problem. About forty people on Ward 12 | have no contracted hours in the HR data, so the system thinks they work zero hours. I can't build | their rosters until the contracted hours are fixed in the HR system.
C: That's the bank staff who moved onto substantive contracts in the summer. The hours never got keyed.
R: And the system won't let me roster someone on zero hours. Which, to be fair, is the right answer.
I: So Ward 12 is waiting on the HR records. Callum, can you get those corrected?
C: Yeah, I'll have them corrected by Thursday morning. It's a manual job, but it's forty records, not four hundred.
R: Then Ward 12 will be Friday instead. The 13th.
I: Okay, Ward 12 rosters Friday the 13th.
B: Can I suggest something? What if Ward 7 goes live on the 30th and Ward 12 goes a week later? | Then we're not betting both wards on Callum's Thursday.
C: Thanks, Bev.
B: No offence.
S: I'd rather keep them together if we can, it's one parallel run, one set of training. Let's see where we are | Thursday before we split it.
I: Yeah, let's not decide that today. We'll look at it once the hours are in.
I: Marek, the parallel-run plan, that was due Friday.
K: Yes. I'll be honest, I haven't started it. We've had the December freeze land on us as well. | I know, I know.
I: Okay. It does matter for the 30th.
K: I know.
S: What's the earliest you could have it?
K: I don't want to give you a date and miss it again. Let me look at it with my team and come back.
I: Okay. But, um, we really need it this week. | Ade, the staff-side letter?
A: On track for Friday. The sickness visibility point is sorted, Shona and I spoke. Leave fairness, | nearly there. | On leave fairness, the thing people want is that leave is approved in the order it's asked for, | not by who shouts loudest.
S: That's in the policy Lorraine signed. First come, first served, within the ward's allowance.
R: And the system date-stamps every request, so you can always see the order.
B: Can I have that printed on my wall?
A: Then I think we're there.
I: Good. Training. Shona, how did the super-user sessions go?
S: Good. Ward 7 all came. Ward 12, two of three missed it, because of the staffing. | So I'll run a second super-user session on the 17th for the Ward 12 people who missed it.
B: My lot loved it, by the way. One of my band fives has already built next month's roster in the training system. | For fun.
R: For fun?
B: She's a bit odd. She's brilliant.
I: Ha. Thanks Shona. Callum, anything?
C: The feed's been running nightly, no errors. Which is suspicious.
R: Don't jinx it.
I: Okay, recap. Callum, Ward 12 hours Thursday. Rhys, Ward 12 rosters Friday and the pay code fix. | Shona, second session on the 17th. Ade, the letter Friday. Marek, the parallel run plan, | as soon as you can.
K: Yep.
B: And me, sleep.
I: And Bev, sleep. Thanks everyone.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        out.append((NAMES[code], [p.strip() for p in text.split(" | ")]))
    return out


def render(n):
    rnd = random.Random(2000 + n)
    t = 2.0 + rnd.random() * 4
    lines = ["WEBVTT", ""]
    for k, (name, parts) in enumerate(turns(n)):
        gid = uuid.UUID(int=rnd.getrandbits(128), version=4)
        for i, part in enumerate(parts):
            dur = max(0.9, len(part.split()) / 2.5 + rnd.uniform(-0.3, 0.7))
            lines += [f"{gid}/{k + 11}-{i}", f"{ts(t)} --> {ts(t + dur)}", f"<v {name}>{part}</v>", ""]
            t += dur + (0.01 if i < len(parts) - 1 else rnd.uniform(0.3, 1.8))
    return "\n".join(lines)


def merged_text(n):
    """Turn texts with the cue parts joined by single spaces (what a quote is checked against)."""
    return [(name, " ".join(parts)) for name, parts in turns(n)]


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.vtt").write_text(render(n))
        print(f"call-{n}.vtt: {len(turns(n))} turns, {sum(len(p) for _, p in turns(n))} cues")
