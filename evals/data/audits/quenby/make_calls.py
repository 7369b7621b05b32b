#!/usr/bin/env python3
"""Generate the five Quenby Foods quality-system status calls as older-layout Microsoft Teams .docx transcripts.

Layout (docs/FORMATS.md, .docx, the older Teams export): for every cue three paragraphs,
    00:00:03.120 --> 00:00:09.480
    Full Name
    what was said
Each dialogue line below is "CODE: text", one line per turn. A long turn is cut at sentence ends into consecutive
cues of the same speaker 0.05-0.3 s apart (well under the 1.5 s merge gap, and no turn lasts anywhere near two
minutes), so a reader that follows FORMATS.md rejoins them into one turn. Two turns in a row never have the same
speaker (asserted). Timings: about 2.5 words a second with a little jitter, gaps of 0.3-1.3 s between turns; seeded,
so the output is deterministic.
Run: /work/main/.venv/bin/python make_calls.py   (writes calls/call-1.docx .. call-5.docx next to this file)
"""
import random
import re
from pathlib import Path

import docx

NAMES = {
    "F": "Fiona Tait",          # Brindle Software (vendor) project manager, host
    "C": "Callum Reid",         # Brindle implementation consultant: HACCP checks, tablets, supplier module, training
    "A": "Anjali Desai",        # Brindle integration consultant: Orbis (ERP) product feed, label verification
    "G": "Graham Whitlock",     # Quenby Foods operations director, sponsor
    "S": "Sue Marchbank",       # Quenby group technical manager; owns the Halcombe's audit
    "J": "Jas Bains",           # Quenby QA lead, Kettleby site
    "M": "Megan Lowther",       # Quenby QA lead, Ashby Road site
    "P": "Pete Oduya",          # Quenby IT manager (the whole IT department)
    "D": "Dougie Fraser",       # Quenby night-shift manager, Kettleby
    "T": "Tom Ellery",          # Cresswell Business Systems (ERP partner supporting Orbis), consultant
}

DATES = {1: "2026-10-07", 2: "2026-10-14", 3: "2026-10-21", 4: "2026-10-28", 5: "2026-11-04"}

CALLS = {}

