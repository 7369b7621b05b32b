#!/usr/bin/env python3
"""Generate the six Carnforth District Council parking-services calls as SubRip captions (calls/call-1.srt .. call-6.srt)
and check gold.json against them.

Script format: one line per turn, "CODE: text". Following docs/FORMATS.md for .srt, a cue carries "Full Name: " only
when the speaker changes; later cues of the same turn carry no name and so continue that speaker. A long turn is cut
at sentence ends into consecutive cues 0.04 s apart (the parser rejoins them into one turn). No speaker has two turns
in a row (asserted), so two separate turns can never merge. Turn text holds no colon and never starts with "- " or
">>", so no cue can be misread as naming a speaker or as an unnamed new speaker (asserted). In call 3 the sponsor
dials in from his car and is labelled by his device ("Graham's iPhone"), as Teams and Zoom do.
Timing: about 2.5 words a second plus a little jitter, with gaps of 0.3-1.3 s between turns; seeded, so deterministic.

After writing the calls, every gold quote (commitments, non-commitments, blockers, decisions) is checked to occur
verbatim in one turn of its call, and the gold events are checked for consistency: slips move the date later (and
past the call they are made in), events come after first_call and in order, and overdue_as_of, open_at_end, dropped
and reassigned are recomputed from the events. Attendance is checked against who speaks. Exit status 1 on failure.

Run: /work/main/.venv/bin/python make_calls.py      (stdlib only; rewrites calls/call-N.srt next to this file)
"""
import json
import random
import re
import sys
from pathlib import Path

NAMES = {
    "R": "Rachel Imrie",      # Halyard Civic (vendor) project manager, host
    "O": "Owen Pascoe",       # Halyard integration consultant: DVLA keeper lookup, PayBridge card payments
    "B": "Bethan Lloyd",      # Halyard configuration and training consultant: permit portal, handheld app
    "G": "Graham Tulloch",    # Carnforth head of highways, sponsor
    "g": "Graham's iPhone",   # the same Graham, dialling in from his car in call 3 (labelled by device)
    "S": "Sandra Mistry",     # Carnforth parking services manager
    "M": "Mark Eccles",       # Carnforth IT, infrastructure and networks
    "L": "Lee Haworth",       # Carnforth civil enforcement team leader
    "D": "Donna Pickles",     # Carnforth parking back office: permits and PCN appeals
    "F": "Fiona Rudd",        # Carnforth information governance officer
    "N": "Nathan Sowerby",    # PayBridge (the council's card payment provider), local government account manager
    "T": "Tony Barraclough",  # Unison branch rep for the enforcement officers
}

DATES = {1: "2026-10-01", 2: "2026-10-08", 3: "2026-10-15", 4: "2026-10-22", 5: "2026-10-29", 6: "2026-11-05"}

CALLS = {}

