#!/usr/bin/env python3
"""Generate the five Saltmarsh County Council admissions-portal calls as SubRip captions (calls/call-1.srt ..
call-5.srt) and check gold.json against them.

Script format: one line per turn, "CODE: text". As docs/FORMATS.md describes for .srt, a cue carries
"Full Name: " only when the speaker changes; later cues of the same turn carry no name and continue that speaker.
A long turn is cut at sentence ends into two to four cues a few hundredths of a second apart. No speaker has two
turns in a row (asserted). Turn text holds no colon and never starts with "- " or ">>" (asserted), so no cue can be
misread as naming a speaker or as an unnamed new speaker.
Timing: about 2.5 words a second plus a little seeded jitter, gaps of 0.3-1.4 s between turns; deterministic.

After writing the calls the script checks gold.json (beside it) and raises on any failure:
 * every commitment, non-commitment, blocker and decision quote occurs verbatim in one turn of the call it names;
 * slips move the due date later (and past the call they are made in); every event is after first_call;
 * overdue_as_of, open_at_end, dropped and reassigned are recomputed from the events and compared with the key;
 * attendance per call equals the set of speakers in that call.

Run: python3 make_calls.py      (stdlib only; rewrites calls/call-N.srt next to this file)
"""
import json
import random
import re
from pathlib import Path

NAMES = {
    "H": "Henrietta Lightfoot",  # Enrolia (vendor) project manager, host
    "D": "Dafydd Pennock",       # Enrolia integration engineer: MySaltmarsh login, Orbitwell MIS link, Papyra SFTP
    "V": "Mirela Varga",         # Enrolia implementation consultant: rules, forms, Placewise migration, training
    "R": "Rupert Dallimore",     # Saltmarsh assistant director, education access; sponsor
    "F": "Fenella Threlfall",    # Saltmarsh admissions and transport manager; customer lead, overloaded
    "E": "Effie Colclough",      # Saltmarsh senior admissions officer (in-year transfers)
    "A": "Ambrose Greatorex",    # Saltmarsh ICT infrastructure lead (network, firewall, identity)
    "P": "Dorcas Pughe",         # Saltmarsh information governance manager, data protection officer
    "Z": "Zubair Anwar",         # business manager, Gorse Hill Academy; chairs the school business managers' group
    "T": "Torquil Haddow",       # Orbitwell Education (the schools' MIS supplier), partner account manager
    "M": "Mehreen Aslam",        # Papyra Document Services (the scanning bureau), operations manager
}

DATES = {1: "2026-10-07", 2: "2026-10-14", 3: "2026-10-21", 4: "2026-10-28", 5: "2026-11-04"}

CALLS = {}

