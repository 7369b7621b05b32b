#!/usr/bin/env python3
"""Generate the six Dunmore Housing Association repairs-system calls as SubRip captions (calls/call-1.srt .. call-6.srt).

Script format: one line per turn, "CODE: text". Following docs/FORMATS.md for .srt, a cue carries "Full Name: " only
when the speaker changes; later cues of the same turn carry no name and so continue that speaker. A long turn is cut
at sentence ends into consecutive cues 0.04 s apart (the parser rejoins them into one turn). No speaker has two turns
in a row (asserted), so two separate turns can never merge. Turn text holds no colon and never starts with "- " or
">>", so no cue can be misread as naming a speaker or as an unnamed new speaker (asserted).
Timing: about 2.5 words a second plus a little jitter, with gaps of 0.3-1.3 s between turns; seeded, so deterministic.

Run: python3 make_calls.py      (stdlib only; rewrites calls/call-N.srt next to this file)
"""
import random
import re
from pathlib import Path

NAMES = {
    "P": "Priya Shah",        # Pennant Field Software (vendor) project manager, host
    "T": "Tom Aldridge",      # Pennant integration consultant (Arkwell interface)
    "F": "Fiona McBride",     # Pennant configuration, mobile app and training consultant
    "A": "Alison Whitcombe",  # Dunmore Housing Association director of property services, sponsor
    "N": "Nadia Okafor",      # Dunmore head of repairs
    "S": "Steve Pritchard",   # Dunmore IT manager
    "D": "Dave Colley",       # Dunmore trades supervisor (the operatives)
    "J": "Jo Marsden",        # Dunmore customer services team leader (call handling, scheduling, tenant form)
    "K": "Kerry Brennan",     # Brennan Building Services (external contractor), office manager
    "M": "Martin Oakes",      # Arkwell Systems (housing management system supplier), account manager; call 4 only
    "U": "Mick Flanagan",     # Unite convenor at Dunmore (and a plumber); part of call 5 only
}

CALLS = {}