# ------------------------------------------------------------------ call 1, Thursday 1 October 2026
CALLS[1] = """
R: Morning, everyone. Can you all hear me okay? I've got a new headset and I don't trust it.
S: Loud and clear, Rachel. Slightly too loud, actually.
R: Better than last week's, then. Right, it's two minutes past, so let's make a start. Graham's office said he's in a budget thing until about half past and he'll jump on after. So, first one of these, quick round of names. Rachel Imrie, project manager at Halyard Civic. I'll be running these every Thursday at ten.
O: Owen Pascoe, Halyard. Integration. So the DVLA link, the card payments, anything that talks to anything else.
B: Bethan Lloyd, also Halyard. Configuration and training, so the permit portal and the app on the handhelds.
S: Sandra Mistry, parking services manager. I've got permits, enforcement, appeals, the car parks, and as of Monday the bus shelters. Don't ask.
M: Mark Eccles, IT. Infrastructure and networks. I'm the one who says no to things.
L: Lee Haworth. I'm team leader for the civil enforcement officers. Twenty-three of them, and every one of them wants to know when they're getting new kit.
D: Donna Pickles. I run the back office, so permits, appeals, and the phone when nobody else picks it up. Which is always.
R: Lovely. So the agenda. The DVLA link, payments, getting the permit data out of Ventra, the handhelds, and the go-live dates, which I want Graham for. Owen, do you want to start with DVLA?
O: Yeah. So, to send a notice to the keeper you need to know who the keeper is, and for that we ask DVLA. The council's already got an agreement with them, the KADOE one, but it's tied to Ventra as your supplier. So DVLA have to approve us as the new supplier on it. And until DVLA's access team approve us, I can't do a single keeper lookup, not even in test.
S: How long does that take?
O: Depends who you get. The last council I did, six weeks. The one before that, ten days, because somebody in Swansea owed somebody a favour.
D: Nobody in Swansea owes us anything.
O: Then let's assume six weeks. So two things. There's a technical questionnaire, security, hosting, that sort of thing. That's mine. I'll fill in the DVLA security questionnaire and have it with you by Monday, Sandra, so it can go from the council.
S: Fine. And the other thing?
O: The council has to tell DVLA it's changing supplier. It has to come from the agreement holder, and I think that's you.
S: It's probably me. Everything's probably me. Go on, I'll send the DVLA the change-of-supplier notice by next Friday.
R: Next Friday being the ninth?
S: The ninth. Put it in the notes before I change my mind.
R: Done. Payments. Owen again, sorry.
O: Card payments go through PayBridge, same as now. But we need our own test site on their side and a set of keys. Without a test site and keys from PayBridge I can't take a penny, not even a pretend one, and they'll only talk to whoever holds the contract.
M: Don't look at me. That's finance.
S: I thought it was IT. You did the network bit last time.
M: I did a firewall rule. That doesn't make me the PayBridge man.
D: Last time we changed anything with PayBridge it was the bus pass top-ups, and that took five months and a cake.
R: A cake?
D: We baked them a cake. Well, Carol did. It worked, eventually.
O: If PayBridge are being awkward I can get on a call with their tech people. I've done it for two other councils.
R: Let's find out who they'll actually talk to first. I'll email Carol in finance tomorrow and ask who's named on the PayBridge contract.
S: Good luck. Carol doesn't open emails before Wednesday.
R: Then it'll be waiting for her. Right, permits. Donna, the data in Ventra.
D: So we've got about eleven thousand live permits. Residents, visitors, a few business ones, the carers' ones. Ventra's got all of it, and Ventra are not going to be thrilled that we're leaving.
B: I'd really like a test extract early, even a rough one, so I can see how dirty it is. Postcodes, regs, who's got two cars on one permit.
D: I'll pull a test extract of the permit holders out of Ventra before next week's call. Assuming the report still works. It's called Report Fourteen and nobody knows who wrote it.
B: Report Fourteen. Sounds like a film.
D: It's a horror film.
B: Meanwhile I'll set up the test portal with your zones and prices, and send you and Sandra logins a week tomorrow.
S: Zones A to F, plus the hospital one, which is technically G but everybody calls it the hospital one.
B: I'll call it the hospital one, then.
R: Handhelds. Lee, Bethan.
B: For the officers' accounts I need names, collar numbers and who works which shift, because the app logs them onto a beat.
S: Lee'll send you the officers' names, their numbers and the shift patterns. Won't you, Lee?
L: Yeah, I'll do that Monday. It's all on the rota anyway.
B: Great. And then the devices themselves.
L: Ours are Ventra's. Leased. They go back at the end of November, and they're held together with tape. Two of the printers only print if you hold them upside down.
M: Which is why I'd like the new ones to actually be able to talk to our network. Owen, you're going to want a test connection into us, for the handhelds and the DVLA stuff, aren't you?
O: I will. Just our two IP ranges let through, nothing exotic.
M: I'll get the firewall rules in for your test connection by the end of next week. It's a change, though, so it goes through CAB.
O: Cheers, Mark.
M: And for the record, I'm not doing anything without a change ticket. I got burnt on the car park barriers.
S: We all got burnt on the car park barriers.
L: While we're on the officers. They're going to ask me about tracking. The minute they hear new handhelds with GPS in them, the union's going to be all over it.
R: Is there a union rep we should be talking to?
L: Tony Barraclough. Unison. He's all right, Tony, but he'll want everything in writing. If the union's all right with it, I could probably find you a few volunteers to try the new kit first.
R: Good to know. And who's ordering the new handhelds, by the way? Is that IT or parking?
M: Good question.
S: Very good question.
R: That's not an answer from either of you.
M: It's the only one you'll get before Graham's here.
G: Morning, morning. Sorry. Budget meeting. They've found another two million we haven't got. Where are we?
R: Morning, Graham. We've done DVLA and payments, and Lee's just raised the union. I wanted you for the go-live dates.
G: Go on, then.
R: So the plan we came in with has one go-live. Portal, handhelds and appeals, everything on the sixteenth of November. Owen and I still think one switch is cleaner.
O: One cutover, one weekend, one lot of pain.
S: One lot of pain for you. I've got renewals starting in January. If the portal's not bedded in by Christmas, I'm selling permits out of a biscuit tin.
G: And the officers?
L: If you give my lot new kit and new tickets the same week residents are ringing up because they can't log in, I'll have a mutiny. And the phones go to Donna.
D: They always go to Donna.
G: Right. I've heard enough. Portal on the sixteenth of November, officers on the new handhelds on the seventh of December. Two steps, not one big bang.
R: Okay. Portal first. That works for us.
O: It's fine. I'll just grumble quietly.
G: You do that. Lee, the union. I'll write to the branch secretary myself before we next speak, so they hear it from me and not from the canteen.
L: That'd help. Tony likes a letter.
G: Everybody likes a letter. Sorry, I've got to drop, the chief exec's ringing me on the other line. Sandra's got my proxy. Don't spend anything.
S: Bye, Graham.
R: So, the handhelds. Nobody's answered me.
S: Can we leave it with Graham? It's a money question, really.
R: He's just left.
D: He does that.
B: I'd really rather we didn't leave it long. If the devices aren't here by November I've got nothing to build on or train on.
M: Someone should just order them. I'm only saying.
S: Someone should do a lot of things, Mark.
R: Let's pin it down next week, then, with or without Graham. Anything else? Lee?
L: Just, the lads are asking if the new handhelds take photos that don't look like they were taken with a potato.
B: They do. Twelve megapixels. You'll see every crisp packet.
L: I'll tell them. They won't believe me.
R: Okay, thank you all. Same time next week.
"""

