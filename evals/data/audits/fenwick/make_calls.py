#!/usr/bin/env python3
"""Generate the six Fenwick Payroll Cutover calls as Microsoft Teams transcript .docx exports.

Usage (python-docx needed):  /work/main/.venv/bin/python evals/data/audits/fenwick/make_calls.py

Each turn becomes two paragraphs, as in a Teams "Download as .docx" transcript:
    "Full Name   M:SS"   (name, three spaces, elapsed time since the call started; H:MM:SS after an hour)
    "spoken text"
preceded by the usual Teams header (meeting title, date/time, duration, "X started transcription") and followed by
"X stopped transcription". Times are deterministic (seeded) and increase with the length of what was said.
Writes calls/call-N.docx and a plain-text copy calls/call-N.script.md (for reading diffs; not used by run.sh).
Synthetic content written for this project.
"""
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "calls"

PEOPLE = {
    "Tessa": "Tessa Morgan",      # vendor (Payvance) project manager
    "Rohan": "Rohan Mehta",       # vendor payroll implementation consultant
    "Luke": "Luke Brennan",       # vendor integration engineer (time and attendance)
    "Gail": "Gail Pritchard",     # Fenwick payroll manager (overloaded)
    "Kieran": "Kieran Doyle",     # Fenwick HR systems analyst (paternity leave 19 Oct - 2 Nov)
    "Martin": "Martin Shaw",      # Fenwick financial controller (GL mapping sign-off)
    "Sandra": "Sandra Okafor",    # Fenwick HR director, sponsor (attends call 5 only)
    "Joanne": "Joanne Reid",      # Fenwick HR business partner (stands in for Sandra)
    "Megan": "Megan Ross",        # Sandra's executive assistant
    "Sean": "Sean Gallagher",     # Chronotek, third-party time-clock hardware vendor
}

CALLS = {}

