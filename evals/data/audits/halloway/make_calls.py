#!/usr/bin/env python3
"""Generate the five Halloway cloud HR and payroll calls as Microsoft Teams transcript .docx exports.

Usage (python-docx needed):  /work/main/.venv/bin/python evals/data/audits/halloway/make_calls.py

Each turn becomes two paragraphs, as in a Teams "Download as .docx" transcript:
    "Full Name   M:SS"   (name, three spaces, elapsed time since the call started; H:MM:SS after an hour)
    "spoken text"
preceded by the usual Teams header and followed by "X stopped transcription". Times are deterministic (seeded).
Writes calls/call-N.docx and a plain-text copy calls/call-N.script.md (for reading diffs; not used by run.sh).
Synthetic content written for this project.
"""
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "calls"

PEOPLE = {
    "Imogen": "Imogen Hale",        # vendor (Altamira HCM) project manager, hosts
    "Dev": "Dev Raman",             # vendor payroll consultant
    "Graham": "Graham Stirling",    # Halloway CFO, sponsor (call 1 only, leaves early)
    "Alison": "Alison Brook",       # Halloway finance director, Graham's delegate
    "Marcus": "Marcus Ekwueme",     # Halloway HR director
    "Bernie": "Bernadette Quinn",   # Halloway payroll manager (overloaded at month-end)
    "Kerry": "Kerry Lund",          # Halloway payroll officer, Bernie's deputy (from call 3)
    "Tariq": "Tariq Mahmood",       # Halloway identity / IT engineer
    "Wendy": "Wendy Fairclough",    # Meridian Pensions, external pension provider
    "Steve": "Steve Costello",      # union convenor (from call 2)
}

CALLS = {}