# ------------------------------------------------------------------ call 2, Thursday 8 October 2026
CALLS[2] = """
R: Morning. Let's give it a minute, people are still trickling in.
D: Morning. I've brought biscuits. You can't have any, obviously.
R: Cruel. Sandra, anything from Graham?
S: He sends apologies. He's at budget scrutiny all morning, which he says is like the dentist but with more shouting.
R: Fair. And we've got a new face. Fiona?
F: Hi, everyone. Fiona Rudd, information governance. I'm the data protection person, or one of them. Sandra said I should probably come along before anyone puts anything live.
R: You should, and thank you. We'll come to you. Right, last week's actions. Owen, the DVLA questionnaire?
S: That's gone. Owen's questionnaire went off to Swansea on Tuesday, with a covering letter from me that was longer than it needed to be.
O: I'd have said it was exactly the right length.
R: And the change-of-supplier notice, Sandra?
S: Ah. Not yet. I've had a week of it, Rachel. Two appeals went to the tribunal and one of them was a councillor's son-in-law. I'll do it Monday. First thing.
R: Monday the twelfth. Okay.
O: The sooner the better, though. DVLA won't even start the clock till they've got both bits.
S: I know. Monday.
R: Mine was Carol and PayBridge. Carol got back to me on Tuesday, bless her. Apparently the named contact on the PayBridge contract left the council in 2023.
M: Of course he did.
R: And the budget holder for payments is parking. So, Sandra, it's you.
S: Brilliant. Is there anything on this project that isn't me?
D: The cake.
R: Owen, what do PayBridge actually need?
O: A change request from the account holder, on their form, signed. It's four pages and three of them are the same page. I'll draft the PayBridge change request for you by Tuesday, so all you've got to do is sign it.
S: Do that, and I'll sign it the minute it lands. I'll get myself made the account holder while I'm at it.
R: Thank you. Bethan, the test portal.
D: I bought myself a zone C permit last night. Forty-eight pounds. For a car I haven't got.
B: How was it?
D: Easy. Too easy. My mum could do it. Although the address lookup thinks Kellet Road's in Morecambe.
B: That's the address file. It's a known thing, it sorts itself out once we've got your proper gazetteer in.
S: I haven't been in yet. Sorry.
B: Nobody's marking you. Lee, your spreadsheet came through, by the way. Twenty-three officers, and I now know that somebody's collar number is sixty-nine and he's very proud of it.
L: That's Darren. Don't encourage him.
R: Mark, the firewall.
M: So, the change is written. It goes to CAB on Wednesday, and if it misses they don't sit again for a fortnight. So realistically the sixteenth. Friday the sixteenth.
O: That's fine. I'll carry on against our own stub till then. We always build against a stub first anyway.
R: And Graham's letter to the union?
S: He says he's drafted it. He asked me to say it'll go Monday.
L: Tony's already heard. From the canteen.
S: Course he has.
R: Donna, the Ventra extract?
D: Ah. So. I rang Ventra. Report Fourteen works, but they've switched off our access to run it at volume, and they say a full extract is, and I'm quoting, a chargeable exit service. Three thousand two hundred pounds plus VAT.
S: You are joking.
D: I wrote it down. So until somebody raises a purchase order, Ventra won't give us the permit data.
B: Which means I'm filling the portal with made-up residents.
S: I'll raise the PO tomorrow. I'm not happy about it, but I'll raise it.
M: Classic exit fee. We had the same with the old phone system. They wanted four grand to give us our own voicemails back.
R: Fiona, can we talk about what you need?
F: So this is the boring bit, sorry. You're putting residents' names, addresses, their vehicles, and then keeper details from DVLA, into a cloud platform we've never used. I can't let any live resident data go into it until there's a DPIA signed off by our SIRO, and our SIRO is Alan Whittle.
O: Which is fine, that's normal.
F: It's normal, but it's not quick. Alan reads everything. Every word. He once sent a DPIA back because of a semicolon.
R: What do you need from us?
F: Your data flows, where it's hosted, your sub-processors, retention, how you delete things. The usual.
R: We've got a standard pack for that. I'll send you our DPIA pack by Monday.
F: Then realistically I'll have a draft DPIA out for comments by the twenty-third.
S: And then Alan.
F: And then Alan.
R: That's tight for the sixteenth of November.
F: It's tight for anything. I'm just being honest.
R: Handhelds. We didn't land it last week.
B: It's getting urgent. Lee's devices go back to Ventra at the end of November. Until somebody orders the handhelds, I can't set up or train a single officer on them.
M: We don't buy devices for parking. We never have. Parking buys its own kit and we plug it in.
S: That's not true. You bought the laptops.
M: The laptops were corporate. These are enforcement kit.
L: Can I just say, my lads don't care whose budget it comes out of.
R: Okay. It's a money call, and it's Graham's. I'll email Graham tonight with the two options and what each costs, so he can decide.
M: If anyone does want them ordered, I can send you the framework link. That's as far as I go.
R: Thank you, Mark. Generous.
M: I thought so.
R: Visitor permits. Bethan, you had a question.
B: Do you want to keep the scratch cards? The portal does virtual visitor permits, and the officer just checks the reg on the handheld.
D: Can we keep paper for the over-seventy-fives? Some of them haven't got a mobile, never mind the internet.
S: No. I've been wanting this for two years. No more scratch cards. Visitor permits are virtual, full stop, and anybody who can't do it online rings the contact centre.
D: Fine. I'll tell the over-seventy-fives it was you.
S: Tell them. I'll be in my bunker.
B: And then the prices. I'd heard there's talk of charging by emissions.
S: Cabinet want greener permits. Bigger engines pay more. They haven't said how much more.
B: I'll build emissions-based price bands on the portal anyway, so it's ready. In test for the twenty-third, same as Fiona.
S: Knock yourself out.
L: Before we finish. Tony's asked me what the new devices track. I said I didn't know. Which was true.
B: There's GPS, but it's a setting. We can talk it through with him.
R: Let's do that once Graham's letter's gone. Anything else? Fiona, welcome aboard.
F: Thanks. I think.
R: Okay, thanks, everyone.
"""