# ---------------------------------------------------------------- call 1: Wed 2026-10-07
CALLS[1] = ("Wednesday, October 7, 2026, 10:00AM", 1007, """
Tessa: Morning everyone. Can you all hear me okay?
Rohan: Yep, loud and clear.
Gail: Yes. Just so you know, I've got about forty minutes and then I'm back in September close.
Tessa: Understood, we'll keep it tight. So, um, welcome to the first weekly for the Fenwick payroll cutover. Bit of housekeeping first. Sandra's sent her apologies, Megan emailed this morning, she's tied up with the board pack. So it's us today. I've got Gail, Kieran, Martin from Finance, and Sean from Chronotek. Sean, are you with us?
Sean: I'm here, yeah. I'm in the van, so shout if I drop out.
Tessa: No worries. Right, agenda is data, clocks, GL mapping, and then I just want to flag the union piece. Rohan, do you want to start on data?
Rohan: Sure. So, um, the very first thing we need is the employee master data out of Paymaster. All forty stores, current staff, pay rates, bank details, tax codes, the lot. Gail, I know that sits with your team.
Gail: It does sit with my team. My team being me and about one and a half people.
Rohan: Right, yeah. So when do you think you could-
Gail: Not this week. We close September on Friday. I can get you the extract Tuesday, but not before, I'm not promising anything before.
Rohan: Tuesday the 13th. That works for me.
Tessa: Okay, Tuesday for the extract. Rohan, does Gail need anything from you to do it?
Rohan: The load template. I'll send the load template over straight after this call, it's got the column layout and the field rules in it.
Gail: Fine.
Rohan: And, uh, while we're on data, there's the leavers question. My suggestion would be we only migrate current employees and keep all the leavers in Paymaster as an archive. It keeps the load a lot cleaner.
Gail: No. Absolutely not. I need the leavers for year end, I'm not running two systems to do P60s.
Rohan: Okay, that's fair. I'll come back with options on leavers for next Wednesday's call.
Tessa: Great. Martin, GL mapping.
Martin: Yeah. So before Finance signs anything, we need to see how your pay elements map onto our nominal codes. At the moment I've got nothing to look at.
Rohan: Leave that with me, Martin. You'll have a first cut of the GL mapping workbook by Friday.
Martin: This Friday?
Rohan: This Friday, the 9th.
Martin: Great. And then I'll want the cost-centre structure next to it, to sense-check it.
Tessa: Martin, can you send Rohan the current cost-centre list, then? It's probably quickest coming from you.
Martin: Will do. Monday.
Tessa: Lovely. Okay, clocks. Luke, Sean.
Luke: So, um, for the pilot we'd said three stores. The clocks need to talk to our cloud, which means outbound on 443 and 8883 from the store network, which at the moment is, uh, locked down pretty hard.
Kieran: Yeah, I've raised it already. Our network team will open the ports for the clocks, they've said by the 14th.
Luke: The 14th. Okay, good.
Sean: And just so everyone's aware, we can't push the new firmware to the clocks until those ports are open. We've got no route to them otherwise.
Tessa: Got it. So the firmware is waiting on the ports. Sean, assuming the network team hit the 14th, when would the firmware be done?
Sean: We'll have the pilot stores done by the 16th. It's tight but it's fine.
Tessa: And which stores are we saying? I've got Bromley, Croydon and Sutton on my list.
Gail: Those are the ones with the newest clocks, so yes.
Kieran: Agreed. And the managers there are sensible, which helps.
Tessa: Good, so that's decided: the pilot stores are Bromley, Croydon and Sutton.
Luke: Cool. I'll write up the clock-to-cloud network diagram for Kieran's security people by end of next week.
Kieran: That'd be good, they'll definitely ask for it.
Luke: Oh, and, um, if it helps, I could probably set up a test clock in head office so Gail's team can have a play with it.
Gail: Maybe. I haven't got time to play with anything right now.
Luke: No pressure, it's there if you want it.
Kieran: Can I mention pay rules? Overtime, Sunday premium, night rate, bank holidays. Right now it's scattered across about four documents.
Rohan: Could you pull that into one? It'd really help me with the configuration.
Kieran: Yeah, sure. I'm aiming for next Wednesday.
Rohan: Perfect.
Tessa: Then the parallel run. Gail, I know it's early, but someone's going to have to reconcile old against new line by line for at least one payroll.
Gail: Oh sure, I'll just do the parallel run reconciliation in my sleep.
Tessa: I know, I know. Resourcing for that is a conversation for another day.
Martin: Can I ask about timeline? When's the first live payroll?
Tessa: Plan of record is January. The first weekly pay in January, and then the January monthly.
Martin: Okay. That's what I had.
Tessa: Last thing, the union. Sandra's not here, so I'll just flag it. The new clocks move from fifteen-minute rounding to actual minutes. Kieran, is that a change to terms?
Kieran: To working practices, yeah. It'll need consulting on. Sandra knows about it.
Tessa: Okay. It stays on the risk log for now.
Sean: Sorry, I'm going into a tunnel in a second.
Tessa: Go, go. Quick recap before we lose Sean. Gail, extract Tuesday. Rohan, the template today, the GL workbook Friday, and leavers options next week. Martin, cost centres Monday. Network team, ports by the 14th. Sean, firmware on the three pilot stores by the 16th. Kieran, pay rules next Wednesday. Luke, the network diagram end of next week. Anything I've missed?
Gail: My sanity.
Tessa: Noted. Thanks all, same time next week.
Martin: Thanks, bye.
Kieran: Bye.
""")