# ---------------------------------------------------------------- call 1: Wed 2026-09-16
CALLS[1] = ("Wednesday, September 16, 2026, 2:00PM", 916, """
Imogen: Hi everyone, afternoon. I can see people still, um, still wandering in. Can you hear me okay?
Dev: Yep, fine.
Alison: Loud and clear.
Imogen: Great. Graham, you're on?
Graham: I'm here, I'm here. I've got to be honest, I've got a hard stop at twenty past, I'm sorry.
Imogen: That's fine, we'll do the sponsor bits first then. So this is the first of the fortnightly status calls for the Halloway move onto Altamira, HR, time and payroll. I think everyone knows everyone except maybe Wendy. Wendy, do you want to say hello?
Wendy: Hi all, Wendy Fairclough, I look after the employer interfaces at Meridian Pensions, so anything to do with the contribution file, that's me.
Marcus: Welcome, Wendy.
Imogen: Okay. So, Graham, the thing I really need from you. The change request for the second parallel run. It's the extra twelve consultant days for Dev. It's been sitting with you since, um, since the end of August.
Graham: Yes. I know. I know it has.
Imogen: Without it I can't hold Dev's diary for November.
Graham: Yes, I'll sign it this week, I've just not had five minutes.
Imogen: Lovely, thank you.
Graham: And while I'm here, the plan. Talk me through the parallel runs again, because the board asked me.
Imogen: So the proposal is two parallel runs, the October payroll and the November payroll, both run side by side with PayStar, and then you go live on Altamira with the January payroll. December we leave alone because of Christmas.
Graham: Do we need two? Could we not just go live in December off the back of one good run?
Bernie: No. Sorry. No. December's the worst month of the year for us, we've got the Christmas bonus and the drivers' double time. I'm not going live in December.
Graham: Fair enough, you're the one who'd be carrying it.
Dev: And honestly, one run rarely catches everything. The second run is where you find the stuff that only happens once a month.
Graham: Okay. Two runs, October and November, live in January. I'm happy with that if Bernie is.
Bernie: I'm happy with that.
Imogen: Great, so that's agreed then, two parallel runs and January go-live. I'll send round the updated plan tomorrow with those dates in.
Graham: Good. Look, I'm going to have to drop. Alison's going to be my eyes and ears on this, anything you need, go to her.
Alison: Thanks, Graham. Lovely.
Graham: Bye all.
Imogen: Thanks Graham. Okay. Data migration. Dev?
Dev: Yeah. So, um, the first thing I need is an extract of the employee records out of PayStar. Everyone, current and, uh, leavers from this tax year. Bernie, I know that-
Bernie: You know what week it is.
Dev: It's month-end, I know.
Bernie: It's month-end, our payday's the twenty-fifth, and after that I've got the pension reconciliation. So, not this month.
Imogen: When could you realistically do it?
Bernie: Realistically? The Friday after month-end. The 2nd of October.
Dev: The 2nd is fine. I'll get the template over to you this afternoon so you've got the layout.
Bernie: Okay. Send it to me and copy Kerry, she's my deputy, she'll probably end up doing half of it.
Dev: Will do.
Imogen: Tariq, single sign-on.
Tariq: Yeah, so I've had a look at your guide. It's SAML, it's our Okta, it's nothing unusual.
Imogen: So you're doing the SAML config on your side?
Tariq: Yeah. Give me till the end of the month. I need to raise a change for it but it should be straightforward.
Imogen: End of September, lovely.
Alison: Does that cover the drivers as well? Because most of the drivers haven't got a Halloway login at all.
Tariq: Um. That's a good question. No. Not right now. Can we park that one for next time? I want to think about it.
Imogen: Let's park it. Wendy, the pension interface.
Wendy: So for us it's our standard contribution file. We're on version four of the spec now, the one with the salary sacrifice fields.
Dev: Is that the one with the opt-out dates in it?
Wendy: That's the one. I'll send over our file spec, the v4 one, by Friday.
Dev: Perfect. And, uh, if it helps, I could run a couple of dummy files through your validator early, if you've got a test validator we can use.
Wendy: We might have, I'd have to ask. Let's see once you've had the spec.
Imogen: Marcus, the union side. Where are we?
Marcus: So, the shift-pattern data. We hold roster history for the drivers and the warehouse, and under the recognition agreement anything about how we store and use it, we consult on. Steve Costello's the convenor. He's fine, he's reasonable, but he'll want it done properly.
Imogen: What does properly look like?
Marcus: A formal letter from me opening the consultation. I'll get the letter to Steve by the 25th.
Imogen: Great. Should we invite him to these calls?
Marcus: I think so, yeah. Better he hears it from us than from the canteen.
Alison: Agreed.
Imogen: I'll add him from next time, then. Dev, what else have you got?
Dev: The allowances. The night-out allowance, the subsistence, the, uh, the tacho breaks. I've got the rules from Bernie's document and I'll have the driver allowances configured by the end of the month.
Bernie: The document's from 2019, just so you know.
Dev: Has it changed?
Bernie: Probably.
Dev: Great.
Alison: Can I ask, on the board update. Graham usually does a one-pager for the exec.
Imogen: Would it help if I drafted something?
Alison: Maybe. Let me see what Graham wants first.
Bernie: Can I just say, while we've got Alison. The parallel runs are going to land on me and Kerry at the same time as month-end. I need that recognising somewhere.
Alison: It's recognised. I hear you.
Bernie: Hearing me isn't the same as giving me a temp.
Alison: I know. Let's talk offline.
Imogen: Okay. Anything else? No? Quick recap then. Graham's signing the CR. Plan from me tomorrow. Dev, template today and allowances by the end of the month. Bernie, the extract on the 2nd. Tariq, SSO by month-end. Wendy, the spec Friday. Marcus, the letter to Steve by the 25th.
Marcus: Yep.
Wendy: Thanks all.
Imogen: Thanks everyone, speak in two weeks.
""")