# ------------------------------------------------------------------ call 1, Wednesday 7 October 2026
CALLS[1] = """
P: Morning, all. Can you hear me? I'm on the train, so if I vanish, blame Northern, not me.
S: We can hear you, Priya. There's a bit of a rattle, but that's probably the train.
P: It's definitely the train. Right, it's five past, so I think we've got most people. Alison's diary says she's at the tenants' forum till about half ten, so she'll join when she can. Quick names, because Kerry's not met everyone. I'm Priya Shah, project manager at Pennant, and I'll be hosting these every Wednesday morning.
T: Tom Aldridge, Pennant. I do the integration, so anything going in or out of Arkwell is my problem.
F: Fiona McBride, also Pennant. Configuration and the mobile app, and I'll do the training, so I'm the one the operatives will shout at.
N: Nadia Okafor, head of repairs at Dunmore. I've got about nine thousand open jobs and a damp and mould backlog I'd rather not talk about before I've had a coffee.
S: Steve Pritchard, IT manager. That's me, Kieran, and a printer that hates us both.
D: Dave Colley, trades supervisor. I look after the operatives on the vans. Forty-odd lads and two lasses, before anybody pulls me up on it.
J: Jo Marsden, customer services. My team take the repair calls and book the appointments, so when it goes wrong we're the ones who get it in the ear.
K: Hiya. Kerry Brennan, Brennan Building Services. We do a lot of Dunmore's plumbing and heating, and I've been told I'm getting a portal. I don't know what that means yet.
P: It means you stop emailing Jo photos of job sheets.
K: Oh, she'll miss those.
J: I won't. Half of them are upside down.
P: Okay. Short agenda today. Arkwell, the handsets, job types, Kerry's portal, and the go-live date, which I'd like Alison for, so I'll hold that till she's here. Tom, Arkwell first.
T: So everything hangs off Arkwell. Properties, tenancies, the job when it's raised, and then the completion going back so finance can pay people. Arkwell supply it and support it, and at the moment I can't build a thing against Arkwell until they give us a test box and some credentials.
S: Have they not sent anything? I thought they'd been asked back in the summer.
T: They were asked in July. I've got an email saying someone will be in touch.
N: That's Arkwell all over. Someone will be in touch. They'll put it on their gravestone.
T: What I can do is get our side of the interface written down, so at least they know exactly what we're asking for. I'll send the interface spec over to Arkwell first thing tomorrow, and copy Steve in.
S: Go on, then. And I'll raise it with Arkwell's support desk today, properly, with a ticket number, so it's not just an email floating about.
P: Thanks, both. Do we need someone more senior leaning on them?
S: If they drag their feet, I could maybe have a word with their account manager. Not promising, mind. He's a hard man to pin down.
T: And for what it's worth, we always build against a sandbox of our own first, that's just how we work, so I'm not sitting on my hands in the meantime.
P: Good. Handsets. Fiona?
F: So the app runs on Android. What I need to know is who's got what. Which operatives, which trades, which phone, because if anybody's still on one of those old Motorolas we've got a problem.
N: Dave'll get you the list of the lads, their trades and which phone each one's got. Won't you, Dave? By Friday.
D: Friday's fine.
F: Brilliant. And the other thing is how the app actually gets onto the phones. Is that you, Steve?
S: That's Tessera. They do our device management, so nothing goes on a Dunmore phone unless Tessera put it there. I'll find out what they need from us to get an app pushed out.
D: I did a list like that for the van tracking people last year, so it's mostly sitting in a drawer somewhere.
F: A drawer's a start. Now, job types, and this is the one I'm a bit stuck on. Everything in the app hangs off what the job is. Blocked drain, dripping tap, door off its hinges. You've got a schedule of rates, I'm assuming?
N: We've got the national one, and then about thirty years of our own codes on top of it. Some of them are for things we don't even do any more. There's one for coal.
F: So without the codes you actually use, I'm building job types blind. I can't set up the forms on the app or the timings till I've got them.
N: I know. It's me, I'm the hold-up, I know. I'll get you the codes we actually use, not the whole book. Before half-term.
P: Half-term starts the twenty-sixth, doesn't it? So the Friday before?
N: The Friday before. The twenty-third.
P: Thank you. Kerry, the portal. Fiona, you explain it better than me.
F: Your lot get Dunmore's jobs through it, and close them in it, with photos, and the completion goes straight back into Arkwell so Dunmore can pay you without Jo's team retyping everything. What I need from you is names, mainly. Who in your firm needs a login, and whether your engineers have got tablets or just phones.
K: Phones, mostly. The two gas lads have got tablets. I'll get you names for my lads by the end of next week.
F: Perfect.
K: And I'll get them all reading the manual, obviously. They love a manual, my lot.
J: They can borrow mine. It's got tea on it.
P: Jo, while you're here, can I rope you in on the tenant form? Could you have a go at the questions? Nothing fancy. Just what your team would ask a tenant on the phone.
J: Go on, then. I'll have something to you by next Wednesday.
P: So in time for next week's call. Lovely.
A: Hello? Sorry, sorry. The tenants' forum overran, as it always does. Somebody wanted to talk about bins for forty minutes. Have I missed anything?
P: Morning, Alison. Nothing you need to decide yet. You're just in time for the go-live date.
T: So our plan says Monday the thirtieth of November, and my suggestion is we do the lot that day. Operatives, contractors and the tenant form, one big switch, so nobody's running two ways of working over Christmas.
J: Can I stop you there? December's our worst month. Burst pipes, no heating, boilers, the phones never stop. If we put a brand new form in front of tenants in the middle of that, my team get every complaint and every how-do-I-use-this on top of the day job.
A: So what are you saying, Jo? Don't do it at all?
J: Do the operatives and the contractors. Leave the tenants till after Christmas.
A: Right. Operatives and contractors on the thirtieth. The tenant form waits till January. I'm not having the phones melt at Christmas.
P: So the thirtieth of November for the app and the portal, and the tenant form in January. Got it.
N: Someone should really tell the board this is a six-month job and not a six-week one.
A: The board are my problem, Nadia, not yours.
D: While you're here, Alison. Mick's been on at me about the tracking. The lads have heard the app knows where their van is all day.
A: Well, does it?
F: It can. Location's on while a job's open, by default. You can turn it down a long way, but not off entirely, not in the standard set-up.
A: Leave Mick with me. I'll have a word with him myself this week. Sorry, I have to run, I've got the chief exec at eleven. Priya, you've got my mobile.
F: One more from me. I'll have logins out to the five of you by Monday, so you can have a click around the test system before next week.
P: Anything else? Kerry, anything from you?
K: No, I'm just here to learn. And to work out who's the boss.
P: Nobody's the boss, Kerry, that's the whole problem. Thanks, everyone. Same time next week.
T: Cheers, all.
"""