# ---------------------------------------------------------------- call 2: Wed 2026-10-14
CALLS[2] = ("Wednesday, October 14, 2026, 10:00AM", 1014, """
Tessa: Hi all. Let's give it a minute for people to join.
Kieran: Morning.
Martin: Morning.
Joanne: Hello, hi.
Tessa: Oh, hi, I don't think we've met?
Joanne: No, hi, I'm Joanne Reid, I'm the HR business partner for the stores. Sandra asked me to come along and send her apologies, she's at the regional managers' conference all week.
Tessa: Thanks for stepping in, Joanne, welcome.
Gail: She's always at something.
Joanne: I'll pass that on. Maybe not word for word.
Tessa: Okay, I think we've got everyone. Sean, you're on?
Sean: Yep, at a desk this time.
Tessa: Progress. Right, let's go round the actions from last week. Rohan, the load template.
Gail: Got the template, yes.
Rohan: Great. Shout if any of the field rules don't make sense.
Tessa: And the GL workbook, Martin?
Martin: Yeah, Rohan's workbook came through on Friday. I've had a first skim. Structurally it's fine, we'll need to argue about some of the accrual lines.
Rohan: Looking forward to it.
Tessa: And the cost centres, Martin, from you to Rohan?
Martin: Ah. Honestly, I won't get to it this week, we're still closing September and the auditors are in. Realistically next Wednesday.
Tessa: The 21st.
Martin: The 21st.
Tessa: Okay. Gail, the extract. I know it was due yesterday.
Gail: I know it was due yesterday. It's going to be Friday now. Month end has eaten me alive, I'm sorry.
Rohan: Friday's okay, as long as it's Friday.
Gail: Don't push it, Rohan.
Tessa: Kieran, ports?
Kieran: So the change board only approved it last night. The network team say tomorrow now.
Luke: Tomorrow being Thursday?
Kieran: Thursday, yeah, the 15th.
Sean: That still leaves us Thursday night for the firmware, so I think we're alright for Friday.
Tessa: Good. Kieran, the pay rules?
Kieran: Sent it over last night. It's one document now, about thirty pages, sorry Rohan.
Rohan: No, that's great, thank you, I've already started on it.
Tessa: Okay, leavers. Rohan, you said you'd come back with options.
Rohan: Yeah. So the proposal is we migrate all current employees plus anyone who's left in the current tax year, so since the 6th of April. That covers the P60s and year end, and anyone older stays in Paymaster, read-only.
Gail: That I can live with.
Martin: From a Finance point of view that's fine too.
Tessa: Great, so decided: current employees plus leavers from this tax year, and older leavers stay in Paymaster.
Gail: But, um, can your system actually produce a P60 for someone who left before we went live on it? Because the last lot couldn't.
Rohan: Good question. I'll check with our tax team and come back to you.
Gail: Please do.
Tessa: Union. Joanne, what's Sandra's position?
Joanne: So she's aware. The rounding change counts as a change to working practices, so the reps have to be consulted. Sandra's going to write to the union reps about the clocking change, she said she'd get the letter out by the 21st.
Tessa: Okay, letter by the 21st.
Luke: Does that affect the pilot, though? Technically we can switch the rounding to actual minutes on day one.
Joanne: It does, yeah. We can't switch the pilot stores to minute rounding until the union's been consulted. Full stop.
Rohan: Happy to sit in on the union meeting, if you want, to explain how the rounding works in the system.
Joanne: Maybe. Let me see what Sandra wants.
Luke: Can I throw something in? Rather than pilot and then rollout, what if we just did all forty stores in one go in November? The firmware's the same.
Gail: No.
Kieran: I'd rather not, honestly. If the clocks go wrong in forty stores at once, that's four thousand people not getting paid properly.
Sean: And we don't have the new units for the older stores yet anyway.
Luke: Fair enough. Just asking.
Tessa: Yeah, let's stick with the pilot. Next, the org hierarchy. Rohan needs store, region, cost centre, and who approves whose timesheets.
Gail: Kieran's going to send you the org hierarchy by next Wednesday, aren't you, Kieran?
Kieran: Am I? Um. Yeah, okay. Yep.
Tessa: Thank you, Kieran.
Tessa: The store managers are going to start asking what's happening with the clocks. I'll draft a one-page FAQ for the store managers and get it to Joanne by the 21st.
Joanne: Oh, lovely, thank you.
Martin: Sorry, going back to the GL mapping. I want to be realistic about sign-off.
Tessa: Go on.
Martin: Let's say I sign it off by Friday the 23rd. That gives me time to get the cost centres over and have the accruals argument.
Tessa: Friday the 23rd, great.
Tessa: Recap then. Gail, extract Friday. Network team, ports tomorrow, and Sean, firmware Friday. Martin, cost centres the 21st and sign-off the 23rd. Kieran, the hierarchy next Wednesday. Sandra's letter to the reps by the 21st, via Joanne. My FAQ by the 21st. And Rohan, the P60 question. Have I got everything?
Rohan: I think so.
Gail: Can I go now?
Tessa: You can go now. Thanks everyone.
""")