# ------------------------------------------------------------------ call 1, Wednesday 7 October 2026
CALLS[1] = """
H: Morning, everyone. Can you hear me all right? There's a builder next door with a disc cutter, so if I go quiet it's him, not me.
F: We can hear you. And him.
H: Lovely. It's two minutes past, I'll give it one more minute. Fenella, is Rupert coming?
F: He said he would. He's in the leadership briefing first, so. He'll come when he comes.
H: Okay. Let's do names while we wait, because I think half of us have only ever met by email. Henrietta Lightfoot, project manager at Enrolia. I'll be running these every Wednesday, same time, same link.
D: Dafydd Pennock, Enrolia, integration. So the MySaltmarsh login for parents, the link into the schools' MIS, and the feed from the scanning bureau. Anything that talks to anything else.
V: Mirela Varga. I'm the implementation consultant, so I configure your admissions rules and the forms, I do the migration out of Placewise, and then I train everybody.
F: Fenella Threlfall, admissions and transport manager. I've got three and a bit weeks to the secondary closing date, so forgive me if I'm answering emails while you talk. I will be.
E: Effie Colclough, senior admissions officer. In-year transfers, mostly. Which is the bit going live first, I think?
H: That's the plan, yes. Well. That's one of the plans.
A: Ambrose Greatorex, ICT. Infrastructure. Networks, firewalls, the identity side of MySaltmarsh.
P: Dorcas Pughe, information governance. I'm the data protection officer, so I'm the one who'll be asking awkward questions about where the children's data ends up.
Z: Zubair Anwar. I'm business manager at Gorse Hill Academy and I chair the school business managers' group, so I'm here for the schools. The schools' voice, I suppose. One of them.
H: Brilliant, thank you. So, agenda. The go-live date, then the three integrations, then the data. Rupert really needs to be here for the date, so shall we start with the integrations and come back to...
R: Sorry. Sorry, I'm here. The briefing overran. Have I missed the date?
H: Perfect timing, Rupert, we were just about to not wait for you. Morning.
R: Morning, all. I've got till about twenty past, then I'm with the Director. So go.
H: Okay. The contract schedule has everything going live on Monday the seventh of December. That's in-year transfers, and it also has us taking over this year's secondary round after the closing date. So we'd migrate all the secondary applications out of Placewise in November and run the allocation in Enrolia.
F: Which I've said before is mad.
H: It's ambitious. I'd still like to try it, because otherwise you're paying for two systems until April.
F: Henrietta, we'll have about four thousand two hundred secondary applications in by the thirty-first. I am not moving them halfway through a round into a system my team have never touched. If the allocation goes wrong it's on the front of the Brinemouth Echo. With my name in it.
R: What happens to in-year if we do it Fenella's way?
V: In-year's fine on its own. Separate forms, separate process. It doesn't need the normal round at all.
R: Right. In-year transfers go live on Enrolia on Monday the seventh of December. The normal round stays on Placewise this year, secondary and primary, right through to offer day, and we bring the next round across next September.
H: Okay. I'll take that. It does mean Placewise has to keep going into the new year, and Dunnock's support runs out on the thirty-first of December.
R: Then we'll talk to Dunnock. Not today. What else do you need me for?
H: Three things nobody seems to own. The firewall change, so Dafydd can talk to MySaltmarsh. The contract with Orbitwell for the MIS link. And the security sign-off before anything goes live.
A: The firewall's not mine until somebody raises a change. I don't raise changes for other people's projects. That's the rule, it's not me being awkward.
H: So who raises it?
A: The business owner. On our side.
F: Don't look at me. I don't know what a firewall change form even looks like.
A: It's eleven pages.
R: Oh, for goodness' sake. Leave it with me. I'll speak to Marguerite and get Henrietta a name for the firewall change by next Wednesday.
D: While that's happening, can I at least send you what you'll need, Ambrose? Our IP ranges and the SAML metadata for the federation. Then whoever raises it has got it all in one place.
A: Send it. I'll read it. I won't raise anything, but I'll read it.
D: I'll send you the IP ranges and the SAML metadata by Friday.
H: And just so we're all clear, that's the thing stopping us testing anything at all from a parent's side.
D: Yeah. Until the firewall's open and MySaltmarsh trusts us, I can't test a single parent login. Not even a pretend parent.
R: Fine. Orbitwell?
Z: Most of our schools are on Orbitwell. Not all of them. Some of the church schools are on something else, I can never remember what.
D: Orbitwell only give API keys to partners with a signed agreement, and there's a fee per school. Without a key from Orbitwell I can't pull a single pupil record, so no sibling checks, no current school, nothing.
R: And who pays the fee?
Z: Not the schools. I can tell you that now. The schools didn't ask for this.
F: And it's not my budget. My budget is me, Effie, three officers and the postage.
R: Well, somebody needs to pick up Orbitwell. I'm not saying me.
H: I'll put Orbitwell down as unowned for now, then, and we'll come back to it.
R: Do. And the sign-off?
P: Not mine, before anyone asks. The DPIA's mine, I'll give you that. The pen test and the security side is ICT.
A: It's not infrastructure, it's security. We haven't had a security officer since Colin left in the spring.
R: Right. I've got about three minutes. What do you actually need from me today, Henrietta? Just the one thing.
H: The firewall name, which you've given me. Someone for the sign-off, but that can wait a week.
R: It can wait a week. See you all next Wednesday. Or not. Bye.
H: Thanks, Rupert. Okay. Zubair, do you know which schools are on Orbitwell? Properly, I mean.
Z: Roughly. I can find out properly. I'll ask round the business managers and get you a list of who's on Orbitwell and who isn't before next week's call.
H: That'd be really helpful.
V: Can I do the rules now? Fenella, I need your oversubscription criteria and the in-year rules in my workbook. Catchments, the sibling rule, how you measure distance, the fair access bits.
F: They're on the website. The determined arrangements.
V: They are, but the website says nearest school by straight-line distance and then there are about nine exceptions that live in people's heads.
F: That's fair. That's Effie's head, mostly.
E: And mine's full.
V: I'll send you the workbook by Monday. It's a spreadsheet, one tab per type of school.
F: Send it, and I'll fill in the rules workbook by Friday the sixteenth. Don't hold me to that. No, do. Hold me to it.
H: I'll hold you to it gently.
V: And the migration. What's actually in Placewise for in-year?
E: Everything since 2009. Open cases, closed cases, appeal notes. Half of it's in the notes field in capitals, because Maureen typed everything in capitals.
V: How do we get it out?
E: We don't. Dunnock do. We've never had the database, it's hosted at Dunnock. The green screen's all we ever see.
H: The green screen?
E: Placewise. It used to be green. They made it blue in 2019 and everyone still calls it the green screen.
V: Would Dunnock give us an extract?
E: They'd charge. They charge for everything, they charged us for changing a logo. I'll ask Dunnock on Monday what they'd want for an extract of the in-year cases.
H: Thank you. Dorcas, the DPIA.
P: I've got a template. It's ours, it's long, and I'd much rather you filled in your half than me guessing. I'll send you our DPIA template today.
H: Great. And I'll send out the draft plan by Friday, with Rupert's date in it, so you can all shoot at it.
A: Can I ask what else you need on the network? Apart from the firewall. Because there's also the proxy and there's the...
D: Just the allowlist, I think. And the certificate for the federation, which is in the metadata.
A: Okay. That's less than I feared.
F: Sorry, I've got the Echo on the other line about the bus pass story. Carry on without me for a minute.
H: No problem. Effie, paper applications. How does that work today?
E: They come in to Kingsgate House, the post room scans them on the big copier, badly, and we key them into the green screen. The evidence as well. Council tax bills, tenancy agreements, a lot of letters from the doctor's.
H: And Papyra? They're named in the contract as the bureau.
E: Papyra do the blue badge scanning. They've done a bit for us in September when we were drowning. I've never seen a contract.
Z: The last time the council changed an admissions system, 2014 I think, they sent three hundred offer letters to the wrong primary. I was a parent then. Ours said St Aidan's instead of Holcombe Staithe.
E: Don't. I was here. That was the mail merge, not the system.
Z: It was still the council.
H: Noted. No mail merges. Dafydd, anything else from you?
D: Only test accounts. Once the login's open I'll want three pretend parents in MySaltmarsh.
A: We can do test accounts. That bit's easy. Ask me when there's something to log in to.
H: Fenella, are you back?
F: I'm back. Sorry. Did I agree to anything while I was gone?
H: Only the workbook by the sixteenth, which you agreed to before you went.
F: Lovely. Can't wait.
H: Lovely. That's us. Same time next week. Thanks, everyone.
"""