# ---------------------------------------------------------------- call 1, Wed 7 Oct 2026
CALLS[1] = """
F: Morning, all. Can you hear me okay? I've just moved rooms because there's a man drilling in the one I booked.
P: Loud and clear, Fiona. Well, clear. There's still a bit of drilling.
F: Brilliant. So, welcome to the first weekly. Wednesdays at nine, half an hour, and I'll try to keep it to half an hour. I've got Callum and Anjali from our side, and Sue, Jas, Megan and Pete from Quenby. Graham's accepted, but his diary says he's on the Kettleby floor walk, so he'll join when he can.
S: He'll join. Whether he'll be listening is another matter.
F: I'll take that as a vote of confidence. Quick intros, because Megan wasn't at the kick-off. I'm Fiona Tait, project manager at Brindle. Callum?
C: Callum Reid, implementation consultant. I do the checks, the forms, the tablets, the supplier certificates and the training. Basically anything your operators will touch.
A: Anjali Desai, also Brindle, integrations. My bit is label verification, which means getting product data out of your ERP and into us. Which I'm told is going to be fun.
M: Megan Lowther, QA lead at Ashby Road. I'm the one who missed the kick-off because we had a metal detector fail on the pie line. Sorry about that.
J: Jas Bains, QA at Kettleby. I get about four hundred paper check sheets a day, so I'm the one who's actually excited about the tablets. Genuinely.
S: Sue Marchbank, group technical manager. Both sites' technical standards, and, for my sins, the Halcombe's audit.
P: Pete Oduya, IT manager. IT department. Singular.
F: Thanks, everyone. So the date on everybody's mind is Halcombe's. Sue, remind me.
S: Tuesday the twenty-fourth of November, at Kettleby. Their technical auditor, two days, and she'll want to see at least four weeks of HACCP records.
M: Four weeks of records from a system we haven't got yet.
S: Four weeks of records, full stop, Megan. Paper counts. Nobody's saying they all have to be on the tablets.
F: Which is worth holding on to. Callum, do you want to talk about the checks?
C: Yeah. So the first job is turning your paper checks into digital ones. Cooking, cooling, metal detection, allergen changeovers, all of it. We always walk the line with the paper before we build a single screen, that's just how we do it, so what I need is every sheet you actually use.
J: I can do that. There's a lot, mind. Some of them have been photocopied that many times the boxes have gone wonky.
C: Wonky's fine. Wonky tells me what people actually fill in.
J: Then I'll get one of the apprentices on the scanner first thing tomorrow, and you'll have the Kettleby lot by lunchtime.
C: Perfect. Megan, same for Ashby Road?
M: Mine are, um, in a bit of a state. We've got three versions of the cooling log depending on who printed it. Give me till the end of next week and I'll send you one of each that's actually current.
C: That's fine. And on my side, I'll get the Kettleby checks built in the sandbox by next Wednesday, so we can go through them on this call.
F: Lovely. Pete, tablets.
P: Ten rugged tablets for Kettleby arrived Friday. They're in boxes in my office, which is now mostly boxes. They need enrolling in the device management before anyone touches them. They'll be enrolled by Friday week.
S: And Ashby Road?
P: Ashby Road hasn't got any tablets yet. That's a separate capex, and it hasn't gone in.
M: And even if it had, we haven't got the Wi-Fi for them. Half of high-care at Ashby Road is a dead zone. You walk past the spiral chiller and the tablet just gives up.
P: That's fair. Ashby Road was done on the cheap in about twenty-fifteen. Kettleby's better. I put the access points in at Kettleby myself when we built the new high-care in twenty-two, so at least that side's decent.
C: Is there someone who can survey Ashby Road? We'd want a proper survey before anyone screws a tablet bracket to a wall.
P: Northedge Networks do all our cabling. They'd be the ones.
F: So, Pete, you'll get Northedge booked in for a survey at Ashby Road before the end of next week?
P: I will. I'll ring them after this.
M: Oh, brilliant. And in the meantime I'll just knit some Wi-Fi, shall I?
F: If you've got the wool, Megan, I'm not stopping you. Anjali, the label side.
A: So, label verification. When a label comes off the printer, a scanner checks it against what the product should say. Allergens, use-by, barcode, the lot. But to know what it should say, I need the product data out of Orbis, and Orbis is, effectively, Cresswell's.
S: Cresswell Business Systems. They support the ERP for us. Lovely people. Very slow.
A: Right. So I need a regular export of the product and label fields. Without that data out of Orbis, label verification is a very clever scanner with nothing to check against. I haven't spoken to them yet. I'll write up exactly which fields we need and send it to Cresswell's support desk by Friday, so at least they've got it in writing.
G: Morning, sorry, sorry. Graham. I've been on the floor. Have I missed anything?
F: Morning, Graham. Not too much. We're on the label data, and the fact that it's sitting with Cresswell.
G: Cresswell. Right. Do they know it's urgent?
A: To be honest, they don't know it exists yet.
G: Leave that with me. I know Steve Pardoe, their MD, we go back years. I'll give him a ring and make sure someone's actually on it.
F: That would really help, thank you. While we've got you, Graham, there's a question about the two sites.
G: Go on.
F: The plan I sent round on Monday has Kettleby going first and Ashby Road after the audit. Megan's asked whether both could go together.
M: It's not me being awkward. Ashby Road's paper is worse than Kettleby's. If anyone needs this first, it's us.
G: Look. Halcombe's are auditing Kettleby, not Ashby Road. And Ashby Road's got no tablets and no Wi-Fi. Kettleby first, live on the ninth of November. Ashby Road can wait till the auditor's been and gone.
M: Fine. Noted. For the record.
G: It's in the record, Megan. Fiona, anything else you need from me? I'm due in the Line Six meeting in five.
F: One thing. It would help enormously if people on the floor heard from you that this is happening.
G: Yes. Good point. I'll put something out to everyone at both sites, saying the tablets are coming and they're not optional. I'll get it out by Monday.
S: Two lines or three?
G: I'll stretch to four for you, Sue. And if Cresswell give anyone any grief, tell me and I'll have a word. Right, sorry, all, I'm off.
F: Thanks, Graham.
S: He means well. He's just got nine jobs.
F: We've all got nine jobs. Sue, on Halcombe's, is there anything in their code of practice about electronic records? I'd rather know now than in November.
S: There's a section. From memory it says electronic records are acceptable if they're controlled, but it was written when people still had fax machines. Somebody should tell Halcombe's we're changing the whole system six weeks before they turn up.
C: For what it's worth, the retailers we've dealt with are usually fine as long as there's an audit trail. Who did the check, when, and what they did about it.
S: Usually isn't always.
F: Fair. Jas, anything else from Kettleby?
J: Just the night shift. Dougie runs nights at Kettleby, and he's got strong opinions about tablets.
F: He's on the invite for next week. I'm looking forward to the opinions.
M: Aren't we all.
F: Right, I think that's us. Thanks, everyone. Same time next week.
"""