# ---------------------------------------------------------------- call 3: Fri 2026-10-16 (extra call)
CALLS[3] = ("Friday, October 16, 2026, 3:00PM", 1016, """
Tessa: Hi all, thanks for jumping on, I know it's Friday afternoon. This is a quick extra one because Kieran's off from Monday and I don't want anything falling down the gap.
Kieran: Two weeks' paternity, from Monday. Well, hopefully from Monday. The baby's got its own ideas.
Joanne: Oh, congratulations!
Gail: Congratulations. Sleep now while you can.
Kieran: Thanks. Everyone keeps saying that.
Tessa: Sean couldn't make it, he's on a site in Kent, but Luke's got his update. And Martin sent his apologies, he's with the auditors. Luke?
Luke: Yeah. So, first thing, the ports are open now. Network did it yesterday morning, and I tested from the Bromley clock at lunchtime. All good.
Kieran: Yeah, they confirmed about ten. First time that change board's hit a date all year.
Luke: And Chronotek pushed the firmware to all three pilot stores last night. Sean emailed me at about eleven pm, so, dedication.
Tessa: Brilliant. So the firmware's done on all three?
Luke: All three. Bromley, Croydon, Sutton.
Tessa: Great. What's next on the clocks, then? The punch feed into our test tenant?
Luke: Yep. Now the ports are open I'll get the punch feed from the three stores into the test tenant. Should be done by the 23rd.
Tessa: The 23rd, okay.
Tessa: Gail. The extract. Sorry, I have to ask.
Gail: I know. I know. It's not going to be today.
Rohan: Ah.
Gail: IT had to run the Paymaster report overnight and they got the parameters wrong, so it came out with half the stores missing. First thing Monday. You'll have it first thing Monday.
Rohan: Okay. Just so everyone's clear, I can't start the trial load until I've got Gail's extract. Everything else is ready to go.
Gail: Yes, thank you, Rohan, I am aware.
Rohan: Sorry, I'm not having a go, it's just for the log.
Tessa: It's fine, it's useful to have it said. Monday, then.
Gail: Could we push the pilot back a week, while we're at it? Just to give everyone some air.
Tessa: I don't want to decide that on a Friday call without Sandra. Let's see where we are on Wednesday.
Gail: Fine.
Tessa: Okay, Kieran, handover. What's outstanding with you?
Kieran: The org hierarchy's the big one. I've got about half of it done.
Tessa: Joanne, could you take that over while Kieran's off?
Joanne: Yeah, I can pick that up. I'll get it to Rohan by Wednesday, same date as before.
Kieran: It's all in the shared drive, it's the one called hierarchy v3. Not v2. v2 is cursed.
Joanne: Noted. Avoid v2.
Tessa: So Joanne's got the org hierarchy, still for the 21st.
Joanne: Yep.
Rohan: And then the pay rules. I'll have questions on the thirty pages. Gail, could you be my person for those while Kieran's off?
Gail: I'm not going to be able to look at the pay rules this side of month end, don't put me down for that.
Rohan: No worries. None of them are urgent, they can wait for Kieran.
Kieran: I'm back on the 2nd. Assuming I'm still alive.
Tessa: Okay. Anything else before we let people go? Joanne, anything from Sandra?
Joanne: No, she's still at the conference. I've reminded her about the letter.
Tessa: Thanks. Quick recap: ports and firmware are done. Gail, extract first thing Monday. Luke, the punch feed by the 23rd. Joanne, the hierarchy by Wednesday. Kieran, go and have a baby.
Kieran: That's the plan.
Gail: Good luck, Kieran.
Luke: Good luck, mate.
Tessa: Thanks all, have a good weekend.
""")