# ------------------------------------------------------------------ call 2, Wednesday 14 October 2026
CALLS[2] = """
P: Morning. Is it just me, or has it not stopped raining since Sunday?
D: It's not just you. I've had three roofs and a flooded cellar since Monday.
P: Sorry to hear that. Right, it's gone five past. Alison's sent her apologies, she's at the board away-day in Harrogate.
N: She asked me to pass something on, actually. She hasn't managed to see Mick yet. She's hoping to catch him at the branch meeting on the twentieth.
D: He'll be there. He's always there. He chairs it.
P: Okay, thank you. Let's go round what we said last week. Tom, Arkwell?
S: Can I jump in, because it's mostly mine? Tom's document landed with them on Thursday, and they've sent a one-line reply saying thanks. I'd say they've read it, but let's not get carried away.
P: And the ticket?
S: Went in Wednesday afternoon. They've given it priority low, which tells you everything.
T: Low. For the only way jobs get into their system. Lovely.
S: And I'm not ringing them again this week. I rang twice, and the second time they put me on hold to Vivaldi for twenty minutes.
T: Sounds about right. I did the Arkwell link for an association in Wakefield a couple of years back, and it was exactly the same. Nothing for weeks, and then it all happens on a Friday afternoon.
P: Let's hope for a Friday afternoon, then. Fiona, handsets?
F: Good news there. I've got Dave's who's-who. Forty-one names, not forty, and somebody down as Big Gaz with no surname.
D: That's his name. Nobody knows his surname. I'm not sure he does.
F: Fine by me. Steve, did Tessera come back to you?
S: They did, and you'll not like it. They won't push anything to the phones without a signed change form and two weeks' notice. Two weeks from when they get the form, mind, not from when we ask.
P: So nothing goes on the handsets until Tessera have the form, and then it's a fortnight.
S: That's it. I'll get the form signed and back to them by Friday.
P: Thank you. So realistically the app's on the phones at the start of November?
S: If the stars align. They don't usually.
D: Can I just say something before we go any further on phones? Mick's told the lads not to log into anything that tracks them until the union's seen a policy in writing. So as of now I've got nobody for the pilot.
N: Alison's on that.
D: Alison's been on it since last Wednesday.
N: Dave.
D: I'm just saying.
F: If anyone wants the app on their own phone to have a play in the meantime, I could maybe sort that, as long as Steve doesn't shoot me.
S: Steve will shoot you.
D: While we're on phones. Those Samsungs are rubbish on a building site. If we're doing this properly, can we not get them proper rugged ones? The ones you can drop off a ladder?
N: With what money, Dave?
F: For what it's worth, the app's fine on the Samsungs. It's the screens that break, not the phones. Get them decent cases.
N: Then we keep the Samsungs and we buy cases. I'm not going to finance for forty-one new phones, I'd be laughed out of the building.
D: Cases it is. Big ugly ones.
F: I'd like to come and show the lads the app, by the way. It sometimes helps when they see it's not a spy camera. Is there a time they're all in one place?
D: Thursday's the toolbox talk at the depot. Half seven, bacon butties.
F: Tomorrow?
D: Not tomorrow. The one after.
F: Then I'll be at the depot for that one and show them the app properly. I'll even bring the butties.
P: Thursday the twenty-second, then. Dave, you had a question about the tower blocks?
D: Yeah. What happens in the tower blocks? There's no signal in the basements at Calder Court, and you're lucky to get a bar on the fourteenth floor.
T: It works offline. It keeps everything on the phone and sends it when it finds a signal. I'll write you a one-pager on how it behaves with no signal, so you can show the lads.
D: Put pictures in it.
T: Pictures. Noted.
J: While we're on the app, I had a poke around on Monday night, with the kids' tea on. Our logo's squashed. We look like a budget airline.
F: Ha. It's the only one I could find on your website.
P: Jo, the questions for the form?
J: Half done. I got stuck on the photos bit, whether we let tenants upload pictures or not, because some of the pictures we get, honestly. Can I have till Monday?
P: Course you can.
T: While I've got you, Jo, would your team have time to test the scheduling screens as well?
J: Oh, yeah, I'll do it in my spare time. Between the damp calls and the other damp calls.
P: We'll come back to that one. Kerry, the portal's switched on in test now. Did you see the email?
K: I saw it. I'm not the one who'll use it, though. Our Danny'll test it, he does all our invoicing. I'll get him on it this week.
F: Lovely. He's already got a login, I set one up for your office last week.
K: Can I be honest, though? Could we not just keep emailing the job sheets, and Jo's lot key them in? It works.
J: It does not work. It works for you.
P: The whole point is that the completion goes straight back into Arkwell. If Jo's team are retyping it, we've bought a very expensive email.
K: Fair enough. Worth a try.
N: One more from me. The board want satisfaction figures. A text after every job. How did we do, one to five.
F: That's a standard bit, I can set that up. I'll build the satisfaction text, the one that goes out when a job's closed. I'll have it in test by the thirtieth.
N: Thank you.
P: Anything else? Steve?
S: Only that my printer's jammed again. Not your problem.
P: Not my problem. Thanks, everyone. Same time next week.
J: Bye, all.
"""