# ------------------------------------------------------------------ call 2, Wednesday 14 October 2026
CALLS[2] = """
H: Morning. Is that everyone? I can see Effie, Ambrose, Dorcas, Zubair, Dafydd and Mirela. And someone called Torquil, hello.
T: Hello. Torquil Haddow, Orbitwell Education. I look after partner accounts. Zubair very kindly dragged me in.
Z: I didn't drag. I forwarded.
H: Welcome, Torquil. Effie, is Fenella coming? And Rupert?
E: Fenella's on her way, she's finishing a call with a head. Rupert sends apologies. He's in front of scrutiny committee tomorrow and he's locked himself in a room with the papers. He said to tell you he did speak to Marguerite.
A: He did. Marguerite caught me in the lift on Friday. Apparently the firewall change is mine now. So thank you, Rupert, wherever you are.
H: Congratulations.
A: Don't.
D: Did my stuff get to you, Ambrose?
A: It did. Your IP list and the metadata came through on Thursday afternoon. Five ranges, which is more than I'd like.
D: Two regions, two load balancers each, and one for the SFTP. I can explain it on a whiteboard if that helps.
A: It might. Anyway. I'll raise the change and get it on the CAB on Tuesday the twentieth. If they don't bounce it. They bounce about half.
H: What makes them bounce it?
A: Anything. Last month they bounced one because the requester put the date in American.
H: Okay. Effie, did the plan arrive?
E: We got your plan on Friday. Fenella printed it, which is a sign of respect. She's written on it in green.
H: Good green or bad green?
E: Just green.
V: And Dorcas, your template came through. Thanks. Twelve pages.
P: Fourteen with the annex. Has anyone started on your half?
V: I've started. I got as far as section four and then it asks about sub-processors.
P: That's the bit I wanted to talk about. I can't finish the DPIA until I know who your sub-processors are and where the data's actually hosted. Your contract says UK hosting, and then there's a line about support from affiliates. Affiliates where?
V: That's a question for our legal team, honestly, not me. I'll get you the sub-processor list and the hosting details by Monday.
P: Monday's fine. Monday would be lovely.
H: Zubair, how did you get on with the schools?
Z: Sixty-four of the seventy-one are on Orbitwell. The other seven are the diocese ones, they're on Scholaris, and St Aidan's still does half of it on paper, which I'm not supposed to tell you.
D: Seven I can live with. Sixty-four is the one that matters.
F: Hi, sorry, sorry. I'm here. I had a head teacher on the phone who thinks the closing date is a suggestion.
H: Morning, Fenella. We've just got to Orbitwell, and Torquil from Orbitwell is on.
F: Hello, Torquil. What's this going to cost me?
T: Straight to it. So. Anyone who wants to read from Orbitwell, or write to it, has to be on Orbitwell Connect, which is our partner programme. That's a partner agreement with the council and then a licence for each school, per year.
F: How much per school?
T: It depends on the size of the school and the term. I'd rather send it properly than say a number on a call. I'll send the partner agreement and the price list over to Fenella by Friday.
F: Okay. I'll tell you now, I can't sign it. I can't sign anything over five thousand pounds, and I doubt this is under five thousand.
T: It isn't.
F: Thought not.
T: I could maybe do something on the price if it was all sixty-four schools on a three-year term. But don't quote me on that, I'd have to take it upstairs.
D: Torquil, can I send you the fields we need? Then your technical people know the scope before anybody signs anything.
T: Please.
D: I'll send you the field list by Friday. It's about thirty fields. UPN, date of birth, current school, year group, and the sibling link, which I know is the awkward one.
T: The sibling link is the awkward one.
H: Effie, did Dunnock come back?
E: They did. Tuesday. Four thousand eight hundred pounds for the extract, plus VAT, and ten working days from a purchase order.
F: For a file.
E: For a file. To be fair, they said it's a bespoke file.
V: So until somebody pays Dunnock I've got nothing to migrate. I can build the mapping from a sample, but I can't load a single real case.
F: Who's got four thousand eight hundred pounds?
E: Rupert's got the contingency.
F: Rupert's got the contingency and Rupert's at scrutiny.
V: While we're paying them anyway, should we take everything? Five years of in-year history, so it's all in one place and you can switch the green screen off.
F: No. Just the open cases. If it's closed, it stays in the green screen and we look it up there. I'm not paying to move Maureen's capitals into a new system.
E: We look closed cases up maybe twice a month. Mostly for appeals.
V: Okay. Open cases only. How many is that, roughly?
E: Today? Three hundred and something. It goes up in January.
V: Effie, could you send me a sample? Twenty open cases, screenshots are fine, so I can do the mapping properly.
E: I'll send you twenty open cases by Friday. Screenshots, because screenshots is all the green screen does.
H: Scanning. Fenella, we talked about Papyra last week while you were with the Echo.
F: Yes. I've thought about it. I want the paper out of this building. Anything that comes in on paper, the form or the evidence, goes to Papyra and comes back as a scan. Nothing gets scanned at Kingsgate House any more.
E: The post room will throw a party.
D: Then Papyra need to drop their scans onto our SFTP, and I'll pick them up and attach them to the application.
H: And Papyra's contract? Effie didn't think there was one for admissions.
P: I'll ask Vikram where the Papyra contract is, I'm seeing him Thursday anyway. We're on the same fire marshal rota.
H: The glamour.
P: You have no idea. I've got a hi-vis tabard.
H: I'll redo the plan with the normal round staying on Placewise and send it round by Monday, so it actually matches what Rupert said.
Z: Can I ask something? If you want schools to test the offers going into Orbitwell, you'll want some volunteers. I'll ask for three pilot schools at the business managers' meeting on Thursday week.
H: Thursday week is the twenty-second?
Z: The twenty-second. At Gorse Hill, I'm hosting. There'll be biscuits, so people come.
V: Fenella, the workbook. Did it arrive?
F: It arrived on Monday. I've opened it. I've looked at it. I've closed it again.
V: That's a start.
F: Friday's still the plan. Don't look at me like that.
V: I can't see you, Fenella, your camera's off.
F: I know. I can feel you looking.
H: Anything else on Orbitwell, Torquil, before we let you go?
T: Only that the licence year runs from April, so if you sign in November you'd pay for a part year. Which nobody ever complains about until they get the invoice.
F: I'll complain now, save time.
H: And the security sign-off. Has anybody had any thoughts since last week? Anyone at all?
A: It's still not me.
P: Still not me either.
H: Okay. So that's still nobody. I'll write it down as nobody again.
E: Write it in capitals. For Maureen.
Z: Can I ask about the timings for schools? When do we see anything?
H: For in-year, your schools would get offers out of Enrolia from the seventh of December. How they get them depends on Orbitwell.
Z: So it depends on a contract nobody owns.
H: That's about the size of it.
Z: Lovely. I'll tell them that. Well, I won't tell them that.
D: Ambrose, when the change goes in, can you do it in the evening? The MySaltmarsh test tenant, I mean, not live.
A: Test is any time. It's live that needs the window. But it all goes through the CAB regardless.
H: Okay. That's everything I've got. Thanks, everybody. Torquil, thanks for coming.
T: Pleasure. I'll look out for the field list.
H: Same time next week.
"""