# ---------------------------------------------------------------- call 4: Wed 2026-10-21
CALLS[4] = ("Wednesday, October 21, 2026, 10:00AM", 1021, """
Tessa: Morning all. Oh, hi, who's just joined?
Megan: Hi, sorry, it's Megan, Sandra's assistant. I'm only dialling in to say Sandra's really sorry, she's been pulled into a meeting with the CEO.
Tessa: Thanks, Megan. Any message from her?
Megan: Yes, she asked me to say the union letter hasn't gone out yet, she wanted to run the wording past legal. She's aiming for next Wednesday, the 28th.
Tessa: The 28th. Okay, thank you.
Megan: That's everything. I'll drop off now. Bye!
Tessa: Bye, Megan.
Gail: Of course she has.
Tessa: Let's start with the good news. Rohan?
Rohan: Yeah, so, the extract landed Monday morning, so thank you, Gail. Two thousand one hundred and eighty records.
Gail: You're welcome. It nearly finished me off.
Rohan: So I'm unblocked on the trial load. I'm aiming for Friday.
Tessa: Friday the 23rd for the trial load.
Rohan: Yep.
Tessa: Martin, cost centres?
Martin: Went across this morning.
Rohan: Got them, thanks, about twenty minutes ago.
Tessa: And sign-off on the mapping, still Friday?
Martin: So, realistically the 30th. There's more in the accruals than I thought and the cost centres only went today. I'm not signing something I haven't checked.
Tessa: Fair enough. The 30th.
Joanne: The hierarchy's done, by the way. I sent it to Rohan on Monday.
Rohan: Yeah, got it, it's good. There were a couple of stores with no area manager, I've flagged those to you.
Tessa: Great, thanks, Joanne. And Rohan, the P60 question?
Rohan: Sorted. Our tax team confirmed we can issue P60s for leavers in this tax year, even if they left before go-live, as long as their year-to-date figures are loaded.
Gail: Well. That's something.
Tessa: Joanne, my FAQ for the store managers. I'm behind on it, honestly.
Joanne: Actually, about that. Internal Comms are doing a full pack for the store managers, clocks, payslips, the lot. So let's park the FAQ, it's not needed.
Tessa: Fine by me, one less thing. I'll take it off the list.
Tessa: Luke, the punch feed?
Luke: Going okay. Bromley and Croydon are feeding in. Sutton's clock keeps timing out, Sean and I are looking at it.
Sean: I think it's a DNS thing at Sutton. We'll get it sorted.
Tessa: Still the 23rd?
Luke: Should be, yeah.
Tessa: Sean, while I've got you. The other thirty-seven stores. When can we see a rollout schedule?
Sean: I'll send you the rollout schedule for the other thirty-seven by Friday.
Tessa: Friday, great.
Sean: Well, a draft one. The thing is, we can't give you firm dates for the thirty-seven until Zentra confirm the shipment. That's the manufacturer. They've been vague with us.
Tessa: So the firm dates are waiting on Zentra.
Sean: Yep. If you want, I could get one of our engineers to do a site survey at the bigger stores while we wait, no charge, just say.
Gail: Ask Kieran when he's back.
Tessa: Okay. Parallel run. I'd like to pin it down today. My proposal is parallel run one on the November monthly payroll, plus the weekly payrolls in that period. Then a go/no-go.
Gail: November. I mean... fine. November. But I'll need two of my people off the floor for it.
Martin: Finance are fine with November.
Tessa: Okay, so that's agreed, parallel run one is the November payroll.
Tessa: Gail, on people, can you give me two names from your team for the parallel run training?
Gail: Oh, I'll just magic them out of thin air, shall I.
Tessa: Gail.
Gail: Sorry. Sorry. Yes. I'll send you names by Monday.
Tessa: Monday's perfect. Thank you.
Tessa: Recap. Rohan, trial load Friday. Martin, sign-off the 30th. Sean, a draft rollout schedule Friday. Luke, punch feed the 23rd. Gail, training names Monday. Sandra's letter is now the 28th. The FAQ is parked. Anything else?
Martin: Nope.
Sean: All good.
Tessa: Thanks everyone.
""")