# ------------------------------------------------------------------ call 3, Wednesday 21 October 2026
CALLS[3] = """
P: Morning, everyone. Who've we got? Tom, Fiona, Nadia, Steve, Dave, Jo. Kerry's sent apologies, she's at a site meeting. Nothing from Alison. Nadia, is she coming?
N: Your guess is as good as mine. She was in the building at eight.
P: We'll crack on. Dave, I know you've got to leave early. Do you want to go first?
D: Please. Fiona, bad news about tomorrow. The toolbox talk's moved. The gas audit's got the depot all day Thursday, so it's Monday morning instead.
F: Monday's fine. I'll come to that one instead.
P: Monday's the twenty-sixth. That's half-term, isn't it?
F: I haven't got kids. Half-term means nothing to me.
D: It means the roads are quiet. And Tom, that bit of paper about the basements made sense, for once. I've stuck it on the wall in the mess room, next to the dartboard.
T: Next to it, not on it. That's progress.
P: Dave, the pilot. We said six operatives. Can you pick them?
D: I'll pick six who won't wind each other up. That's the hard bit. You'll have the names first thing Monday.
P: Great. And Nadia, the codes. Are we still on for Friday?
N: Honestly? I haven't opened it. We've had two hundred damp and mould cases in a fortnight, and every one of them's got a clock on it now. I'm not going to get to it.
D: Give them me. I know which ones the lads actually use, half that book's never been touched. You'll have them a week Friday.
P: A week Friday, so the thirtieth?
D: The thirtieth.
N: Thank you, Dave. I owe you a pint.
D: You owe me several. Right, I've got to go, there's water coming through a light fitting on Brook Street. Sorry, all.
J: Speaking of which, can I raise the form?
P: Go on.
J: I'd like emergencies on it as well. A big red button, water coming through the ceiling, that sort of thing, so people aren't stuck on hold for forty minutes.
N: No. If a tenant's got water through the light fitting, I want a human on the phone, not a form somebody reads in the morning.
T: And the form's not watched overnight, so you'd be relying on the out-of-hours lot spotting it.
J: Fine. I know. I just hate the queue.
P: So emergencies stay phone-only, and the form is for routine repairs. Everyone happy with that?
N: Yes.
J: Yes. Grudgingly.
T: On the form, Jo's draft came through on Monday night. It's lovely. I've already wired it up, photos optional, like she said.
J: Told you I'd get there. And I could maybe ask the tenant panel to have a look at it, if we ever get that far.
P: Let's see. Steve, Tessera?
S: They've got their bit of paper. Signed by me, countersigned by Alison's PA, because Alison wasn't around. They've told me it'll be on every handset by Friday the sixth.
P: The sixth of November. Okay. And Arkwell?
T: Still no test box. Steve's ticket's gone from low to medium, which I'm told is cause for celebration.
S: Someone should buy Arkwell a calendar.
T: We don't start the real build until we've got credentials against their box, that's just how we do it, otherwise you end up building it twice. So we're losing days now. Proper days.
S: Right. I'll get Martin from Arkwell on next week's call if I have to drive to Leeds and carry him.
P: I'd pay to see that.
T: There's another one for the list, and it's an Alison one. Before Kerry's lot and Hallam can see live jobs on the portal, there has to be a data-sharing agreement signed, because they'll be seeing tenants' names, addresses and the vulnerability flags. So until Alison signs the data-sharing agreement, the contractors can only see test data.
N: Why is it Alison?
T: Our contract says it's a director's signature on your side.
N: Of course it does. I'll put it in front of her on Friday. She's in the office on Fridays, I'll stand over her.
P: And I think it'd help if she had everything in one place. I'll send her a one-pager tomorrow with everything that's sitting with her.
N: Make it short. She reads the first three lines of anything.
P: Three lines. Fiona?
F: Jo, I'd like a session with your schedulers on booking appointments. Next Tuesday, maybe?
J: Next week's half-term. I'm off, and so's half my team. Kids.
F: Then I'll run it the Tuesday after. The third.
J: The third works. Mornings are better, they're half asleep after lunch.
P: Nadia, anything from Alison on Mick? She was hoping to see him yesterday.
N: Not a word. I'm not her keeper.
S: For what it's worth, Kieran plays five-a-side with Mick, and Mick says nobody's spoken to him.
P: Okay. That's one for my note, then.
N: And I'll look at the contractors' price list too, if I ever get a day without a mould case.
T: Is that likely?
N: What do you think?
P: Anything else? Fiona, last word?
F: Only that the rain's got into my car. There's a puddle in the footwell.
P: On that note. Thanks, everyone.
J: Bye.
"""