# ---------------------------------------------------------------- call 2: Wed 2026-09-30
CALLS[2] = ("Wednesday, September 30, 2026, 2:00PM", 930, """
Imogen: Afternoon all. Let's give it a second. Steve, I think you're new to this call?
Steve: I am. Steve Costello, I'm the convenor for the drivers and the warehouse. Marcus said I should come along.
Imogen: Really glad you're here, Steve. Welcome.
Steve: We'll see if you still say that in November.
Marcus: He's joking. Mostly.
Imogen: Alison, is Graham joining?
Alison: No, he sends his apologies, he's with the auditors all afternoon.
Imogen: Okay. Bernie's not on yet either.
Alison: She'll be in the pension reconciliation. She said she'd try.
Imogen: Okay. Let's start with last time's actions and come back to Bernie's. The plan went round, Thursday. Did everyone get it?
Marcus: Got it, yeah.
Alison: Yes, thank you.
Imogen: Dev, the template for Bernie?
Dev: Went the same afternoon, to Bernie and Kerry.
Imogen: Great. Wendy, the spec?
Dev: Oh, actually, I can answer that, Wendy's v4 spec came through on the Friday. I've been through it. It's fine, it's a fixed-width file, nothing scary.
Wendy: Nothing scary. I'll put that on our website.
Imogen: Marcus, the letter to Steve.
Steve: I got Marcus's letter, last Tuesday. It's on our branch committee agenda.
Marcus: There you go.
Imogen: Lovely. Dev, the allowances?
Dev: So the driver allowances are in. The night-out, the subsistence, the tacho breaks. Done, configured, I've run a handful of test employees through.
Imogen: Good. Tariq, the SSO.
Tariq: Um. Yeah. So, not done. The change didn't make the board on the 23rd, it's on for the 7th now.
Imogen: So when does that leave you?
Tariq: If it goes through on the 7th I'll have it configured by the Friday. The 9th.
Imogen: Okay, the 9th. And the drivers question from last time?
Tariq: Yeah, I've thought about it. Honestly, I don't want to create eleven hundred Okta accounts for drivers who'll log in twice a year to look at a payslip. The licences alone.
Alison: How much are we talking?
Tariq: A lot. Enough that you'd notice.
Dev: The mobile app does support employee number and a PIN. A lot of our transport customers do that.
Tariq: That's what I'd propose. SSO for the office and depot staff who've already got Halloway accounts. Drivers use the app with their employee number and a PIN.
Marcus: From an HR point of view that's fine. Simpler for them, to be honest.
Alison: Fine by me. If it saves the licences.
Steve: And what happens when a driver forgets his PIN at three in the morning at Felixstowe?
Tariq: Self-service reset, text to their phone.
Steve: Half of them have changed their number and not told you.
Marcus: That's a fair point, actually.
Imogen: So can we say that's agreed, SSO for office and depot staff, employee number and PIN for the drivers, and we sort the reset process separately?
Alison: Agreed.
Marcus: Yes.
Imogen: Tariq, can you write up how the PIN reset would work, so Marcus and Steve can see it?
Tariq: Yeah, I'll write up the driver login process, the PIN reset and all that, for Marcus by the 14th.
Imogen: Thank you. Steve, while we're on you, the consultation.
Steve: So the committee's going to want to know what you're holding on shift patterns, how long you keep it, and who gets to see it. Whether it's used for, you know, for performance.
Marcus: It's not.
Steve: Then it won't be hard to write down.
Imogen: Would it help to have your questions in writing, so Marcus can answer them properly?
Steve: I'll put our questions in writing for you, give me till the ninth.
Imogen: The 9th of October. Thanks Steve.
Bernie: Sorry. Sorry, I'm here. The pension recon is a nightmare.
Imogen: Hi Bernie, no problem. We were just coming to you. The employee extract?
Bernie: Yes. Right. The extract. That's going to be next week now. I'm not going to make Friday. Realistically Wednesday.
Imogen: Wednesday the 7th.
Bernie: Wednesday the 7th.
Dev: Okay. I'll be honest, that does hold me up. I'm stuck on the trial load until I've got the extract from Bernie. I can't test any of the mappings.
Bernie: I know. I'm one person, Dev.
Dev: No, I know, I'm not having a go.
Imogen: Dev, is there anything you can do in the meantime?
Dev: I can build the reconciliation template for the parallel runs. Actually, Bernie, that's useful for you anyway. I'll send you the recon template Friday.
Bernie: Fine.
Imogen: Wendy, for the test files, we'll need somewhere to send them.
Wendy: Yes, you'll need a test mailbox on our SFTP.
Imogen: Can you set that up for us?
Wendy: I'll sort that this week. Well. Friday.
Dev: Friday's fine.
Imogen: And Bernie, while you're on, could you have a look at the absence codes at some point? Dev needs to know which ones are still in use.
Bernie: Oh yes, because I've got nothing else on this week.
Imogen: Fair. It can wait till after the extract.
Bernie: It'll have to.
Alison: Can I come back to Graham's change request, Imogen? Just so I know where it is.
Imogen: It's not signed. He said he'd do it that week.
Alison: Right. I'll mention it to him when I see him, if I see him. He's not been in much.
Imogen: Thanks. It does matter for Dev's November.
Marcus: Is Graham still sponsoring this, Alison? Honest question.
Alison: On paper, yes.
Imogen: Okay. Anything else before I wrap up? Tariq, SSO the 9th. Tariq, the driver login write-up the 14th. Steve, your questions the 9th. Bernie, extract Wednesday. Dev, recon template Friday. Wendy, the SFTP mailbox Friday.
Wendy: Yep.
Steve: Cheers.
Imogen: Thanks all.
""")