# ---------------------------------------------------------------- call 5: Wed 2026-10-28
CALLS[5] = ("Wednesday, October 28, 2026, 10:00AM", 1028, """
Tessa: Morning all. Sandra said she'd try to join today, so let's start and she can jump in when she gets here.
Gail: I'll believe it when I see it.
Tessa: Luke, let's start with you.
Luke: Yeah, so, good news, all three stores are feeding punches into the test tenant now. Sutton's been in since Thursday, it was DNS, like Sean said.
Sean: Told you.
Tessa: Excellent. Rohan, trial load?
Rohan: The trial load ran on Friday. Two thousand one hundred and forty-nine in, thirty-one rejected, almost all bank details and a handful of tax codes.
Tessa: That's pretty good for a first load.
Rohan: It's not bad at all.
Tessa: And Gail, thanks for the names, I got them Monday. Aisha and Tom are booked on the training for the 9th.
Gail: They're thrilled. Genuinely, actually, Tom's quite excited.
Sandra: Hi, sorry, sorry. I've got about ten minutes.
Tessa: Sandra, hi, great to have you. I'll go straight to you then. The union letter?
Sandra: Went to the reps on Monday. Joanne helped me with the wording, thank you Joanne.
Joanne: No problem.
Tessa: And what happens next with them?
Sandra: They want a proper meeting, and they want to bring their regional officer, so it's about finding a date. I'll confirm the date of the consultation meeting to you by Friday, Tessa.
Tessa: Friday, thank you.
Joanne: I could probably draft the consultation pack for you if that helps, Sandra.
Sandra: Let's talk after this.
Gail: Sandra, while you're here. I really think we should move go-live to April. New tax year, clean start, and my team isn't drowning in year end.
Sandra: I hear you, Gail, I really do. But no. We go live with the January payroll. I've told the board January, and the Paymaster contract ends in February.
Tessa: So January stays.
Sandra: January stays. I'm sorry, I have to run. Joanne will pick up anything else for me.
Tessa: Thanks, Sandra.
Gail: Ten minutes. Six, actually. I timed it.
Tessa: Let's keep going. Rohan, the thirty-one rejects. What's the plan?
Rohan: They have to be fixed at source in Paymaster and then re-extracted, otherwise we're out of step for the parallel run.
Gail: My team'll fix the bank details in Paymaster and re-export them. By Tuesday.
Rohan: Tuesday's great.
Tessa: Martin, GL sign-off. Still Friday?
Martin: Still on for Friday.
Tessa: And for the parallel run, Rohan, you need something from Finance?
Rohan: Yeah, I need the October payroll journals as Finance actually posted them, so I can compare like for like.
Martin: Finance will get the October journals over to Rohan by the 6th. Not me personally, I'm drowning, but the team will.
Rohan: The 6th is fine.
Tessa: Rohan, and a plan for the parallel run itself?
Rohan: I can have the parallel run plan to you Monday.
Tessa: Great. Sean, rollout schedule?
Sean: Still waiting on Zentra, sorry. I didn't want to send you a schedule with made-up dates in it. Friday.
Tessa: Friday this week?
Sean: This Friday, yeah.
Tessa: Okay. So Zentra's still the hold-up for the thirty-seven stores.
Sean: Still Zentra, yep.
Tessa: Joanne, anything else from HR?
Joanne: Just that Kieran's back on Monday.
Gail: Thank God.
Tessa: Recap. Sandra, the meeting date by Friday. Gail, the rejects fixed by Tuesday. Martin, sign-off Friday. Finance, the October journals by the 6th. Rohan, the parallel run plan Monday. Sean, the schedule Friday. And January go-live stays. Good?
Rohan: Good.
Tessa: Thanks all.
""")