# ------------------------------------------------------------------ call 3, Wednesday 21 October 2026
CALLS[3] = """
H: Morning, all. Let's give it a minute. Has anyone heard from Rupert?
E: His calendar says he's in this meeting.
H: Well, he's very quiet.
F: I haven't heard from him since Friday. He's probably still recovering from scrutiny.
H: Okay. We'll carry on. We've got a guest today. Mehreen, would you like to introduce yourself?
M: Hi, yes. Mehreen Aslam, I'm operations manager at Papyra Document Services. We're the scanning bureau. We do the blue badges for you already, and the odd rush job for admissions.
H: Thanks for coming, Mehreen. We'll get to you in a bit. Ambrose isn't on yet, so let's go round the things that were due. Effie, did the new plan reach you?
E: Got the new plan. It's much shorter without the secondary round in it.
H: That was sort of the idea.
V: And Effie's screenshots came through on Friday, thank you. Twenty cases. One of them was a family of quadruplets, which was a nice surprise for my mapping.
E: The Okonkwo-Barretts. Four children, one case. The green screen does not believe in quadruplets.
D: I sent Torquil the field list last Thursday, and he's come back already. They can do all of it except the sibling link, which he says is a phase two thing.
Z: Everything's a phase two thing with Orbitwell.
F: Torquil's agreement came in on Friday. Forty-one pages, and a price on the last one. It's a lot more than five thousand.
H: How much more?
F: Enough that I put it face down on the desk.
P: I asked Vikram, by the way. Papyra's contract ran out in August. They've been on purchase orders ever since, and the purchase orders say nothing about sending anything to anybody's SFTP.
M: Which is our problem, really. We can't put a single scan on your SFTP until the contract variation's signed. Our insurers won't let us send personal data anywhere that isn't written into a signed contract. Not after last year.
H: What happened last year? If you don't mind me asking.
M: Not with you. Another council. Somebody changed an email address on a purchase order and we sent a thousand housing benefit forms to a dental practice. Nothing lost, but the insurers have long memories.
H: Fair enough. So what do you need to get the variation moving?
M: Our variation is a standard form, four pages, and Vikram signs it. I'll send Vikram our variation paperwork by Friday.
P: Vikram likes a warning. He's had one from me already, I've been moaning about Papyra all week.
D: And once it's signed I'll set you up an SFTP account. It's ten minutes' work. It's the paper that takes the time.
A: Sorry, I'm here. I was in a server room with no signal. What have I missed?
H: Morning, Ambrose. Nothing you need to answer for yet. How did the CAB go?
A: The CAB bounced it.
D: Oh, no.
A: No rollback plan. So it's back on next Tuesday, the twenty-seventh, with a rollback plan. Which for an allowlist is delete the five lines I added. I've written that down in a paragraph so it looks like a plan.
D: I'll just stand outside the data centre with a sign with our IP addresses on it.
A: Wouldn't help. The data centre's in Slough.
H: So the parent login's still blocked for another week at least.
D: Another week. I've done everything I can do without it. I've got the journey built on our side, I just can't point it at anything real.
H: Fenella, the rules workbook. Friday was the sixteenth.
F: The workbook. No. Honestly, I haven't touched it since last week. We've had three thousand one hundred applications in and the phones haven't stopped. Give me till Friday.
H: Friday the twenty-third.
F: Friday the twenty-third.
V: And my own confession. The sub-processor list for Dorcas. Our legal haven't released it. They've promised me Friday.
H: So Friday the twenty-third for that as well.
P: That's fine. Honestly, I'd rather have it right. While I'm waiting I can get on with the parents' side. I'll have a draft of the parents' privacy notice by Friday week.
H: Friday week, so the thirtieth.
P: The thirtieth.
H: Now. The security sign-off. We still have nobody. And without it, Ambrose, you won't let us into production, will you?
A: Nothing goes live on the council's login without a security sign-off. That's not me, that's policy. I didn't write it, Colin did.
P: And I'm not signing the security bit. I'm information governance. I don't read pen test reports.
D: For what it's worth, we've got a pen test from August, by a CREST firm. Our whole platform. I can send it to whoever ends up owning this.
H: Rupert's list, then. Again. If he ever comes to one of these.
F: He'll come to the go-live party.
H: There'll be no party if there's no sign-off.
D: Could we go round it? Parents could sign up with an Enrolia account and an email code for the first term, and we move them onto MySaltmarsh later. Then the firewall and the sign-off aren't on the critical path.
A: No. We've spent three years getting every council service onto MySaltmarsh. I'm not having a new login appear the week I'm on leave.
P: And I'd need a whole other DPIA for that. No.
D: Fair. Just asking.
F: Can I ask something else? Can we go live without the Orbitwell link at all?
D: Technically, yes. You'd lose the automatic lookup of the current school and the siblings, so Effie's team would check those by hand like they do now. And the offers wouldn't go into the school's MIS on their own.
E: We check them by hand now. That's not a change, that's a Tuesday.
Z: The schools can live with an export. They get a spreadsheet from the admissions team now. Nobody would notice.
F: Then we go live without Orbitwell. The schools get a weekly export from Enrolia by secure email until the contract's sorted, and we stop waiting on it.
H: Okay. I think that's the first sensible thing anyone's said about Orbitwell.
D: I'll build the weekly schools export and have it ready by the sixth. CSV, one file per school, same columns they get today.
H: The sixth of November.
D: The sixth.
Z: Then there's not much point me asking for pilot schools tomorrow, is there? For the Orbitwell testing.
H: Not for now, no.
Z: I'll leave the pilot schools, then. But I'll tell the business managers tomorrow that the Orbitwell link isn't coming at launch, so nobody's surprised in December.
F: That would help. The last thing I need is sixty heads ringing me in December.
H: And the agreement itself still needs somebody who can sign forty-one pages.
F: I'll put Torquil's agreement in front of Rupert on Monday, at my one-to-one. If he turns up to that.
E: And the Dunnock money. Rupert still hasn't seen the quote, has he?
F: Not that I know.
E: I'll forward Dunnock's quote to Rupert today and copy Henrietta in, so it's sitting in his inbox before Fenella's one-to-one.
H: Thank you. That's helpful. Mirela, where are you with the mapping?
V: Mapping's done from the screenshots, apart from the quadruplets. With Effie's twenty I can do a proper trial. I'll do a trial load of Effie's twenty cases by Friday.
E: Do you want the real ones or the anonymised ones?
V: Screenshots are already anonymised, you blurred the names. Though you blurred one date of birth and not the other three.
E: That was the quadruplets. Same birthday.
V: Oh. Of course it was.
H: Mehreen, on the scanning itself. How quickly could you turn round a form once it's in your post room?
M: Same day, if it's in by two. Next day otherwise. Evidence is the same, we scan everything in one envelope as one bundle.
E: We sometimes get photographs. Actual photographs. Of a front door with a house number on it.
M: We scan those too. We've scanned a birthday cake once.
F: Why did someone send a birthday cake?
M: Proof of date of birth, apparently. A photo of a cake with the number on it.
H: Okay. Is there anything we need from Dafydd for the variation?
M: Just the SFTP details for the schedule. The server name and the security bits.
D: They're in an appendix to our contract with the council. Appendix C. Vikram's got a copy, he just won't know he has.
H: Zubair, anything from the schools?
Z: Only that it's half-term next week, so I won't be on. Most of the business managers are off too. Nothing'll happen at schools for a week.
F: Nothing'll happen here either. It's closing date week.
H: So, to sum up. Firewall on the CAB on the twenty-seventh. Workbook Friday. Sub-processors Friday. Papyra's variation to Vikram Friday. Export on the sixth. No Orbitwell at launch. And the sign-off is still unowned.
F: When you say it like that it sounds like a plan.
H: It sounds like a list. Brilliant. Another week, another form. Thanks, everyone. Same time next week.
"""