# ------------------------------------------------------------------ call 4, Wednesday 28 October 2026 (half-term)
CALLS[4] = """
P: Morning. Half-term, so it's a thin crowd. Jo's on leave with the kids, she sent apologies. And we've got a guest. Steve's delivered. Martin, do you want to say hello?
M: Morning, all. Martin Oakes, account manager at Arkwell. I've been told I'm in trouble.
S: You're not in trouble, Martin. You're just very popular this week.
M: That's what my wife says before she tells me I'm in trouble.
P: We'll be gentle. Martin, where are we with the test environment?
M: Good news, actually. Your test environment was refreshed on Monday, and the credentials went to Tom yesterday.
T: They did. I had them about four o'clock, and by half five I'd pulled a property across. Number twelve, Brook Street. It's got damp, apparently.
N: They've all got damp.
T: So jobs out of Arkwell, I can do now. What I can't do is send the completion back. The write-back.
M: That needs our autumn release. It's in there, it's tested. Our release with the completion write-back goes onto your test box on Monday the second.
T: And once that's in, I can close the loop.
P: Tom, can we get one job all the way round, then? Raised in Arkwell, out to an operative, closed on the phone, back into Arkwell.
T: I'll have a job going round the full loop for you by next Wednesday's call.
M: If you raise a priority one with our desk, by the way, it comes straight through to my team. Not the queue.
S: Now he tells me.
M: I will just say, while I've got you all, Arkwell do have our own mobile module. It'd save you all of this.
P: Martin.
M: I had to say it. My manager's on this call.
N: Is he? Hello, Martin's manager.
M: He's not really. But he'll ask me if I said it.
P: Consider it said. Dave, how did Monday go?
D: The lads liked it, Fiona. They liked the bit where you photograph the job and it stamps the time on. Big Gaz wanted to know if it does the lottery.
F: It doesn't do the lottery. Yet. And I've had Dave's six through, they've all got logins.
D: The six are the easy bit. We tried an app in twenty nineteen for timesheets. It lasted a fortnight, and then everybody's phone mysteriously fell in a bucket.
F: Same phones?
D: Same phones. Same bucket, probably.
P: And Dave, the codes. Still on for Friday?
D: Friday. I've done the plumbing ones, I'm on the joinery.
A: Hello, sorry. I'm at home, it's half-term, and I've got a ten-year-old doing something to the dog. What have I missed?
P: Morning, Alison. Arkwell have come good on the test system, and Martin's here.
A: Martin. Hello. We've spoken.
M: We have. About invoices.
A: Let's not. Priya, I got your list, by the way. It's more of a charge sheet, isn't it?
P: It's a friendly charge sheet.
A: Nadia cornered me on Friday with the contractor agreement. It's in my bag.
N: I did corner her. Outside the ladies', I'm not proud of it.
A: And before anyone asks, I've seen Mick. We had a coffee at the depot on Friday. He's not against it. He wants a policy in writing. What gets tracked, who gets to look at it, and how long we keep it.
D: That's what he told me in August.
A: Well, now he's told me. Lorraine in HR will write it. She's promised me it by the sixth.
P: Thank you. And the agreement in your bag, Alison. Kerry's lot can't see live jobs until it's signed.
A: I know. Legal have had a look. I'll have it signed by Monday.
P: Monday's the second. Thank you.
A: And while I've got you all. This text survey after every job. Who asked for that?
N: The board did. Well, you did, for the board.
A: Then I'm un-asking it. We'll get the complaints before we've got a working system. Nothing extra before go-live. Fiona, park it.
F: Parked. It's about half built, it'll keep.
A: If the board ask why, tell them it's my fault. They usually assume it is anyway.
P: Noted. Steve, the phones?
S: Tessera are still saying the sixth. I'll believe it when I see it.
A: Sorry, I have to go. The dog's fine, before anyone asks. It's the ten-year-old I'm worried about.
P: Thanks, Alison.
T: Martin, one question before you go. Does the release change the property reference format?
M: Not this one. Next spring, maybe, and we always publish the release notes a month ahead.
P: I'm not promising anything on the contractor side until Kerry's back and that agreement's signed, so let's park the portal for this week.
N: Kerry's gone quiet, hasn't she?
P: She's busy. Aren't we all. Anything else?
S: Only that I've got the afternoon off, and I intend to spend it asleep.
P: Lovely. Thanks, all. Same time next week.
M: Thanks for having me.
"""