# ---------------------------------------------------------------- call 2, Wed 14 Oct 2026
CALLS[2] = """
F: Morning, everyone. Give it a sec, people are still piling in. Dougie, is that you? Welcome.
D: It's me. I've just come off nights, so if I nod off, somebody throw something at the screen.
F: We'll do our best. Sue, have we heard from Graham?
S: He sends his apologies. He's at Halcombe's head office all day for the category review, which, let's be honest, matters more to him this week than we do.
F: Understood. And we've got Tom from Cresswell, which is brilliant. Tom, do you want to say hello?
T: Morning, all. Tom Ellery, Cresswell Business Systems. I look after Quenby's Orbis system, and I've drawn the short straw on the label data. Your Mr Whitlock rang our managing director on Friday, which is mostly why I'm here.
F: Well, we're grateful. Did Anjali's spec get to you?
T: It did. We've had Anjali's list, and it's very thorough. Forty-three fields. Some of them I didn't know Orbis had. The allergens are in a free-text box, which you'll hate, but they're in there.
A: Okay. So when can I have something to test with?
T: Honestly, I've got another client going live on Orbis next week, so I'm stretched. I can have a test file on your SFTP by Friday the twenty-third. That's a real date, not a Cresswell date.
P: What's a Cresswell date?
T: I walked into that. A Cresswell date is one with a question mark on the end.
A: Where's my SFTP, though? I haven't got anywhere for you to put it.
T: Our support team will sort you out an SFTP login. They're usually quick, it's a form and a password.
A: And if it's not quick?
T: If you can live with a flat file, I could maybe do something quicker by email, but don't hold me to that.
F: Let's stick with the proper route. Callum, I think you've got something to show us.
C: I have. Hang on, let me share. Can everyone see a cooking log?
J: Oh, that's ours. That's literally our sheet.
C: That's your sheet. That's the point. Cooking and cooling, metal detection, and the start-up checks for Lines One to Six. Jas's pile came through on Thursday, forty-odd sheets, one of them with what I'm hoping was gravy on it. So this is the sandbox. It's all built, it just hasn't got any real people in it yet. Core temperature goes in here, and if it's under seventy-five it goes red and makes you say what you did about it.
M: Can I ask where Ashby Road's are? Because I'm conscious mine aren't in there.
C: They're not, no. But you did say the end of this week.
M: I did. And I'm going to have to let you down slightly. We've had the BRC lot in for a pre-assessment, so I've done nothing. They'll be on your desk before you've had your coffee on Monday.
C: Monday's fine. I drink a lot of coffee, mind.
F: Pete, tablets?
P: All ten talking to the console since Monday. Nine of them charged.
F: Lovely. And Northedge?
P: Yeah. They can't get anyone out till Tuesday. The twentieth. Their surveyor's on a job in Hull all this week.
M: As long as somebody comes. It's getting silly now. Yesterday one of the girls had to stand by the fire door to get a signal, just to take a call about a recall.
F: That's the kind of thing an auditor loves. Sue, the message from Graham to the sites, did that go out?
S: Not yet. He asked me to tell you it'll be out by the end of this week. Those were his words. By the end of this week, tell Fiona.
F: I'll hold him to that. And Halcombe's, Sue, did you find the bit in the code of practice?
S: I did, and I've gone a bit cold on it, honestly. It says electronic records are fine if they're controlled and signed. It doesn't say what signed means. Until Halcombe's tell me in writing they'll accept electronic sign-off, the paper stays. I'm not walking into an audit on a maybe.
C: That's fair. We'd normally get the retailer to confirm it anyway.
S: Then I'll email Rachel Okoro at Halcombe's this afternoon. She's their technical manager for chilled. She'll know, or she'll know who knows.
F: Thanks, Sue. And there's the procedure, the SOP, for how the electronic checks work. The auditor will ask for that, won't she?
S: She'll ask for it first. That one's mine. I'll have the SOP written by Friday the thirtieth.
J: I walk the lines every morning at six anyway, so if you want someone to check the SOP against what actually happens, I'm there.
F: Supplier certificates next. Callum?
C: So, the supplier module. Every supplier on your approved list, with their certificates, BRC, organic, halal, whatever, and the expiry dates, and it nags you before they lapse. What I need is the list. Who owns it?
M: Purchasing, technically. But I'm the one who gets on with Lorraine in purchasing. I'll get you the approved supplier list out of her by Friday. There's about four hundred on it, mind. About half of them haven't supplied us a thing since Covid.
S: So the question is whether we load all four hundred.
M: Honestly, I'd like to scan the lot in. Every certificate back to twenty-nineteen. Then it's all in one place, and when an auditor asks for a certificate from three years ago, we've got it.
S: Megan, we are not scanning five years of certificates before the twenty-fourth of November.
C: From our side, you can always add historic ones later. Most sites start with who they're actually buying from.
S: Active suppliers and their current certificates. That's it. Everything else stays in the filing cabinet.
M: Fine. The filing cabinet it is. Lorraine can just give me the live ones, then.
C: Then I'll have the live suppliers loaded, certificates and all, in time for the call on the twenty-eighth.
F: Dougie, we haven't heard from you. Nights.
D: Aye. Well. I've got four team leaders and about forty operatives, half of them agency. My worry is a tablet at three in the morning when someone's got gloves on and a tray of hot curry in the other hand.
C: Could we do a trial? Just the team leaders, a couple of nights, on the real lines, before any of it counts?
D: We could. I'll have my team leaders try it on Monday and Tuesday night next week, on Lines Two and Three, and I'll tell you what breaks.
C: Brilliant. And if the tablets aren't ready in time, they could always use the app on their own phones for the trial.
P: No. Not in production. No personal phones past the hygiene barrier. That's a foreign-body rule, not an IT one.
S: Pete's right. That one's not up for discussion.
D: And I'll tell you now, I'm not getting my lot in on their nights off for training. If it's not in the shift, it's not happening.
F: Understood. We'll plan any training inside the shifts. Callum, when are you on site?
C: I'm up at Kettleby on Monday to set the tablets up on the lines. I'll need the Wi-Fi details for the production network.
S: Pete'll get you the Wi-Fi details before you come up on Monday. Won't you, Pete?
P: Apparently I will.
C: And while I'm up there, if anyone wants a login to the sandbox to have a poke around, just shout and I'll set you up.
D: Right, I'm going to have to go. I've been up since six last night, and I'm starting to see two of Fiona.
F: Go and sleep, Dougie. Right, thanks, everyone. Same time next week.
"""