# ------------------------------------------------------------------ call 3, Thursday 15 October 2026
CALLS[3] = """
R: Morning, all. We've got a guest today. Nathan from PayBridge. Thanks for coming.
N: Morning, all. Nathan Sowerby. I look after local government accounts at PayBridge, north region. Happy to be here. Mostly.
R: And Graham's said he'll dial in from the car, so if you hear a motorway, that's him.
S: He's driving to Preston for a regional thing. He'll be on hands-free. Don't ask him anything complicated.
R: Noted. Owen, let's start with payments while Nathan's here.
O: So, the change request. Sandra?
S: I signed Owen's form on Tuesday night at my kitchen table, it went to PayBridge on Wednesday morning, and I am now the account holder, God help me.
N: We've got it. It's in the queue. It's five working days from receipt to process, I'm afraid, that's our standard.
O: And then the test site and the keys?
N: Once it's processed, I'll set up the test site and send you the API keys, Owen. By next Thursday, the twenty-second.
O: Perfect.
N: We'll also need your income fund codes, so the money lands in the right place in your ledger. Whoever does your finance mapping.
D: That's Carol. I'll get those off Carol for you by Monday. I've got to see her anyway about the cake tin.
N: Cake tin?
D: Long story.
N: I could try and get the live site set up in parallel, which sometimes saves a week, but I can't promise anything. It depends on our onboarding team.
g: Hello? Can you hear me? I'm on the M6.
R: We can, Graham. Thanks for joining.
g: Rachel, I got your email about the handhelds. Read it at the lights, don't tell anyone.
R: Did you get a chance to think about it?
g: I did. Lee, how old are the ones you've got?
L: Six years. And they're Ventra's. They go back on the thirtieth of November.
g: And we're sure we need new ones?
L: Could we not just extend the lease with Ventra for three months? Just while the new ones bed in.
S: Ventra want three grand for a spreadsheet, Lee. What do you think they'll want for the handhelds?
g: Right. Parking pays for them out of the reserve, Mark orders them off the framework, and we're not extending anything with Ventra.
M: Fine by me. I'll get the order in on the framework by the end of next week. Twenty-five, with printers?
L: Twenty-five. Two spare. Darren drops things.
g: And the union letter went Monday, by the way, before anyone asks. Lee, tell Tony it was me who wrote it, not my PA.
L: Tony got it. He says thanks. He also says it's not the letter he's bothered about.
g: Sorry, you're breaking up, I'm going under a bridge.
R: We've lost him.
S: Junction thirty-three. Always.
R: Lee, what is Tony bothered about?
L: Tony's told the lads not to touch the new handhelds till the union's seen, in writing, what the GPS and the photos get used for.
R: What are they actually worried about?
L: League tables. Years ago, at a different council, mind, a manager used the GPS to count how many streets an officer walked and had him on a capability. It's folklore now. Every officer in Lancashire knows that story.
B: Our app doesn't do league tables. The GPS is there for the panic button, so if someone's in trouble the control room knows where they are.
L: I know that. You know that. Tony needs it in writing.
R: Then let's get Tony in the room. Lee, could you get him on a call?
L: I'll get Tony on next week's call. He'll come if there's biscuits.
D: There won't be.
R: Owen, the network?
O: Whatever Mark did on Wednesday night, I can see your network now. I pinged the test box this morning and it pinged back.
M: That was Aisha, actually. Eleven o'clock at night, after CAB. I was asleep.
R: Thank Aisha for us. Sandra, the DVLA notice.
S: I know. I'm really sorry. I have not opened it. I had a tribunal yesterday and a councillor on the phone for an hour this morning. I'm not going to get to it this week, am I.
D: Give it here. I'll send the DVLA notice first thing tomorrow. I did the KADOE paperwork for Ventra in 2014, I know where the bodies are buried.
S: Bless you. It's on the shared drive, in the folder called DVLA. The form's filled in, it just needs sending with my signature.
D: Your signature's on a stamp in your top drawer, isn't it.
S: I didn't hear that.
R: I didn't either. And, Donna, the PO for Ventra?
D: Sandra raised it. The PO, I mean. Ventra have got the number, and they say ten working days for the extract, so we're looking at the end of the month.
B: Which means my test data's still Mickey Mouse, 1 Disney Road.
D: He's got a lovely zone C permit.
R: Fiona, the DPIA?
F: Rachel's pack came in on Monday. It's actually good, which never happens. Proper data flows, a proper retention table.
R: I'll pass that on. Our compliance lead will frame it.
F: I've got one question on hosting. It says UK South with backup in UK West. Is anything ever outside the UK? Support staff, say?
O: Support's UK only. Our overnight monitoring is a contractor in Edinburgh, which is still the UK, last time I looked.
F: Still the UK. Alan will ask about penetration testing, too.
O: It's in the pack. Appendix C.
F: Then I'm still on for the twenty-third for the draft.
R: Bethan, anything on the portal?
B: A couple of things. Comms have renamed it, apparently. It's not the permit portal any more, it's Carnforth Permits Online.
S: Hannah's idea. She says residents don't know what a portal is.
D: I don't know what a portal is.
B: And for the handhelds, I need the beat maps, which streets are on which beat and what the restrictions are, to set up the beats properly. Lee, have you got those?
L: I've got the beat maps, they're paper, on the wall. I'll scan them in for you on Tuesday.
B: Paper's fine. Scanned is better.
N: Sorry, before I go, I've got a hard stop. One thing. Your contract's on our old pricing, and there's a cheaper tier now. I'm just putting that out there.
S: Is that a sales pitch?
N: It's a gentle observation.
S: I'll take it as an observation. Nobody's changing anything on price until we're live.
N: Understood. Thanks, all.
R: Thank you, Nathan. Anything else? Mark?
M: Just that I'm on leave Monday. Nothing to do with anything. Just telling you.
R: Noted. Okay, thanks, everyone.
"""