# ------------------------------------------------------------------ call 5, Wednesday 4 November 2026
CALLS[5] = """
P: Morning, all. Bonfire night tomorrow, so if anyone's dog is going to hate me, now's the time. Alison's sent apologies. Nadia, do you know why?
N: She's in with the regulator prep all week. And before you ask, the agreement's still in her bag, as far as I know.
P: Noted. Mick's joining us for the tracking item, Dave?
D: He'll be on at quarter past. He's finishing a boiler.
P: Okay. Fiona, job types?
F: Dave came through. He'd crossed out about half the book in green biro and photographed every page, which is honestly the best spec I've had all year. I've built two hundred and six job types off it.
D: Green's my colour.
P: So that's the job types unstuck. Thank you, Dave. Jo, you had Fiona yesterday?
J: Fiona's morning with my lot yesterday was brilliant. Shannon's been booking pretend appointments for fun ever since. She booked one for Big Gaz at a bus stop.
D: He'd go, to be fair.
P: Kerry, welcome back. How did Danny get on?
K: Danny's been on it. He says it's a lot better than the one Hallam make us use, and he closed a pretend job with photos and everything. He's happy, which is rare.
P: That's lovely to hear.
K: If Hallam give you any grief about the portal, send them to me. I've known their gaffer twenty years.
T: Arkwell. So, bad news. The release didn't land on Monday. Martin emailed last night, there's a problem with another customer's upgrade, and they've pulled it. New date's the nineteenth.
P: The nineteenth. So where's our loop?
T: Half of it. Jobs go out from Arkwell to the phone, lovely. Nothing comes back, because there's nothing on their side to receive it. I can't finish it till the release is in.
S: Can we not go round them?
T: Not without writing into their database directly, and they'd void the support contract. I've done write-back to Arkwell three times now. It's always the release that bites you. Every single time.
P: Okay. Steve, Tessera?
S: Tessera have had their own wobble, with their own upgrade, so they've moved us. It's the Monday after now.
P: The ninth?
S: The ninth.
N: The Monday after what?
S: After the sixth. Keep up, Nadia.
P: And the handsets themselves are all right?
S: Mostly. Some of the older Samsungs might not be on a new enough Android. Kieran'll go through every one of them and check. He'll have that done by Friday.
U: Morning. Mick Flanagan, Unite. I'm also a plumber, so I'll be using the thing, if it ever happens.
P: Morning, Mick. Thanks for coming. You've seen Lorraine's draft?
U: I've had it since Monday. Four pages. It's better. It's not there.
N: What's wrong with it?
U: It says location's kept for two years. Two years, for where my van was parked on a Tuesday afternoon?
N: What would you accept?
U: Thirty days. And only looked at if there's a complaint, not for timekeeping. Not so Dave can see who's at the chippy.
D: I know who's at the chippy, Mick. I don't need an app for that.
F: The retention's configurable. Thirty days is fine, technically. So is who can see it.
U: Then put that in, and I'll take it to the branch on the eighteenth. You'll have an answer that night.
N: That's fine by me.
U: But the rest of my members aren't logging into anything that tracks them until the branch has voted on it. Just so we're clear.
D: So what do I do with six lads and a pilot in the meantime? Sit in the van?
F: We could run the pilot with location switched off entirely. It's a setting for the pilot group.
U: Off off? Not just hidden?
F: Off. Nothing recorded. Not even a dot on a map.
U: I can live with that. For the pilot.
N: Then that's what we do. The pilot runs with tracking off until the branch has voted.
S: There's another way round the phones, by the way. The lads could put the app on their own phones from the Play Store, and then Tessera doesn't come into it at all.
U: Over my dead body. My members aren't putting work on their own phones.
N: And I'm not paying forty-one phone bills. No.
U: Right, I've got a boiler in bits. Cheers, all.
P: Thanks, Mick.
J: Someone ought to tell the tenants the form's not coming before Christmas, because they've seen it on Facebook.
N: Who put it on Facebook?
J: Don't ask. And the tenant panel, I'll get three or four of them to have a go at the form. Don't ask me when, they meet when they meet.
P: Lovely. Now. I think we have to be honest about the thirtieth. Tom can't close the loop till the nineteenth at the earliest, the phones only get the app on the ninth, and the pilot hasn't started. I'll put two options together for Alison, with what each one costs us, and get it to her by Monday.
N: Make it two pages, not twenty.
P: Two pages.
K: When do my lads actually get going on it?
P: When Alison's signed that agreement. Keep Danny warm.
K: Warm. Right.
P: Thanks, everyone. Same time next week.
D: Cheers.
"""