# ---------------------------------------------------------------- call 3: Wed 2026-10-14
CALLS[3] = ("Wednesday, October 14, 2026, 2:00PM", 1014, """
Imogen: Hi all. Okay, I think, um, I think that's most people. Graham? No. Alison, have you heard from Graham?
Alison: Nothing today, no.
Imogen: Okay. And we've got someone new, I think?
Kerry: Hi, yeah, Kerry Lund, I'm Bernie's deputy in payroll.
Bernie: She's the reason I'm still standing.
Imogen: Welcome, Kerry. Right, actions. Bernie, the extract.
Dev: I can take that one actually. The extract came in last Thursday. It's a good file. A few blank NI numbers but nothing terrible.
Bernie: Told you it was coming.
Dev: You did. And, so, that means I'm moving again. The trial load ran on Monday. Eleven hundred and ninety odd records went in clean, the rest I've got a list of.
Imogen: Brilliant. Send Bernie the exceptions?
Dev: Already done.
Imogen: Tariq, SSO?
Tariq: Done. Change went through on the 7th, I did the config on Friday. You can all log in to the test tenant with your Halloway accounts now.
Marcus: I did, this morning. It just worked, which was slightly unnerving.
Imogen: Great. Steve, your questions?
Marcus: Steve's questions came in, on the 8th I think. Eleven questions.
Steve: Twelve.
Marcus: Twelve. Sorry.
Imogen: Who's answering those?
Marcus: Me. I'll respond to Steve's questions, by next Friday, the 23rd.
Steve: That's fine. The committee meets on the fifth of November, so I need it before then really.
Imogen: Dev, the recon template for Bernie.
Kerry: Oh, we've got that. Dev sent it on the Friday, I've been filling it in with last month's figures to get used to it.
Dev: Oh, good. Any problems?
Kerry: One of the formulas was wrong on the pension tab, I'll send you a screenshot.
Dev: Please.
Imogen: Wendy, the SFTP mailbox.
Wendy: Um, yes. So, our IT team have it. It's not me doing it, unfortunately. They're saying end of next week.
Imogen: The 23rd?
Wendy: The 23rd. I've chased twice.
Dev: Okay. So that means I can't send you a test contribution file till Meridian give us the SFTP account. There's no other route in, is there?
Wendy: Not one our security team would accept.
Wendy: If you're really stuck I could probably take a file by email as a one-off, but I'd really rather not.
Dev: No, let's do it properly.
Imogen: Okay. Parallel run one. This is the October payroll. Bernie, Kerry, how are we doing it?
Bernie: So October pay date is Friday the 23rd. We run PayStar as normal. Then the same inputs go into Altamira.
Imogen: And who's actually running the Altamira side?
Bernie: Me. I'll run it the week of the 26th and get the results to Dev by the 30th.
Imogen: Friday the 30th. Great.
Dev: And then on my side, I'll do the variance analysis. I'll have the variance write-up to Alison by the sixth.
Alison: The 6th of November. Fine.
Dev: Can I suggest something on tolerances? If we try to chase every penny we'll never finish. I'd say net pay within a pound per employee, and anything over a pound I investigate.
Bernie: A pound's fine. Gross to net, yeah?
Dev: Net pay, per payslip.
Bernie: Yeah, that's fine by me.
Alison: And the employer costs? Pension, NI?
Dev: Those I'll reconcile in total, to the penny.
Alison: Then I'm comfortable with that. Agreed.
Imogen: Okay, so we're agreed: a pound per payslip on net, totals to the penny for employer costs. I'll put that in the parallel run plan.
Imogen: Tariq, user provisioning. At the moment starters and leavers would be manual.
Tariq: Yeah, the plan was the SCIM connector. I'll have the user provisioning connector done by the end of October.
Imogen: Great. Steve, shift patterns.
Steve: Right. So. I'll be straight with you. We've not agreed anything on the roster history yet and I don't want it loaded into a new system before we have.
Dev: That's fine, it's a separate load. But it does mean I can't load the shift patterns until the union's signed off on what we're holding.
Marcus: Which is what my answers are for.
Steve: Honestly, the simplest thing would be not to migrate the roster history at all. Start clean.
Marcus: I'm not sure that works for us, we need two years for the working time reference periods.
Imogen: Let's not decide that today. Marcus answers the questions, the committee meets on the fifth.
Steve: Fine.
Imogen: Works council. Alison, you mentioned they want a briefing?
Alison: Yes. The works council want a briefing on the new system before go-live. Imogen's going to set up the works council session, she said first week of November.
Imogen: Did I? I did. Yes, I'll book it for the first week of November.
Alison: Thank you.
Imogen: Bernie, the absence codes, from last time?
Bernie: Yes. Right. I'll send Dev the absence codes list, end of the month.
Dev: Thanks. Even a rough list.
Bernie: It'll be rough, believe me.
Alison: Imogen, Graham's CR. I did mention it. He said it's on his list.
Imogen: On his list.
Alison: I know.
Imogen: It's now five weeks. Dev's November is at risk if it's not signed.
Alison: I've heard you. I'll try again.
Imogen: Okay, thanks. Anything else?
Kerry: Just, um, for the parallel run, do we need a separate login for me on the test tenant? I haven't got one.
Tariq: You've got one now, you're in the SSO group. Try it after this.
Kerry: Oh, amazing.
Imogen: Recap. Marcus, answers to Steve by the 23rd. Bernie, parallel run one results by the 30th, and absence codes end of month. Dev, the variance write-up by the 6th. Tariq, SCIM by end of October. Wendy, SFTP the 23rd. Me, the works council session. Thanks everyone.
Steve: Cheers.
""")