# ---------------------------------------------------------------- call 3, Wed 21 Oct 2026
CALLS[3] = """
F: Morning, all. Oh, Graham, you're here. Hello.
G: Don't sound so shocked, Fiona. I've got about fifteen minutes, so if there's anything you need me for, now's the time.
F: Noted. Let's do you first, then. Pete, the Ashby Road tablets.
P: So the capex for the twelve Ashby Road tablets went in last Thursday. It's in Graham's tray.
G: Is it? Sorry, hang on, I'm just... sorry, Line Six are on the other phone. Which tray?
P: The electronic one. The approval workflow. It's been pinging you every morning.
G: Right. Yes. I think I've seen the pings.
P: So until Graham signs it, there are no tablets for Ashby Road. Full stop. The supplier's quoting three weeks from order.
G: Understood. I'll sign it tonight. Seriously. When I get home.
F: Thank you. There's one other thing for you, Graham, which is the board.
G: Yes. The board want to know how this is going, and I want to be able to tell them on one slide, not forty.
C: We could build you a dashboard. Compliance by line, checks done against checks due, red and green. Nothing fancy.
G: That's exactly the sort of thing. Can you?
C: I can do that. I'll have something for you to look at by the fourth.
F: And before Friday's board, I'll put together a one-page summary for you, Graham. Where we are, what's red, and what we need from you. It'll be in your inbox tomorrow night.
G: Lovely. Short is good. The board has the attention span of a goldfish. So do I, to be fair. What else?
A: The label data, Graham. I'm afraid Cresswell have moved.
G: Moved? I rang Steve.
A: You did, and it helped. Tom's not on today, but their support desk emailed yesterday to say he's been pulled onto another client's go-live, so my test file's now coming the Friday after the one they promised. As a stopgap, could someone in finance pull an export out of Orbis by hand every week? I could make a spreadsheet work.
P: No. Sorry, Anjali, but no. I'm not having someone hand-exporting allergen data into a spreadsheet every Friday afternoon. That's exactly how you end up recalling a lasagne.
G: Pete's right. I'm not explaining a lasagne recall to Halcombe's.
A: Okay. If Tom's lot send the file early, I'll turn the test round the same day.
G: Right, I've got to go, I'm wanted on the floor. And I'll have a look at that risk register you sent when I get a minute. Which will be March. Bye, all.
F: Bye, Graham. Right. Where were we? Callum.
C: Lots of good news from me, actually. Ashby Road's forms came in on Monday, so I've got Megan's whole pile now, including the one with the coffee ring. And Pete's sticky note arrived first thing Monday as well. I've never been so pleased to see a Wi-Fi password.
F: Speaking of Megan, Jas, have you heard from her?
J: Yeah, she sends her apologies. They've had a micro result back on a chicken curry at Ashby Road and she's in with the hygiene team. She asked me to pass a few things on. Suppliers. Megan said to tell you Lorraine finally coughed up the live ones on Friday, and it's gone to Callum.
C: It has. A hundred and eighty-two live suppliers, which is more than I expected.
J: And she said she'll get you the list of CCPs for high-care at Ashby Road by Monday, the high-risk ones, so you can make a start on hers.
C: Great. Tell her thanks.
F: Dougie. The night trial. How did it go?
D: Monday night was a disaster. Tuesday was better. Monday, the tablets kept logging my team leaders out every ten minutes, so by two in the morning they'd given up and gone back to the paper. Callum changed something on Tuesday and it was fine. Lines Two and Three, both nights, done.
C: That was the session timeout. I've set it to a full shift now.
D: And the probes. The tablet wants a probe number, and half our probes haven't got a number on them anymore. The labels come off in the washdown.
J: That's true. We did all the probe calibrations last month, but the numbering's a mess.
D: The night lot can do that, they're bored by four anyway. They'll have every probe re-labelled by Sunday night, with the new numbers.
C: Perfect. Can I come and do a proper session with the whole night shift? Inside the shift, I remember what you said.
D: You can. Come at ten at night, before the first clean-down.
C: Then I'll do the night-shift session next Tuesday, ten at night, in the canteen.
D: The kettle's always on. Warning you now, the canteen heater doesn't work.
F: Jas, was there anything on labels from the trial? I know you were going to try a scanner.
J: Yeah, and it's not good. We tried one of Anjali's scanners on Line Three on Tuesday. The scanners won't read what the Kestrel printers put out, not at line speed, and Kestrel are the only ones allowed to touch the printers.
A: Is that the barcode or the date code?
J: The date code. It's printing a font the scanner doesn't like. It needs a firmware update and a new template, and that's Kestrel's engineer.
A: Okay. That's annoying, but it's fixable.
J: I'll ring Kestrel after this and get their engineer in. I'll have a date for you by Friday.
S: Sorry, sorry. I'm here. I've been on with a customer complaint. What have I missed?
F: Hi, Sue. Graham's promised to sign the capex tonight, Cresswell's file has slipped a week, the night trial worked on the second night, and Kestrel need to update the printers.
S: So business as usual. And since nobody's asked about Halcombe's, I wrote to Rachel that same afternoon. She's acknowledged it and said she'll take it to her team. Which in Halcombe's speak means a month.
C: Can I suggest something, then? Because we're going live on the ninth. We could do a clean cut-over. Tablets from the ninth, no paper at all. Running both is double the work for Jas's people.
S: No. Not with Halcombe's three weeks later and nothing in writing from them. We run the paper alongside the tablets for the first two weeks after go-live. Both. Then we stop the paper.
J: Double the work it is. The line leaders will be thrilled.
C: Fair enough. Two weeks of both. I've done it that way plenty of times.
F: Pete, Northedge?
P: Northedge's man walked the whole of Ashby Road yesterday with his little meter. Four hours, he was there. He says we need four new access points in high-care and one in dispatch. They'll send a quote, but nobody will say when they can fit them. And I'm not ringing Northedge again this week, I've rung them four times. I'm starting to feel like a stalker.
J: Pete, while you're there. The tablet cases. We've got a high-pressure washdown in high-care. Are they actually waterproof?
P: Good question. I think they're IP sixty-five, but I'm not sure that covers a jet wash. I'll check with the supplier. Leave it with me, I'll know by Monday.
A: And for what it's worth, Cresswell's desk sent me a username and password on Thursday, and it works, which is a first. The folder's empty, but it works.
F: An empty folder. Progress. Dougie, the message from Graham, did your lot see it?
D: Graham's email went round on Friday. Two lines. Half my lot thought it was a phishing test.
F: Right, I think that's us. Thanks, everyone.
"""