# ---------------------------------------------------------------- call 6: Wed 2026-11-04
CALLS[6] = ("Wednesday, November 4, 2026, 10:00AM", 1104, """
Tessa: Morning everyone. Kieran! Welcome back.
Kieran: Back, yes. Running on about four hours' sleep, so be gentle.
Gail: Welcome back. Never leave again.
Joanne: How's the baby?
Kieran: Loud. Lovely, but loud.
Tessa: Ha. Joanne, anything from Sandra?
Joanne: She's sent her apologies, she's at the regional conference again, back Friday.
Tessa: Okay. Let's go round. Martin, the mapping?
Martin: Signed it off on Monday. Sorry it went past Friday, there was one accrual line I wasn't happy with, but it's done.
Rohan: Thanks, Martin, that's a big one.
Tessa: Gail, did Rohan's parallel run plan come through?
Gail: It came through Monday. I've looked at it. It's fine.
Tessa: High praise.
Rohan: I'll take it.
Tessa: Gail, the rejected records?
Gail: Not done. We had the quarterly returns on top of everything and two people off sick. Realistically the 11th.
Rohan: The 11th still gives me time before the first parallel payroll, just.
Tessa: Okay, the 11th. Sean?
Sean: Right, so, finally, Zentra confirmed the shipment on Monday. The units land on the 16th. So I can actually give you a proper schedule now. Friday.
Tessa: This Friday, the 6th.
Sean: The 6th.
Tessa: Good, so we're not waiting on Zentra any more.
Sean: Not any more, no.
Tessa: Martin, the October journals, still the 6th?
Martin: Still the 6th, the team's on it.
Tessa: Great. Joanne, the union.
Joanne: So the reps came back. They want a formal thirty-day consultation on the rounding change. So minute rounding is not happening before go-live, realistically.
Tessa: And has Sandra confirmed the meeting date?
Joanne: Not that I've heard, sorry. She's been in back-to-back with the board.
Tessa: Okay. That was due Friday, so it's overdue now.
Gail: Shocker.
Tessa: So here's what I'd propose. The pilot stores go live on the current fifteen-minute rounding, and we switch to actual minutes after the consultation's finished. It's just a setting.
Kieran: It is just a setting, yeah. That's fine from my side.
Gail: Agreed. I'd rather not touch the rounding in the middle of a parallel run anyway.
Joanne: That's the safe option. Sandra will be fine with it, she said as much last week.
Tessa: Okay, so decided: the pilot goes live on fifteen-minute rounding, and the change to actual minutes waits for the consultation.
Rohan: Can I float one more? A second parallel run in December, just to be safe.
Gail: Let's see how the first one goes before we sign up to another.
Tessa: Agreed, let's not decide that today.
Rohan: Fair.
Rohan: Kieran, while you're here, I've got eleven questions on the pay rules.
Kieran: Eleven. Great. Send them over, I'll go through them Friday.
Rohan: They're mostly Sunday premium.
Kieran: They're always Sunday premium.
Luke: Sorry, can I jump in on the clocks? The Bromley clock dropped off for about an hour yesterday. It came back on its own, I'm just watching it.
Sean: That'll be the store router, they reboot it at lunchtime. We've seen it before.
Kieran: Typical.
Tessa: Okay. Recap. Mapping's signed off, the plan's in. Gail, the rejects by the 11th. Sean, the schedule Friday. Finance, the journals the 6th. Kieran, the pay rules questions Friday. Sandra's meeting date is overdue, Joanne's aware. And the pilot goes live on fifteen-minute rounding. Anything else?
Gail: No. Please no.
Tessa: Thanks everyone.
Kieran: Bye.
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
    rnd = random.Random(4000 + n)
    t = rnd.uniform(2, 9)
    out = []
    for who, text in ts:
        out.append((who, stamp(t), text))
        words = len(text.split())
        t += words / rnd.uniform(2.2, 2.7) + rnd.uniform(0.8, 4.5)
        if rnd.random() < 0.15:  # screen sharing, someone looking something up, crosstalk Teams did not transcribe
            t += rnd.uniform(15, 75)
    return out, t


def main():
    import docx  # python-docx
    OUT.mkdir(exist_ok=True)
    for n, (when, code, block) in CALLS.items():
        ts, end = timed(n, turns(block))
        title = f"Fenwick Payroll Cutover - weekly status-2026{code:04d}_{'1500' if n == 3 else '1000'}02-Meeting Recording"
        dur = f"{int(end // 60)}m {int(end % 60)}s"
        header = [title, when.split(", ", 1)[1], dur, "", "Tessa Morgan started transcription", ""]
        footer = ["Tessa Morgan stopped transcription"]
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
        print(f"call-{n}: {len(ts)} turns, {dur}")


if __name__ == "__main__":
    main()