# ------------------------------------------------------------------ call 4, Thursday 22 October 2026
CALLS[4] = """
R: Morning, all. Graham? Has anyone heard?
S: Nothing. His diary says he's free. His diary lies.
R: Okay. Fiona's sent apologies, she's on a course in Manchester all day. And we've got Tony. Morning, Tony.
T: Morning. Tony Barraclough, Unison. I'm one of the branch reps, and I look after the enforcement lot, for my sins. Lee said there'd be biscuits.
D: Lee lied.
R: Thanks for coming, Tony. And thanks, Lee, for twisting his arm.
T: He didn't twist. He asked nicely. Twice.
R: Shall we do the handhelds first, while you're here?
T: Please. Look, my members aren't against new kit. God knows they need it. What they're against is being watched. You've got GPS in the device, you've got a time on every photo, you've got every ticket logged to the second. Put all that together and a manager can build a league table.
B: The GPS is there for the panic button. Lone working. If an officer presses it, the control room sees where they are.
T: And the rest of the time?
B: It can be switched off the rest of the time. It's a setting.
T: I'd rather it wasn't in there at all. Take it out.
L: Tony, I want it in. Somebody got headbutted on Dalton Square in August. If it goes wrong, I want to know where my people are.
T: I know, Lee. I know. I'm not saying no to that.
S: So what would you need?
T: In writing. GPS only when the panic button's pressed. Nothing used for productivity, not the photos, not the times, not the ticket counts. And a pilot with volunteers, not the whole team in one go.
R: Can we live with that, Sandra?
S: Yes. I never wanted a league table. I haven't got time to read one.
T: Panic button only, nothing about productivity, and four volunteers. I can live with that.
R: Then that's agreed. I'll put it in writing, a one-page protocol, and get it to you by Monday, Tony.
T: And I'll take it to the branch meeting on the third of November. If they're happy, you've got your pilot.
L: I'll have the four names to Bethan by Monday. I know who'll volunteer. The young ones love a gadget.
B: Lovely. Not Darren, though.
L: Darren's the first name on the list.
T: I'll stay on for a bit, if that's all right, but I'm keeping my camera off. I'm eating a sandwich.
R: Of course. Owen, DVLA.
O: Good news, for once. DVLA's access team have acknowledged Donna's letter. I got an email on Monday. They've logged the change of supplier.
D: It went that Friday, first thing. I put a first-class stamp on the paper copy as well, just to be safe.
O: They say up to twenty working days for the approval. So we're still waiting, but the clock's running.
R: Twenty working days from Monday takes us to about the sixteenth of November.
O: Which is portal day. The portal doesn't need DVLA. The handhelds do.
S: So it's fine.
O: It's fine for the portal.
R: Payments. Nathan's keys?
O: Nathan emailed yesterday. Their onboarding team's short-staffed, so it's now Wednesday the twenty-eighth.
S: Short-staffed. Welcome to local government.
R: Donna, the fund codes?
D: Carol's on leave. She's back Monday. So, Tuesday. I'll have them Tuesday, I'll stand by her desk till she gives them me.
R: Tuesday the twenty-seventh. Mark, the handheld order.
M: Ah. So. I went to do it, and the framework won't let me check out without a PO number, and the PO has to come from the budget holder.
S: Which is me, and it's raised. It's been sitting in Carol's approvals since Friday. And Carol's on leave.
M: So once Carol's approved it, I'll put it in. Friday week.
R: The thirtieth?
M: The thirtieth, yes.
S: I've raised more POs this month than in the last three years.
R: Fiona's DPIA. Sandra, did she say anything?
S: She says the draft's a few days behind, because of the hosting question. She's saying Tuesday now.
R: Okay. And did Owen's Edinburgh answer do the job?
S: She said to say thanks for the Edinburgh thing, whatever that means.
O: It means our night shift are Scottish.
R: Bethan, the emissions bands.
B: About half built. I've got five bands, from under a hundred grams up to over two hundred and twenty-five, and the price steps. What I haven't got is any prices.
S: Nobody has. Cabinet met on Tuesday and deferred it again. To the new year. Right, I'm making a call. Flat prices at launch. Cabinet haven't decided the banding, so we're not building it.
B: Okay. I'll stop. It's half built, it'll keep.
R: So we park the emissions bands.
S: Park them. If cabinet ever decide, we'll talk.
O: Told you. I've done four councils with emissions permits and three of them never switched it on.
R: Donna, the resident letter.
D: What resident letter?
R: Telling eleven thousand permit holders the portal's changing. The go-live comms.
D: Oh, that resident letter. Yes. I'll draft the letter to the permit holders and get Hannah in comms to look at it, by the thirtieth.
S: Not too long, Donna. Nobody reads page two.
D: Page two's where I put the jokes.
T: Can I ask something? When's this actually landing on my members? The date, I mean.
R: The seventh of December for the handhelds. That's the plan.
T: And if the branch says no on the third?
L: Then we carry on with the old ones with the tape on, and you explain it to Darren.
T: I'll leave Darren to you, Lee.
R: Donna, any word from Ventra on the extract?
D: They've got the PO, they've acknowledged it, ten working days. They say the twenty-ninth. Which is next week's call, so if it's not in my inbox by then they'll be getting my angry voice.
S: She has a very angry voice.
M: I've heard it. I still have nightmares.
R: Mark, one from me. When the handhelds turn up, who sets them up on the network?
M: Aisha. They'll go into Intune like the laptops. It's a day's work once they're in the building.
R: Good. Anything else? Tony?
T: Only that I want it in writing by Monday, Rachel. Not Tuesday.
R: Monday. You have my word.
T: Then we're friends.
R: Okay. Thanks, everyone. Enjoy your sandwich, Tony.
"""