# ---------------------------------------------------------------- call 4, Wed 28 Oct 2026
CALLS[4] = """
F: Morning, everyone. Bit of a thin one today. Graham's not on, and I haven't heard anything. Dougie's on days off. Sue, you said you've got a hard stop?
S: Twenty past. Halcombe's have sent their pre-audit questionnaire, it's sixty pages, so I'm in a room with it for the rest of the day.
F: Then let's do your bits first. Good news or bad news?
S: Good news, actually, for once. Rachel came back on Friday. Halcombe's are happy with electronic records, as long as every check shows who did it and when, and nobody can quietly change it afterwards.
C: Which it does. Every edit's logged with a name and a reason.
S: I know. I told her. She wants to see it on the day, but that's fair.
J: So do we still need the paper for two weeks?
S: Yes. We agreed two weeks and I'm not unpicking it now. But at least I'm not lying awake about it anymore.
F: That's a relief. And Sue, the SOP for the electronic checks?
S: Ah. Yes. Honestly? Not started. I'd love to say I'll look at it this week, but I won't, not with this questionnaire.
J: Give it to me. I write half of Sue's procedures anyway, and I know how the tablets work better than anyone by now.
S: Are you sure? You've got the dual running on top.
J: Oh yes, I'll just write it in my sleep, I've got loads of that. No, honestly, it's fine. I'll have a draft with Sue a week on Monday.
S: You're a star. I owe you a drink.
F: And the other thing. Graham's board dashboard. Callum's partway into it.
C: About a third. It's not a big job.
S: Can I be blunt? Callum, park Graham's dashboard. Nobody on that board is going to open it. There's a standard weekly compliance report in the system, isn't there?
C: There is. Checks done, checks missed, by line.
S: Then that goes to the board. No custom reports, no dashboards, nothing bespoke until Halcombe's have been and gone. If Graham wants to argue, he can come to the call.
C: Fine by me. I'll stop where I am.
S: Oh, and Fiona, Graham forwarded your page of A4 to the whole board with see below at the top. Which from Graham is practically a love letter.
F: I'll have it framed. Go, Sue. Good luck with the questionnaire.
S: Bye, all. Jas, I owe you two drinks.
F: Right. Anjali. I'm told there's news.
A: There is! The first file out of Orbis landed on Monday morning. Eleven hundred and forty products, all forty-three fields. Well, forty-one. The nut traces and the pack weight tolerance are blank.
T: Yeah, those two live in a different bit of Orbis. It's a known thing. Sorry I wasn't on last week, by the way, I was at the other client and it went about as well as you'd expect.
F: So, Tom, that file. Is it a daily thing now, or was it a one-off?
T: One-off. I ran it by hand. Putting it on a nightly schedule is a job for our support team, and they'll have it scheduled by the end of next week.
A: Okay. With this one I can start building the rules. I'll have the first verification run against Kettleby's labels done on Monday, once Kestrel have been.
F: Jas, Kestrel?
J: Kestrel are coming Monday the second. The engineer, Wayne, all day, all six lines.
F: Tom, while we've got you, is there anything you need from Quenby?
T: Not really. I'd offer to come up and walk your planners through how the label data flows, but honestly my diary's a war zone till Christmas.
F: Understood. Callum, suppliers.
C: So, a hundred and twenty of the hundred and eighty-two are in, with their certificates. The rest are the ones where the certificates were in Lorraine's inbox rather than on the shared drive. Friday for those.
F: Jas, the night session. I know Dougie's off.
J: Dougie says the lads stayed awake through the whole of Callum's talk in the canteen on Tuesday, which he says is a first. Twenty-six of them.
C: Twenty-six out of forty. The agency lot weren't there.
J: And the probes, every probe at Kettleby has a shiny new number on it. The night lot did it over the weekend. Which brings me to the thing Dougie asked me to raise. Logins on nights. Forty people, half of them agency, some of them here for two weeks and gone.
C: Ideally every operative gets their own login.
J: Could we not just have one login per line? Line One, Line Two, and whoever's on it uses it?
A: Not if you want the auditor to believe the records. A shared login means the record says Line Two did the check, not a person.
P: And I'm not managing forty agency accounts that change every fortnight.
C: What most of our sites do on nights is one tablet per line, held by the team leader. The team leader does the checks, or watches them done, and signs for them under their own name. The operatives don't log in at all.
J: That's what Dougie does on paper anyway, really. The team leaders sign the sheets.
P: Four logins instead of forty. I like that.
J: Let's do that, then. One tablet per line, and the team leaders sign. Dougie'll be fine with it, it's basically his paper system.
F: Agreed. Megan, you're quiet.
M: I'm always quiet when I'm being ignored. No, sorry, that's unfair. Callum's had my high-care CCPs since Monday. There's eleven of them, which surprised me.
C: Eleven, and they're clear. Thank you. The one thing I haven't got for Ashby Road is the allergen changeover check. Kettleby's is on their sheets. Yours isn't anywhere.
M: That's because ours isn't written down properly. It's in Brenda's head. I'll write it up and get it to you by Friday. And while I'm moaning. Pete, Northedge.
P: Yeah. The survey report's come through. Four access points in high-care and one in dispatch, which we knew. They've quoted. But they won't commit to an install date, and when they do, it's not going to be before December.
M: Somebody ought to tell Northedge December's no use to anybody.
P: I'll have an install date out of them by next Wednesday. Even if it's a bad one.
F: And the tablets themselves. The capex. Has Graham signed it?
P: No. Still sitting there. He said tonight, last week. It's pinged him every morning since.
F: Oh, good. I'm running out of ways to say please sign.
J: Try capitals. Graham likes capitals.
F: So. We're twelve days out from go-live at Kettleby. Jas, gut feel?
J: Days are fine. Nights worry me. There's fourteen agency people who haven't seen it at all.
C: Then we'll need to talk about that next week, with Dougie on.
F: Agreed. Thanks, everyone. Same time next week.
"""