# ------------------------------------------------------------------ call 4, Wednesday 28 October 2026
CALLS[4] = """
H: Morning. Oh, hello, Rupert.
R: I'm here. On time, you'll notice. Write that down somewhere. I've got fifteen minutes, so use me.
H: Noted and minuted. Morning, everyone. Zubair's off, it's half-term, so no schools this week. Let's take Rupert's things first while we've got him.
R: Please.
H: Did Fenella's one-to-one happen?
R: It did. Fenella gave me the Orbitwell agreement on Monday, and I've read about half of it. I also saw Effie's email with Dunnock's quote. Both of which were lovely reading.
F: You're welcome.
H: Then the Dunnock money first. Mirela can't load a single real case without that extract.
R: Pay it. Four thousand eight hundred, out of the project contingency. I'd rather pay Dunnock than have Mirela sitting on her hands for a month. I'll raise the purchase order myself by Friday.
E: It's ten working days from the purchase order, remember. They were very clear about that.
R: Of course it is. And Orbitwell. I can't sign forty-one pages of somebody else's terms, and neither should Fenella. It's going to legal. I'll get legal to look at the Orbitwell agreement and have it signed by Friday week.
H: Friday week, so the sixth of November.
R: The sixth.
T: For what it's worth, most councils just sign our standard terms.
R: Our legal have never just signed anything in their lives, Torquil.
T: Then they'll want the data processing schedule first. That's always what legal ask for. I'll send over the data processing schedule by Friday, so it's there when they start.
R: Good. What else?
H: The security sign-off. Three weeks and still nobody.
R: Ambrose, the security sign-off is yours. You're the nearest thing we've got to a security officer until we replace Colin.
A: I thought you might say that.
R: Is that a yes?
A: It's a yes. Dafydd, send me the pen test report. I'll review the pen test and give you a sign-off or a list by next Wednesday.
D: It's already in your inbox. I sent it this morning. I had a feeling.
A: Of course you did.
H: And while you're here, Rupert, Dunnock's support for Placewise ends on the thirty-first of December.
R: Not today. Put it on next week's list. I'm not doing Dunnock twice in one morning.
F: Rupert, while you're on, can I have the second and third off the phones, for the data checking? I'm asking you because you're here and nobody else can say yes.
R: Yes. Obviously yes. Right, I have to go. Fenella's got my proxy. Be good.
H: Thank you, Rupert. Okay. Ambrose, the CAB. Tell me good news.
A: The change went in last night. The CAB passed it on Tuesday morning and we put it in at ten last night.
D: And I got through to the MySaltmarsh sign-in page at about half seven this morning and came back with a token. So the wall's down. Finally.
H: That's the best thing I've heard in a month.
D: Don't get excited, I've done one login, as me, in test. I'll test the parent login end to end with the three test accounts by Monday.
A: They're set up. Parent One, Parent Two and Parent Three.
D: Very imaginative.
A: I had a long night.
V: Dorcas, I gather our list turned up in the end?
P: Arrived Friday, about six o'clock, which is a very lawyer time to send something. Nine sub-processors, two of them in Dublin, which is fine. So I can finish now. I'll sign the DPIA off by Friday.
H: And the privacy notice was the thirtieth as well?
P: The thirtieth's a bit ambitious now the DPIA's come back to life. Say next Wednesday.
H: The fourth.
P: The fourth.
E: Mehreen's variation came in on Friday, by the way. It's with Vikram. He says he'll sign it soon, which is a procurement word.
H: What does soon mean, in procurement?
E: Somewhere between a week and the heat death of the universe.
V: The trial load went in on Friday. Eighteen of the twenty came across clean. The quadruplets broke it, and so did a surname with an apostrophe in it.
E: O'Rourke-Daley.
V: That's the one. I've fixed the apostrophe. The quadruplets need a rule, which brings me to the workbook.
F: The workbook. Henrietta, I'm going to be honest. I'm not going to do it. Not before the thirty-first, and after the thirty-first I'm in the data checking till the middle of November. Effie, can you take it?
E: I can take it. I know the rules better than the website does anyway. I'll have it done for next week's call.
V: The half Fenella started is in the shared folder. It's mostly colour coding.
F: It's very good colour coding.
H: So that's Effie's now. Thank you, Effie.
E: I'll add it to the pile. The pile has a pile.
V: I know that pile.
E: And before I forget, Zubair told the business managers on Thursday about Orbitwell. He sent me the minutes. Nobody minded, apparently, except Holcombe Staithe, who mind everything.
H: Good. Training. Mirela?
V: I'd suggest online. Four sessions of an hour, recorded, so whoever's on the phones can watch it later.
E: They won't watch it later. Nobody ever watches it later.
F: In person. Kingsgate House, the twenty-third and the twenty-fourth of November, half the team each day, so the phones are covered.
V: Okay. In person it is. I'll send the invites out by Friday.
F: Book the big room on the fourth floor, not the one by the lifts. The one by the lifts has no windows and people cry in it.
V: Fourth floor. Got it.
F: I'm going to have to go, sorry. The phones are melting. Three days to closing date. Effie's got everything.
H: Good luck, Fenella. See you next week.
T: Can I ask, while we've got a minute. Your weekly export, the one instead of our link. Will that be going to schools from Enrolia directly?
D: By secure email, from the admissions mailbox. CSV, one file per school.
T: Only, some of our schools will try to import it into Orbitwell by hand, and then they'll ring us when it doesn't work.
D: Then I'll use your import layout, if you send me it. It's not a promise, it's a wish.
T: I could maybe get someone from our technical team on a call with you, once legal have looked at the agreement. I can't do it before.
H: Understood. Everything waits on legal.
T: Everything waits on legal. It's the same everywhere, if that helps.
H: It doesn't really, Torquil, but thank you.
A: Henrietta, one thing on the login. The forgotten password link on the MySaltmarsh page goes to the old portal. That's on our side. It's on the list, somewhere under everything else.
D: I saw that. Parents will click it, you know. Every single one of them.
A: They will. It's on my list.
H: Dorcas, the DPIA. Once it's signed, does anybody else need to see it?
P: Rupert signs the risk acceptance page. It's one page. He can do it on his phone.
H: Will he?
P: He signs everything in the end. He's on my floor, he can't get away from me.
H: Mirela, anything else?
V: Only that without Dunnock's extract I've now tested everything I can test with twenty cases. The next step is the real three hundred, and that's ten working days after Rupert's order.
H: So the middle of November, if Rupert raises it Friday.
V: If.
H: Effie, how's the team?
E: Tired. Closing date's Saturday, so we'll have the last-minute lot on Friday. Somebody always applies at eleven minutes to midnight and then rings on Monday to say the website was slow.
D: Was it slow?
E: It's always slow at eleven minutes to midnight. Everybody's on it.
H: Okay. I'll put this week down as progress, for once. Firewall open, DPIA nearly there, sign-off owned. Torquil, thank you for coming.
T: Thanks, all. I'll get the schedule over.
H: Same time next week. Zubair's back, Rupert might be, and we'll find out whether Dunnock's got our money.
"""