# ------------------------------------------------------------------ call 5, Thursday 29 October 2026
CALLS[5] = """
R: Morning. Quick headcount. Fiona, welcome back. How was Manchester?
F: Wet. And I learnt seven new words for consent.
R: Graham?
S: His PA says he'll try to join at the end. He's with the leader.
R: Okay. Let's do the good news first, because there is some. Owen?
O: Keys came Wednesday. PayBridge. I took a tenner off my own card on the test site last night, and it came back into the portal as a paid permit. Don't tell my wife.
S: A tenner for what?
O: Zone B. I'm now the proud owner of a permit for a street I've never been to.
D: You and Mickey Mouse.
O: And Carol's fund codes work, by the way. The test payment landed in the right cost centre first time.
D: I stood by her desk for forty minutes. She gave in around minute thirty-five.
R: Bethan, the data?
B: Donna's file landed on Monday. Eleven thousand four hundred and twelve permits. And only about two hundred with no postcode, which for a system that old is a miracle.
D: Report Fourteen lives.
B: Not quite. Ventra sent it as a proper export in the end. It's loaded into test. Everybody's there, including somebody who's had a permit since 1994 for a Rover.
R: Lee, the volunteers?
B: Oh, I've got those. Lee gave me the four names on Monday, and they're set up in test already.
L: I was just going to say that.
B: Sorry.
L: No, go on, you say it better than me.
R: And Tony's protocol. I sent it Friday.
L: Tony's had it. He says it's fine, apart from one word, which he wants to be never instead of not normally. Branch is still the third.
R: Never it is. I've changed it while you were talking.
M: Do you want the handhelds now, Rachel? I'll have to drop off at half past for a server thing.
R: Go on, Mark.
M: The order went in on Monday. Carol approved Sandra's PO on Friday, and I put it on the framework first thing Monday. Trueline say delivery's the sixteenth.
B: Sixteenth of November.
M: Of November, yes. Not next week. I'm good, but I'm not that good.
R: And then Aisha sets them up?
M: Aisha'll enrol them in Intune the day they land. So the sixteenth, assuming Trueline turn up.
B: Then I'll book the training room and do the train-the-trainer with Lee and the four volunteers on the seventeenth, the day after.
L: The seventeenth's a Tuesday. That's fine, the volunteers are all on earlies that week.
R: Fiona, the DPIA.
F: It's done. The draft, I mean. Forty pages, and I'm sorry. Sandra's got it, Owen's got it.
S: I've read the first four pages. They're very good pages. I'll read the rest in the bath this weekend, obviously. Along with the tribunal bundles.
F: What it needs now is Alan. And Alan needs it with a covering note telling him which pages to read, or he'll read all of them twice.
R: Who sends it up to him?
F: Me. I'll send it up to Alan first thing tomorrow with a covering note.
R: And how long does Alan usually take?
F: How long's a piece of string?
S: How long's a piece of string that's been in Alan's in-tray since August.
R: Owen, DVLA.
O: DVLA came back. They're happy with the questionnaire, but now they want the IP addresses we'll be calling from, so they can let us through on their side. I'll send DVLA our IP addresses today.
M: Not the test ones I did for you. The production ones.
O: Both. They want both.
R: And then they switch us on?
O: That's what the email says. I've learnt not to trust emails from Swansea.
M: Right, that's me, sorry, the server's calling. Bye, all.
R: Bye, Mark. Donna, the letter?
D: Half written. Sorry. It's been an appeals week. I'll have it to Hannah by Wednesday.
R: Wednesday the fourth.
D: Wednesday the fourth.
R: Now, appeals. Owen, you had a question.
O: Yeah. When the officers go over in December, there'll be about three hundred appeals still open on Ventra. I'd like to migrate the open appeals across, so Donna's only got one system to work in.
D: Three hundred appeals, half-way through, with letters already gone out on Ventra's templates? No thank you.
S: I'm with Donna. Old appeals die on Ventra. Anything issued from go-live lives on Halyard.
O: You'll be running two systems till February.
D: I ran three systems in 2019. Two's a holiday.
S: And we've got read-only Ventra till March in the exit plan anyway, so it's covered.
R: Okay. Appeals stay where they are. Owen, the end-to-end?
O: So what I want is one full run-through. An officer issues a ticket on a handheld, it comes into the back office, DVLA gives us the keeper, the notice goes out, and the keeper pays online. I'll do the full run-through, ticket to payment, by next Thursday's call.
L: On what handheld? Ours aren't here.
O: On my demo one. It's a prop, basically. But it runs the app.
L: Can I borrow it? Darren would love it.
O: No.
G: Hello, sorry, sorry. I've been with the leader for two hours. What have I missed?
R: Welcome, Graham. Quite a lot, and most of it good. Payments work in test, the permit data's loaded, the handhelds are ordered. The thing that isn't moving is the DPIA. Fiona's draft's done, and it goes to Alan tomorrow.
G: Alan. Right. Leave Alan with me. I'll get Alan to sign the DPIA by Monday. I'll walk it up to his office myself if I have to.
F: He'll want the covering note first.
G: He'll have both. And me standing in his doorway.
S: Graham, while you're here. The date's a problem if the DPIA isn't signed. The portal can't go live with real residents without it.
G: I know. Let's see where we are next Thursday. If it's not signed by then, we'll talk about the date.
R: One more for you, Graham. The union. The branch meets on Tuesday.
G: I know. Tony rang me. He's on side, I think. If he isn't, I'll buy him a pint.
L: He drinks halves.
G: Then it'll be cheaper. Right, I'm off again. Thanks, all.
R: Thanks, Graham. Okay, that's it. Thanks, everyone.
"""