# ------------------------------------------------------------------ call 6, Wednesday 11 November 2026
CALLS[6] = """
P: Morning. It's Remembrance Day, so I'm going to stop us at eleven for the silence, if that's all right with everyone.
N: Yes, please. They do it at the depot as well.
P: Good. Alison's said she'll try to join, she's on her way back from a conference. I've not heard from Kerry. Dave, the phones?
D: The app's on every lad's phone, by the way. It turned up Monday dinnertime, and half of them thought they'd been hacked. Big Gaz turned his off and on again about nine times.
S: Tessera finally did the deed. I nearly sent them flowers.
F: Did it land on all forty-one?
S: All forty-one. Kieran found two that were too old for it, and he swapped them out of the spares cupboard on Friday. So everyone's on the right version now.
P: Brilliant. So the handsets are finally sorted.
D: Now it's on the phones, I'll get my six going on it from Monday, tracking off, like we agreed.
P: Lovely. Is Mick still on for the eighteenth?
D: Mick's still saying the eighteenth. The branch meets at six, he'll text me.
P: Tom, Arkwell?
T: Same as last week. Out, yes. Back, no. Martin says the nineteenth still stands, and I've asked him to put it in writing.
P: And the loop?
T: Not till the release. After that it's a day's work, maybe two.
N: You said that about the last one.
T: Did I? I probably did.
P: You did. I wrote it down.
J: Can I ask something stupid?
P: There are no stupid questions.
J: Is the tenant form still January, if everything else moves?
P: That's exactly what I want Alison for. Let's wait for her.
J: So it's not coming before Christmas, then.
N: It was never coming before Christmas, Jo.
F: Has anyone got a spare poppy? I left mine on my other coat.
S: I've got three. My mum sends them in the post.
D: Your mum wants to run this project, Steve.
S: She'd have had it live by August.
A: Morning, sorry. I've come straight off a train from Birmingham, I'm on a platform. Can you hear me?
P: We can, just about. Morning, Alison.
A: I read Priya's paper on the train. Twice.
P: And?
A: You go first. Tell them what's in it.
P: Two options. One, the contractors go live on the portal on the thirtieth, because Brennan's are ready, and the operatives follow in January. Two, everyone moves together to Monday the eleventh of January, after the Christmas freeze. I lean towards one.
A: I don't. If the contractors go first, Jo's team are running two ways of working through the worst month of the year, and that agreement isn't even signed. Whose fault is that, you're about to say.
P: I wasn't going to say a word.
A: Everyone moves on the eleventh of January. One date. And the tenant form goes with them, Jo, if Tom's happy.
T: Happy enough. It's been ready for weeks.
J: Thank you.
P: The eleventh of January for everything, then.
A: That's my decision, and I'll own it.
P: Alison, while I've got you. The agreement.
A: It's signed. No, it isn't. It's in the bag. I'll sign it tonight, Priya. Hand on heart.
N: I've heard that one.
A: Tonight, Nadia. On the train home. Sorry, my train's coming in, I'll drop off.
P: Thanks, Alison. Safe travels.
F: I'll need to move all the training, then. I'll get everyone new dates in January by the end of next week.
P: And the thirty-five who aren't in the pilot, Dave? Can we get some of them through before Christmas?
D: Oh, I'll have the whole lot trained by Friday, no problem. Shall I teach them Latin while I'm at it?
F: Nobody's asking you to, Dave. January's fine.
S: And I'm not touching those handsets again before Christmas, just so everyone knows.
T: Famous last words, Steve.
P: Right, it's nearly eleven. Let's stop for the silence, and then I'll let you all go. Thank you, everyone.
N: Thanks, Priya.
"""

DATES = {1: "2026-10-07", 2: "2026-10-14", 3: "2026-10-21", 4: "2026-10-28", 5: "2026-11-04", 6: "2026-11-11"}


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
    rnd = random.Random(261007 + n)
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


if __name__ == "__main__":
    d = Path(__file__).resolve().parent / "calls"
    d.mkdir(exist_ok=True)
    for n in sorted(CALLS):
        (d / f"call-{n}.srt").write_text(render(n))
        tt = turns(n)
        print(f"call-{n}.srt ({DATES[n]}): {len(tt)} turns, {len(set(s for s, _ in tt))} speakers")