# ------------------------------------------------------------------ call 5, Wednesday 4 November 2026
CALLS[5] = """
H: Morning, everybody. Zubair, welcome back. How was half-term?
Z: Wet. We went to a lodge in the forest with a hot tub. It rained into the hot tub. Don't ask.
H: I won't. Fenella, you survived closing date.
F: Just. Four thousand two hundred and sixty-one secondary applications. Thirty-eight on paper. One on the back of a takeaway menu, which I'm framing.
H: Is Rupert coming?
F: He's coming. He told me he'd be here at twenty past, which means he's coming at some point.
H: Okay. Mehreen, welcome back as well. Let's go round what was due. Effie, the workbook.
E: The workbook's done. I sent it to Mirela last night at eleven. Don't ask.
V: I've got it. It's lovely. There's a tab called things nobody wrote down.
E: That's the quadruplets tab. And the twins who live at two addresses. And the fair access ones.
V: I'll have questions, but they're small questions.
H: Mirela, the training invites went out?
E: Got them Friday. Accepted them. Half the team accepted the wrong day, but they'll sort it out among themselves.
V: As long as nobody comes both days.
E: Someone will come both days. It'll be Gary. Gary likes a biscuit.
H: Dorcas, the DPIA.
P: I signed the DPIA on Friday afternoon. And Rupert signed the risk acceptance page on Monday, on his phone, in the car park, so that's done properly.
H: Brilliant. And the privacy notice? That was today.
P: The privacy notice I haven't started. I'll be honest. The ICO wrote to us about the school transport complaint and it's eaten the week.
H: Any idea when?
P: No. Not this week. I'm not going to give you a date I'll only miss.
H: Okay. I'll leave it open. Dafydd?
D: Parent login works end to end. I did all three test accounts on Monday. Parent One applied for an in-year transfer to Gorse Hill.
Z: Did we offer him a place?
D: You're full in Year 8.
Z: We are. Poor Parent One.
D: The only thing is still the forgotten password link.
A: Still on my list. Still under everything else.
D: And the schools export. I'm not going to have it for Friday. I did the login testing first, because that was the one we'd been waiting a month for. Give me another week. The thirteenth.
H: Friday the thirteenth. Lovely.
A: Which is also when I'll have the security sign-off, I'm afraid. I've read the pen test. Most of it. There are two mediums I want answers on before I sign anything. The session timeout, and something about headers. I'll have it done by Friday week.
H: So the thirteenth as well.
D: The answers to both are in the retest letter, from September. Both fixed.
A: Then I need the retest letter.
D: It's attached to the same email. Page nine of the PDF.
A: Ah. I stopped at page eight.
H: Mehreen, your news?
M: The variation came back signed on Monday. Vikram did it in the end. So we sent a test batch of twelve scans to your SFTP yesterday afternoon.
D: And they landed. Twelve PDFs, all the right way up. One of them's a photograph of a front door.
E: Told you. They send front doors.
M: We'll keep doing test batches whenever you want them. Monday and Thursday suit us best.
H: Lovely. Effie, Dunnock?
E: Rupert signed the purchase order on Monday. It went to Dunnock on Monday afternoon and they've acknowledged it. Ten working days, they say. So the sixteenth.
V: So I still haven't got a single real case to load. And I'll have about three weeks between the extract landing and go-live, if nothing else moves.
F: And Torquil's data processing schedule never came. Legal have asked twice. I've chased him once.
Z: He's at the Education Show this week, I think. Orbitwell have a stand. I saw it on LinkedIn.
F: Good for Orbitwell.
R: Morning. Sorry, sorry. I've come straight from the Director's. What have I missed?
H: Morning, Rupert. The short version. The login works, the DPIA's signed, and Papyra's scanning into test. But the security sign-off's now the thirteenth, Dunnock's extract is the sixteenth at the earliest, and the schools export the thirteenth. The seventh of December is very tight. I'd propose we go on the fourteenth instead.
F: The week before Christmas? No. I'm not having a new system go live with half the team on leave and the schools breaking up on the eighteenth.
E: Nobody moves house the week before Christmas. But everybody rings about moving house the week before Christmas.
R: And where's Orbitwell? I can tell you where Orbitwell is, actually. Legal sent it back to them last Thursday with amendments. Eleven of them. Orbitwell's legal say two to three weeks. So the sixth isn't happening. I'd say the twentieth, realistically.
H: The twentieth of November for the Orbitwell agreement.
R: The twentieth. Look. Then it's January. In-year goes live on Monday the eleventh of January. Placewise carries on over Christmas, and everybody gets a proper run at it.
H: Okay. The eleventh of January. Which means in-year stays on Placewise past the thirty-first as well as the normal round, and Dunnock's support ends on the thirty-first.
R: I know. I've been putting it off since the first call. I'll ring Dunnock's managing director myself this week and get the support extended to the end of April.
H: By Friday?
R: By Friday. I was at school with his brother, for what that's worth.
F: I hope it's worth a discount.
R: It's worth a phone call.
H: I'll reissue the plan with the eleventh of January on it by Monday.
E: Do we keep the training dates? The twenty-third and twenty-fourth?
F: Keep them. They can practise in the test system for six weeks. They'll need six weeks.
R: I might be able to find some money for a temp over Christmas, for the phones. I'd have to ask.
F: Ask. Please ask.
R: What else? I've got five minutes.
H: Status. I'm going to report the project as red this week, Rupert. I'd rather tell you than have you read it in the report.
R: Red.
H: Go-live's moved five weeks. The security sign-off isn't done. We've migrated no real data. Dunnock's support ends before we go live, and Orbitwell isn't signed. And the privacy notice isn't started.
R: That's fair. It's fair. Amber if Dunnock say yes.
H: Amber if Dunnock say yes, and if Ambrose signs on the thirteenth.
A: No pressure.
R: Right. I've got the Director again at eleven. Thank you, everyone. Fenella, the temp, later.
F: Thanks, Rupert.
H: Okay. Zubair, anything from the schools?
Z: The business managers will be delighted about January. Nobody wanted December. And if Orbitwell ever sign, I'll happily round up pilot schools again.
H: Noted. Mehreen, is testing into January all right for you?
M: It's fine. We'll keep it to test until you tell us otherwise. We don't charge for test batches, before anyone asks.
F: Someone write that down.
H: It's written down. Dafydd, Ambrose, you two are going to speak about page nine?
A: We'll speak about page nine.
D: I'll bring a highlighter.
V: Effie, once I've loaded the real cases, I'll need your team to check a sample. Maybe fifty.
E: Fifty. In November. Fine. Send me the dates when you've got them.
H: Anything else from anyone? No? Then thanks, everyone. It's been a long five weeks. Same time next week.
"""