# ------------------------------------------------------------------ call 6, Thursday 5 November 2026
CALLS[6] = """
R: Morning. Graham, you're here at the start. Are you feeling all right?
G: Don't get used to it. I've got twenty minutes and then planning committee. So let's do the date first.
D: Someone write that down. Graham, here at the start.
G: I heard that, Donna.
R: Okay. Then the DPIA first. Where are we with Alan?
G: Alan's got it. Fiona's note was very good, he says, it told him exactly which bits to worry about.
R: And has he signed?
G: He's reading it.
S: He's been reading it since Friday.
G: He's reading it carefully. He's a careful man. He's got questions about the overnight monitoring in Edinburgh.
O: It's still the UK. I've said it twice.
G: I know. He's a careful man.
F: If Alan's questions come through to me, I'll forward them straight to Owen.
R: So, realistically, the portal can't go live on the sixteenth without a signed DPIA.
F: It can't. Not with real residents in it. I'm not putting my name to that.
R: Then can I make a proposal? We go live on the sixteenth for renewals only, existing permit holders, under the old privacy notice, and bring the rest in when Alan signs.
F: No. Same data, same problem.
S: And I'm not writing to eleven thousand people twice.
G: Right. The portal goes on the thirtieth of November, and the officers go over in January. The eleventh. Alan will have signed by then, or I'll sign it myself and get sacked.
F: You can't sign it, Graham. You're not the SIRO.
G: It was a joke, Fiona.
L: January's better for us anyway. The handhelds are late.
G: Are they? Mark?
M: Trueline have pushed it a week. Delivery's the twenty-third now. So Aisha'll do them the day after, the Tuesday, the twenty-fourth.
B: Then I'll move the trainer session to the Wednesday. The twenty-fifth.
G: Fine. And Tony?
L: Branch voted it through on Tuesday night. Tony texted me at ten o'clock, all in capitals.
G: Good. Told you he was on side. Right, I've got to go. Sandra, the portfolio holder needs to hear about the new date before she reads it in the Visitor.
S: I'll tell Councillor Mehta. She'll want to know why.
G: Tell her it's my fault. Bye, all.
R: Bye, Graham. Owen, the run-through.
O: Half of it. The ticket goes from my demo handheld into the back office, and the payment works. Zone B, I've spent another tenner. The DVLA lookup I've done once. What doesn't work is the notice to keeper. The letter template won't put the keeper's address in the envelope window.
D: So it's printing on the bit you can't see.
O: It's printing roughly where the stamp goes. It's a template thing.
R: And DVLA, you said you'd done one?
O: Yeah, sorry, I buried the lead. The IP addresses went that afternoon, and DVLA switched us on on Tuesday. I've done forty plates this morning.
M: Forty plates before ten o'clock. Living the dream.
O: Somebody's got to.
R: So when will the full run-through be done?
O: Once the template's fixed. I'd rather not give you a date till I know what's wrong with it.
R: Okay. Donna, the letter?
D: It went to Hannah last night. She's changed one word and the font. And now I've got to change the date in it. Thanks, Graham.
S: He's gone. You can swear.
D: I'm a professional.
R: Lee, the pilot. With the new dates, when do the volunteers start?
L: After the trainer session. So the end of November, on the old handhelds, no, on the new ones. Sorry, I'm on Dalton Square, there's a bin lorry.
B: The new ones, Lee. The old ones go back on the thirtieth.
L: New ones. Right. Got it.
R: Mark, anything from you?
M: Just that I'm not touching the firewall again this side of Christmas. So everyone's aware.
S: Noted. And framed.
R: Fiona, anything?
F: Only that a signed DPIA isn't the end of it. There's a privacy notice to change on the website, and I'll need to see the retention settings actually switched on before the thirtieth.
B: They're on in test already. I can show you.
F: Then show me. Not today, though.
R: Okay. With the portal on the thirtieth and the handhelds on the eleventh of January, I'll reissue the plan with the new dates by Monday.
D: Can I say one thing? Since it's all moving. The renewal letters go out on the first of December for January renewals. If the portal's on the thirtieth, that's one day.
S: One day's enough.
D: One day's enough if it works.
O: It'll work.
D: That's what Ventra said in 2014.
R: On that cheerful note. Anything else? No? Thanks, everyone. Same time next week.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    whole = int(s)
    ms = min(999, int(round((s - whole) * 1000)))
    return f"{int(h):02d}:{int(m):02d}:{whole:02d},{ms:03d}"


def split_cues(text, limit=24):
    """Cut a long turn into caption cues at sentence ends (each cue at most ~limit words where possible)."""
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
        assert ":" not in text, (n, text)
        assert not text.startswith(("- ", ">>")), (n, text)
        out.append((NAMES[code], text))
    for (a, _), (b, _) in zip(out, out[1:]):
        assert a != b, f"call {n}: {a} has two turns in a row"
    return out


def render(n):
    rnd = random.Random(261001 + n)
    t = 1.5 + rnd.random() * 3
    lines, k, prev = [], 0, None
    for name, text in turns(n):
        cues = split_cues(text)
        for i, part in enumerate(cues):
            k += 1
            dur = max(0.8, len(part.split()) / 2.5 + rnd.uniform(-0.2, 0.4))
            cue = part if name == prev else f"{name}: {part}"
            prev = name
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", cue, ""]
            t += dur + (0.04 if i < len(cues) - 1 else rnd.uniform(0.3, 1.3))
    return "\n".join(lines)


def person(label):
    """First name of a speaker label ("Graham's iPhone" is Graham)."""
    return re.sub(r"'s iPhone$", "", label).split()[0]


def check_gold(here, texts):
    """Assert every gold quote is verbatim in one turn of its call and that dates and events are consistent."""
    gold = json.loads((here / "gold.json").read_text(encoding="utf-8"))
    errs = []
    calls = {int(k): v for k, v in gold["calls"].items()}
    if calls != DATES:
        errs.append("gold calls differ from DATES")
    as_of = gold["as_of"]

    def has(call, quote, what):
        if quote not in texts.get(call, ""):
            errs.append(f"{what}: quote not verbatim in call {call}: {quote!r}")

    ids = [c["id"] for c in gold["commitments"]]
    if len(ids) != len(set(ids)):
        errs.append("duplicate commitment ids")
    overdue, open_end, dropped, reassigned = [], [], [], {}
    for c in gold["commitments"]:
        w = c["id"]
        has(c["first_call"], c["quote"], w)
        due = c["due"]
        if due is not None and due < calls[c["first_call"]]:
            errs.append(f"{w}: due {due} before first mention")
        done = dropped_at = None
        prev_call = c["first_call"]
        for e in c["events"]:
            if e["call"] <= c["first_call"] or e["call"] < prev_call:
                errs.append(f"{w}: event {e} not after first_call or out of order")
            prev_call = e["call"]
            if done is not None or dropped_at is not None:
                errs.append(f"{w}: event {e} after the item was closed")
            if e["type"] == "slipped":
                if due and e["new_due"] <= due:
                    errs.append(f"{w}: slip at call {e['call']} does not move later ({due} -> {e['new_due']})")
                if e["new_due"] <= calls[e["call"]]:
                    errs.append(f"{w}: slip at call {e['call']} to a date not after the call")
                due = e["new_due"]
            elif e["type"] == "done":
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
        if not c["keywords"] or not all(k == k.lower() for k in c["keywords"]):
            errs.append(f"{w}: keywords missing or not lower case")
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
        if any(k != k.lower() for k in b["keywords"]):
            errs.append(f"{b['id']}: keywords must be lower case")
    for d in gold["decisions"]:
        if "quote" in d:
            has(d["call"], d["quote"], d["id"])
        else:
            errs.append(f"{d['id']}: no quote to check")
        if any(k != k.lower() for k in d["keywords"]):
            errs.append(f"{d['id']}: keywords must be lower case")
    for p in gold["proposals_not_agreed"]:
        if p["call"] not in calls:
            errs.append(f"proposal in unknown call {p['call']}")
    for n, who in gold["attendance"].items():
        if n == "note":
            continue
        spoke = {person(name) for name, _ in turns(int(n))}
        if set(who) != spoke:
            errs.append(f"attendance call {n}: gold {sorted(who)} vs speakers {sorted(spoke)}")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print(f"gold.json OK: {len(gold['commitments'])} commitments, {len(gold['non_commitments'])} non-commitments, "
          f"{len(gold['blockers'])} blockers, {len(gold['decisions'])} decisions; all quotes verbatim; "
          f"slips later, events after first_call; overdue/open/dropped/reassigned match the events")


def main():
    here = Path(__file__).resolve().parent
    d = here / "calls"
    d.mkdir(exist_ok=True)
    texts = {}
    for n in sorted(CALLS):
        (d / f"call-{n}.srt").write_text(render(n), encoding="utf-8")
        tt = turns(n)
        texts[n] = "\n".join(f"{name}: {text}" for name, text in tt)
        print(f"call-{n}.srt ({DATES[n]}): {len(tt)} turns, {len(set(s for s, _ in tt))} speakers")
    if (here / "gold.json").exists():
        check_gold(here, texts)
    else:
        print("no gold.json next to this script; nothing checked")
        sys.exit(1)


if __name__ == "__main__":
    main()