# ---------------------------------------------------------------- call 5, Wed 4 Nov 2026
CALLS[5] = """
F: Morning, all. Pete's on leave this week, half-term, and Jas has got his bits. Graham's accepted, so we'll see. Tom, good to have you.
T: Two weeks running. Don't get used to it.
F: Let's start with labels, because I think there's good news. Jas?
J: There is. Wayne was in all day Monday, and the scanners are reading every date code on all six lines now. He had to change the font on Line Five twice, but it's done.
A: I can confirm. I stood by Line Three for an hour on Monday afternoon watching it beep. Best hour of my week.
F: And the verification run, Anjali?
A: Partly. Because Wayne didn't finish till late on Monday, I've only run Lines One and Two against the Orbis data. Both clean, apart from one product where Orbis says it contains celery and the label doesn't.
J: Which one?
A: The chicken and leek pie. The four hundred gram.
J: Oh, for... that'll be the new stock cube. That's a proper find, that.
A: So that's exactly what it's for. The other four lines, give me till the end of the week. I always run a verification twice before I believe it.
F: And Tom, the nightly file?
T: The support team have built the schedule. They're testing it Thursday night, and it should be running by itself from Friday. Which is when I said.
A: It's a Cresswell date, though.
T: It's a real date. I'm wounded.
F: Callum, suppliers.
C: Done, I think. Megan, you've been in?
M: I've been in. All hundred and eighty-two live suppliers are sitting there with their certificates, and it's already nagging me about the meat people. Three red ones.
C: And it'll email you thirty days before the next one lapses.
M: It'll email me. Joy. It's better than the spreadsheet, though, I'll give it that.
F: Jas, you had something from Pete?
J: Yes. Pete asked me to say Northedge have finally given him a date for the access points. The week of the seventh of December.
M: December. Told you.
J: He said to tell you he was very rude to them.
M: Someone should buy Pete a medal. December's still no good to me, though.
F: Which brings us to the big one. Go-live. Callum, Jas, where are we at Kettleby?
C: Days are ready. The lines are ready. Every check's on the tablets, and the dual running's set up. Nights is the problem. Fourteen of the agency staff haven't had any training, and they change over on Sunday.
D: They change every other Sunday. That's agency.
C: So my suggestion would be, we keep the ninth for days and bring nights on a week later. Split it.
D: No. Absolutely not. You can't have days on tablets and nights on paper on the same lines. The handover at six is where everything goes wrong already. I'd have half a cooking log on a tablet and half on a clipboard.
J: He's right, Callum. The cooling checks run across the shift change.
C: Fair enough. I did the same cutover at a bakery in Wigan last year and we split it, but they didn't run nights on the same lines.
S: Then we move the whole thing. Kettleby goes live on Monday the sixteenth, days and nights together. That's still eight days before Halcombe's.
F: And the four weeks of records?
S: Two weeks on the tablets and the rest on paper, which Rachel's already said is fine. I'd rather have two clean weeks than three messy ones.
J: The sixteenth works for me. It gives me time to finish the SOP as well.
D: The sixteenth works for nights. I'll get the last of the agency lot through the e-learning. They'll all have done it by the Friday before go-live.
C: And I'll come back and do a second night session for the stragglers, next Tuesday night, same time, same freezing canteen.
D: I'll bring a blanket.
G: Morning, sorry, I've been trying to get in for ten minutes, the link kept sending me to last week's. What have I missed?
F: Morning, Graham. We're proposing to move Kettleby go-live to Monday the sixteenth, days and nights together, because of the agency night staff. It's still before Halcombe's.
G: The sixteenth. Is that everyone's view? Sue?
S: It's mine.
G: Then the sixteenth. Fine. Don't move it again.
F: And Ashby Road. With no Wi-Fi till December and no tablets, we'd suggest it goes to January, after the Christmas peak.
M: January. Well. I asked for October.
G: January, Megan. After Christmas. I'm not having Ashby Road learning a new system in the middle of turkey crown season.
M: Fair enough. January.
F: Graham, while you're here. The capex for the Ashby Road tablets.
G: Yes. I know. It's on my list.
F: It's been on your list since the twenty-first. The supplier's three weeks from order, and January comes round fast.
G: I know, Fiona. Honestly, I'll get to it. And if you need me to lean on Northedge, I can. Anything else? I've got Halcombe's commercial on the other line in two minutes.
S: Nothing that can't wait, Graham.
G: Good. Thanks, all.
F: Right. Jas, the SOP.
J: Half done. Sue's seen the first half and only crossed out three things.
S: Four. But they were small.
F: Dougie, anything else from nights?
D: Just that the new probe numbers are holding up. Nobody's washed one off yet.
F: Tom, anything from Cresswell before we go?
T: Only that the two blank fields turned up in last night's test run, so Anjali should have the nut traces now.
A: I've got them. Nut traces and all.
F: Lovely. Right, thanks, everyone. Twelve days.
M: Don't count them out loud, Fiona.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    whole = int(s)
    ms = min(999, int(round((s - whole) * 1000)))
    return f"{int(h):02d}:{int(m):02d}:{whole:02d}.{ms:03d}"


def split_cues(text, limit=20):
    """Cut a long turn into cues at sentence ends (each cue at most ~limit words where possible)."""
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
        out.append((NAMES[code], text.strip()))
    for (a, _), (b, _) in zip(out, out[1:]):
        assert a != b, f"call {n}: {a} has two turns in a row"
    return out


def cues(n):
    """(start, end, speaker, text) for every cue of call n."""
    rnd = random.Random(2611_00 + n)
    t = 1.5 + rnd.random() * 3
    out = []
    for name, text in turns(n):
        parts = split_cues(text)
        for i, part in enumerate(parts):
            dur = max(0.8, len(part.split()) / 2.5 + rnd.uniform(-0.2, 0.4))
            out.append((t, t + dur, name, part))
            t += dur + (rnd.uniform(0.05, 0.3) if i < len(parts) - 1 else rnd.uniform(0.3, 1.3))
    return out


def render(n, path):
    d = docx.Document()
    for start, end, name, text in cues(n):
        d.add_paragraph(f"{ts(start)} --> {ts(end)}")
        d.add_paragraph(name)
        d.add_paragraph(text)
    d.save(path)


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "calls"
    out.mkdir(exist_ok=True)
    for n in sorted(CALLS):
        render(n, out / f"call-{n}.docx")
        tt = turns(n)
        cc = cues(n)
        print(f"call-{n}.docx ({DATES[n]}): {len(tt)} turns, {len(cc)} cues, {len(set(s for s, _ in tt))} speakers, "
              f"{cc[-1][1] / 60:.1f} min")