# ---------------------------------------------------------------- call 4: Wed 2026-10-28
CALLS[4] = ("Wednesday, October 28, 2026, 2:00PM", 1028, """
Imogen: Hi everyone. Um, quick one on attendance. Marcus has sent apologies, he's at an employment tribunal all week. Graham?
Alison: So, about Graham. He's asked me to take the sponsor role from here on. He'll still sign things, but I'm your escalation point now.
Imogen: Okay. Thanks for telling us. That's, um, that's useful to know.
Bernie: Well, that's a surprise to nobody.
Alison: Bernie.
Bernie: I'm just saying.
Imogen: Let's crack on. Wendy, I think you've got good news?
Wendy: I have, finally. The SFTP test mailbox is live. Our IT team did it on the Thursday.
Dev: Yeah, and I pushed a dummy file through on Friday just to prove the route. It landed.
Imogen: Great. So the pension file route is open.
Dev: It's open. So I'll send the first proper test contribution file Friday, off the trial load data.
Wendy: And I'll come back to you with the validation report by the Wednesday. Next Wednesday.
Imogen: The 4th. Lovely.
Imogen: Marcus's answers to Steve. Alison, do you know where they are?
Alison: He's drafted them. He's been in tribunal since Monday so his reply's going to be next Wednesday now.
Steve: That's cutting it fine for the fifth.
Alison: I know. He knows.
Steve: If it's not in my hands before the committee, I'll be going in with nothing, and they won't sign anything off on nothing.
Imogen: Understood. Marcus will hear that from this call, it's minuted.
Imogen: Thanks. Dev, where are we on shift patterns then?
Dev: Same as last time. The roster history is still parked behind the consultation. Everything else is loaded, that's the only bit I'm sat on.
Steve: And it'll stay sat on till the committee's had its say.
Imogen: Steve, after the committee on the fifth, when would we hear?
Steve: I'll come back to you after the branch meeting, that's the fifth. Same day if I can.
Imogen: Brilliant. Tariq. SCIM.
Tariq: Yeah. So. I want to change tack on that. The SCIM connector needs a licence tier in Okta we haven't got. I've looked at it properly and honestly, a nightly file does the job. HR system exports starters and leavers overnight, Okta picks it up.
Imogen: Any downside?
Tariq: A leaver keeps access until the next morning. For payslips and holiday requests I don't think that's a real risk.
Dev: We've got other customers on the nightly file. It's fine.
Alison: And it saves the licence?
Tariq: It saves the licence.
Alison: Then I'm for it.
Imogen: Okay, so let's go with the nightly file and forget SCIM. Everyone happy?
Dev: Yep.
Kerry: Fine by us.
Imogen: Agreed then. Tariq, when can you have the feed running?
Tariq: I'll have the nightly feed running by the 6th.
Imogen: Great. Parallel run one. Bernie, Kerry?
Bernie: Yeah. So. I'm going to be honest. I'm drowning. We've got the October payroll done, but I've got the year-end pension certificates, and the P11D queries, and one of my team's off sick.
Imogen: Okay.
Bernie: Kerry's going to take the parallel run. She's done all the recon template work anyway.
Kerry: Yeah, I've got it. Still the 30th.
Imogen: Thanks Kerry. Friday to Dev.
Dev: Perfect.
Imogen: Bernie, the absence codes?
Bernie: The absence codes won't be end of the month. Give me till the sixth.
Dev: That's fine. I could probably look at the absence codes myself if someone got me a raw PayStar dump, no promises, but it'd be quicker from you.
Bernie: Sure, I'll do the parallel run and the month-end and the P11Ds and the absence codes, I'll just stop sleeping.
Imogen: Nobody's asking you to do the parallel run any more, Bernie.
Bernie: I know. Sorry. It's been a week.
Imogen: Okay. The big one. Graham's CR.
Alison: Not signed.
Imogen: So, I have to say this plainly. I can't book Dev's days for the second parallel run until Graham signs that CR. The November run is the week of the 23rd. If I don't have it by, realistically, the 6th, Dev goes onto another customer.
Dev: I've been asked twice already.
Alison: Right. Okay. I'll get it in front of him by Friday. In person.
Imogen: Thank you. Honestly, if it's easier for him, I'm happy to walk him through it on a call, if he'd take one.
Alison: He won't, but I'll offer.
Tariq: The driver app, can I raise something? The PIN reset relies on mobile numbers and I think Steve was right, half of them are out of date.
Steve: Told you.
Tariq: So HR might want to do a number refresh before go-live.
Kerry: We could put a note in with the payslips.
Imogen: Good idea, let's pick that up with Marcus next time. Anything else?
Wendy: Only that I'm on leave from the 9th for a week, so if the validation report throws anything up, it needs to be before then.
Imogen: Noted. Recap. Dev, test file Friday. Wendy, validation report the 4th. Tariq, nightly feed the 6th. Kerry, parallel run results Friday. Bernie, absence codes the 6th. Alison, the CR in front of Graham by Friday. Steve, after the committee on the fifth. And Marcus's answers, next Wednesday.
Alison: Thanks, Imogen.
Imogen: Thanks all.
""")