# ------------------------------------------------------------------ rendering
def ts(t):
    ms_total = int(round(t * 1000))
    h, rem = divmod(ms_total, 3600000)
    m, rem = divmod(rem, 60000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def split_cues(text, limit=22):
    """Cut a turn into caption cues at sentence ends, at most about `limit` words a cue where possible."""
    sents = re.split(r"(?<=[.?!])\s+", text)
    cues, cur = [], []
    for s in sents:
        if cur and len(" ".join(cur + [s]).split()) > limit:
            cues.append(" ".join(cur))
            cur = []
        cur.append(s)
    if cur:
        cues.append(" ".join(cur))
    return cues


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        text = text.strip()
        if ":" in text or text.startswith(("- ", ">>")):
            raise ValueError(f"call {n}: turn text would be misread: {text!r}")
        out.append((NAMES[code], text))
    for (a, _), (b, _) in zip(out, out[1:]):
        if a == b:
            raise ValueError(f"call {n}: {a} has two turns in a row")
    return out


def render(n):
    rnd = random.Random(20261007 + 7 * n)
    t = 1.2 + rnd.random() * 2.5
    lines, k, prev = [], 0, None
    for name, text in turns(n):
        cues = split_cues(text)
        for i, part in enumerate(cues):
            k += 1
            dur = max(0.9, len(part.split()) / 2.5 + rnd.uniform(-0.2, 0.5))
            cue = part if name == prev else f"{name}: {part}"
            prev = name
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", cue, ""]
            t += dur + (rnd.uniform(0.03, 0.09) if i < len(cues) - 1 else rnd.uniform(0.3, 1.4))
    return "\n".join(lines)


def first_name(label):
    return label.split()[0]


def toks(s):
    """score.py's tokenizer."""
    return re.findall(r"[a-z0-9][a-z0-9'\-]*", (s or "").lower())


# ------------------------------------------------------------------ checks
def check_gold(here):
    gold = json.loads((here / "gold.json").read_text(encoding="utf-8"))
    errs = []
    calls = {int(k): v for k, v in gold["calls"].items()}
    if calls != DATES:
        errs.append("gold calls differ from DATES")
    as_of = gold["as_of"]
    turn_texts = {n: [text for _, text in turns(n)] for n in CALLS}
    call_toks = {n: set(toks(" ".join(turn_texts[n]))) for n in CALLS}

    def has(call, quote, what):
        hits = [i for i, t in enumerate(turn_texts.get(call, [])) if quote in t]
        if not hits:
            errs.append(f"{what}: quote not verbatim in one turn of call {call}: {quote!r}")
        return hits

    def kw_check(call, quote, kws, what):
        if not kws or any(k != k.lower() for k in kws):
            errs.append(f"{what}: keywords missing or not lower case")
        missing = [k for k in kws if k not in call_toks.get(call, set())]
        if missing:
            errs.append(f"{what}: keywords {missing} are not tokens of call {call}")
        if len(set(kws) & set(toks(quote))) < 2:
            errs.append(f"{what}: fewer than two keywords in the quote")

    ids = [c["id"] for c in gold["commitments"]]
    if len(ids) != len(set(ids)):
        errs.append("duplicate commitment ids")
    commit_turns = set()
    overdue, open_end, dropped, reassigned = [], [], [], {}
    for c in gold["commitments"]:
        w = c["id"]
        if c["first_call"] not in calls:
            errs.append(f"{w}: unknown first_call")
            continue
        commit_turns |= {(c["first_call"], i) for i in has(c["first_call"], c["quote"], w)}
        kw_check(c["first_call"], c["quote"], c["keywords"], w)
        hits = has(c["first_call"], c["quote"], w)
        if hits and first_name(turns(c["first_call"])[hits[0]][0]) != c["owner"]:
            errs.append(f"{w}: quote is not said by the owner {c['owner']}")
        due = c["due"]
        if due is not None and due < calls[c["first_call"]]:
            errs.append(f"{w}: due {due} before the first mention")
        done = dropped_at = None
        prev_call = c["first_call"]
        for e in c["events"]:
            if e["call"] <= c["first_call"] or e["call"] < prev_call or e["call"] not in calls:
                errs.append(f"{w}: event {e} not after first_call, or out of order")
            prev_call = e["call"]
            if done is not None or dropped_at is not None:
                errs.append(f"{w}: event {e} after the item was closed")
            if e["type"] == "slipped":
                if due is None or e["new_due"] <= due:
                    errs.append(f"{w}: slip at call {e['call']} does not move the date later ({due} -> {e['new_due']})")
                if e["new_due"] <= calls.get(e["call"], ""):
                    errs.append(f"{w}: slip at call {e['call']} to a date not after that call")
                due = e["new_due"]
            elif e["type"] == "done":
                done = e["call"]
            elif e["type"] == "dropped":
                dropped_at = e["call"]
            elif e["type"] == "reassigned":
                reassigned[w] = e["new_owner"]
                if e["new_owner"] not in c.get("reassigned_to", []):
                    errs.append(f"{w}: reassigned event's new_owner not in reassigned_to")
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
    if sorted(overdue) != sorted(gold["overdue_as_of"]):
        errs.append(f"overdue_as_of {gold['overdue_as_of']} != computed {overdue}")
    if sorted(open_end) != sorted(gold["open_at_end"]):
        errs.append(f"open_at_end {gold['open_at_end']} != computed {open_end}")
    if sorted(dropped) != sorted(gold["dropped"]):
        errs.append(f"dropped {gold['dropped']} != computed {dropped}")
    if sorted(reassigned) != sorted(gold["reassigned"]):
        errs.append(f"reassigned {sorted(gold['reassigned'])} != computed {sorted(reassigned)}")
    for w, new in reassigned.items():
        if new not in gold["reassigned"][w]:
            errs.append(f"reassigned[{w}] does not name {new}")
    for nc in gold["non_commitments"]:
        for i in has(nc["call"], nc["quote"], f"non-commitment ({nc['speaker']}, call {nc['call']})"):
            if (nc["call"], i) in commit_turns:
                errs.append(f"non-commitment ({nc['speaker']}, call {nc['call']}) shares a turn with a commitment quote")
            if first_name(turns(nc["call"])[i][0]) != nc["speaker"]:
                errs.append(f"non-commitment quote {nc['quote']!r} is not {nc['speaker']}'s")
    for b in gold["blockers"]:
        has(b["raised_call"], b["quote"], b["id"])
        kw_check(b["raised_call"], b["quote"], b["keywords"], b["id"])
        if b["cleared_call"] is not None and b["cleared_call"] <= b["raised_call"]:
            errs.append(f"{b['id']}: cleared before it was raised")
        if not b["party_aliases"] or any(a != a.lower() for a in b["party_aliases"]):
            errs.append(f"{b['id']}: party_aliases must be lower case and not empty")
    for d in gold["decisions"]:
        if not d.get("quote"):
            errs.append(f"{d['id']}: no quote")
            continue
        has(d["call"], d["quote"], d["id"])
        kw_check(d["call"], d["quote"], d["keywords"], d["id"])
    for p in gold["proposals_not_agreed"]:
        if p["call"] not in calls:
            errs.append(f"proposal in unknown call {p['call']}")
    for n in CALLS:
        who = gold["attendance"].get(str(n))
        spoke = {first_name(name) for name, _ in turns(n)}
        if who is None or set(who) != spoke or len(who) != len(set(who)):
            errs.append(f"attendance call {n}: gold {sorted(who or [])} vs speakers {sorted(spoke)}")
        if not 60 <= len(turns(n)) <= 110:
            errs.append(f"call {n}: {len(turns(n))} turns, outside 60-110")
    people_first = {p.split()[0] for p in gold["people"]}
    for c in gold["commitments"]:
        if c["owner"] not in people_first:
            errs.append(f"{c['id']}: owner {c['owner']} not in people")
    if errs:
        raise AssertionError("gold.json check failed:\n" + "\n".join(errs))
    ev = {}
    for c in gold["commitments"]:
        for e in c["events"]:
            ev[e["type"]] = ev.get(e["type"], 0) + 1
    print(f"gold.json OK: {len(gold['commitments'])} commitments (events {ev}), {len(gold['non_commitments'])} "
          f"non-commitments, {len(gold['blockers'])} blockers, {len(gold['decisions'])} decisions; quotes verbatim; "
          f"slips later; events after first_call; overdue/open/dropped/reassigned and attendance match")


def check_srt(path, n):
    """Re-read a written file: numbered cues, increasing times, a name only when the speaker changes."""
    blocks = path.read_text(encoding="utf-8").strip().split("\n\n")
    last_end, prev = 0.0, None
    def sec(x):
        h, m, rest = x.split(":")
        s, ms = rest.split(",")
        return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000
    for i, b in enumerate(blocks, 1):
        num, timing, text = b.split("\n", 2)
        if int(num) != i:
            raise AssertionError(f"{path.name}: cue {i} numbered {num}")
        a, z = timing.split(" --> ")
        if not (sec(a) >= last_end and sec(z) > sec(a)):
            raise AssertionError(f"{path.name}: cue {i} timing not increasing")
        last_end = sec(z)
        name = text.split(": ", 1)[0] if ": " in text else None
        if name is not None:
            if name == prev:
                raise AssertionError(f"{path.name}: cue {i} repeats the speaker name")
            prev = name
    if len(blocks) < len(turns(n)):
        raise AssertionError(f"{path.name}: fewer cues than turns")


def main():
    here = Path(__file__).resolve().parent
    d = here / "calls"
    d.mkdir(exist_ok=True)
    for n in sorted(CALLS):
        p = d / f"call-{n}.srt"
        p.write_text(render(n) + "\n", encoding="utf-8")
        check_srt(p, n)
        tt = turns(n)
        print(f"call-{n}.srt ({DATES[n]}): {len(tt)} turns, {len({first_name(s) for s, _ in tt})} speakers")
    if not (here / "gold.json").exists():
        raise AssertionError("no gold.json next to this script")
    check_gold(here)


if __name__ == "__main__":
    main()