# ---------------------------------------------------------------- call 5: Wed 2026-11-11
CALLS[5] = ("Wednesday, November 11, 2026, 2:00PM", 1111, """
Imogen: Afternoon all. Wendy's on leave this week, she emailed. Graham, I'm assuming not. Marcus, welcome back.
Marcus: Thanks. Survived. We won, for what it's worth.
Imogen: Congratulations. Okay, let's start with the good news because there is some. Steve?
Steve: Yeah. So the committee met on the fifth. I had Marcus's answers on the Tuesday, just in time.
Marcus: Just in time is my speciality.
Steve: And the short version is we're content. You can hold the roster history for two years, it's not to be used for performance, and we get a copy of the retention policy. On that basis, go ahead.
Imogen: That's brilliant, thank you Steve.
Dev: So I can load the shift patterns now?
Steve: You can load the shift patterns now.
Dev: Great, I'll get them in this week.
Imogen: And Marcus, the works council?
Marcus: Yeah, the works council session was last Thursday. Imogen ran it. Went well. Lots of questions about the app, nobody threw anything.
Imogen: High praise. Tariq, the feed?
Tariq: Running. First proper night was the 5th. Starters and leavers both came through. I've had it running every night since.
Imogen: Great. Dev, the pension side?
Dev: So my test file went over on the Friday, the 30th. Wendy's validation report came back on the 4th, like she said. Three errors. Two were the opt-out date format, which is me, one was a scheme code that's wrong in PayStar.
Kerry: That's us. I've fixed it in PayStar.
Dev: And the date format's a two-minute fix. Wendy can look again when she's back.
Imogen: Okay. Parallel run one. Kerry?
Kerry: So we ran it. Results went to Dev on the thirtieth, the Friday.
Dev: And, um, that's where it gets less fun. Thirty-seven payslips outside the pound. Most of them are the night-out allowance, which is my rule, it's paying the old rate for double-shift nights. And a handful are salary sacrifice, the pension.
Alison: Thirty-seven out of fourteen hundred.
Dev: Out of about thirteen ninety, yeah.
Alison: Is that bad?
Dev: For a first run, it's normal. But I'd want it near zero before you go live.
Imogen: And the write-up, Dev? That was due the 6th.
Dev: I'm about halfway through the variances. You'll have the full write-up Monday.
Alison: Monday's fine.
Imogen: Okay. So, that brings me to the thing I need us to talk about. Graham's CR. Alison?
Alison: I did put it in front of him. Friday, in his office. He's still not signed it. He's been in Leeds most of this week.
Imogen: So I've had to release two of Dev's November days already. Without the CR I can't staff the second run properly. That's been the position since the end of last month and it hasn't moved.
Alison: I'm sure Graham will be thrilled to hear that.
Imogen: So here's what I'd propose. We keep the November run, with Kerry and whatever days of Dev I can keep. Then we don't go live in January. We run January as a third parallel run, and we go live on the February payroll.
Alison: A month late. I'll have to explain that to the exec.
Dev: Or, um, we go live in January and do the night-outs as a manual adjustment for the first month.
Bernie: No. Absolutely not. I'm not doing manual night-outs for eleven hundred drivers in January. Thank God someone's said February.
Alison: Bernie.
Bernie: I mean it. February gives us a clean run.
Imogen: Dev, if it's February, does the night-out fix matter less?
Dev: It still matters, but I'd have two runs to prove it. Honestly, February's the safer answer.
Alison: Okay. Look. I'd rather tell the exec it's a month late than tell them in January the drivers were paid wrong. Let's do February.
Imogen: So we're agreed. Go-live moves from the January payroll to the February payroll, and January becomes a third parallel run.
Alison: Agreed.
Marcus: Agreed.
Bernie: Very agreed.
Imogen: I'll send a revised plan round with the February dates by Friday.
Alison: And I'll take the revised date to the exec on Tuesday. Graham will have to sign the CR then, it'll be in front of the whole exec.
Imogen: Thank you. Right, parallel run two, the November payroll. Bernie?
Bernie: Kerry will run parallel two on the November payroll. Results to Dev by the 27th. Won't you, Kerry?
Kerry: Yeah. The 27th's fine.
Imogen: Dev, the night-out rule before that?
Dev: I'll have that rule fixed by the 20th. So it's in before Kerry runs.
Imogen: Bernie, the absence codes, you said the 6th?
Bernie: I still haven't done the absence codes, sorry. It's on the list.
Imogen: Okay.
Marcus: On the mobile numbers for the PIN reset. If payroll can put a note in with the November payslips, I'm happy to write the wording.
Kerry: We can probably do that.
Tariq: And if there's appetite, I could do a drop-in for the depot managers on the app login. Maybe in January.
Marcus: Let's see.
Imogen: Okay. Anything else? Steve?
Steve: Just the retention policy copy. Whenever.
Marcus: It's attached to the answers I sent you, the last page.
Imogen: Thanks. Recap. Me, revised plan by Friday. Alison, the exec on Tuesday. Dev, variance write-up Monday, night-out fix by the 20th. Kerry, parallel two by the 27th. Thanks everyone, see you in two weeks.
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
    rnd = random.Random(9100 + n)
    t = rnd.uniform(2, 9)
    out = []
    for who, text in ts:
        out.append((who, stamp(t), text))
        words = len(text.split())
        t += words / rnd.uniform(2.2, 2.7) + rnd.uniform(0.8, 4.5)
        if rnd.random() < 0.15:  # someone sharing a screen, looking something up, crosstalk Teams did not transcribe
            t += rnd.uniform(15, 75)
    return out, t


def main():
    import docx  # python-docx
    OUT.mkdir(exist_ok=True)
    for n, (when, code, block) in CALLS.items():
        ts, end = timed(n, turns(block))
        title = f"Halloway HR and Payroll - fortnightly status-2026{code:04d}_140003-Meeting Recording"
        dur = f"{int(end // 60)}m {int(end % 60)}s"
        header = [title, when.split(", ", 1)[1], dur, "", "Imogen Hale started transcription", ""]
        footer = ["Imogen Hale stopped transcription"]
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
