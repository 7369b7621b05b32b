#!/usr/bin/env python3
"""Generate the five Ormsby Veterinary Group Practice Systems calls as Otter.ai-style plain-text exports
(calls/call-1.txt .. call-5.txt).

Each turn below is "CODE: text". The export writes the speaker's full name, two spaces and the elapsed time on its
own line ("Saoirse Brennan  0:03", "H:MM:SS" past the hour), the text on the next line, then a blank line, as
docs/FORMATS.md describes for Otter. A turn written with a leading "~" is someone cutting in: it starts before the
previous speaker would have finished. Start times come from a speaking rate of about 2.5 words a second plus a short
pause, with a fixed seed per call, so the output is reproducible. Standard library only.

Run: python3 make_calls.py   (writes calls/call-1.txt .. call-5.txt next to this file)
"""
import random
from pathlib import Path

NAMES = {
    "S": "Saoirse Brennan",   # Vetlyne (vendor) project manager, host
    "R": "Rajiv Menon",       # Vetlyne implementation consultant: build, config, integrations
    "H": "Helen Ashdown",     # Ormsby clinical director, sponsor (often in theatre)
    "B": "Bernie Quigley",    # Ormsby group operations manager
    "G": "Gemma Ferris",      # practice manager, Castle Street (the pilot practice)
    "O": "Owen Pritchard",    # Ormsby's one IT person, shared with Halden Garden Centres
    "P": "Priti Shah",        # head nurse, pharmacy and stock lead
    "D": "Declan Furey",      # external data-migration contractor (Furey Data), works for the group; "Dec"
    "T": "Tom Yeats",         # Larkspur Diagnostics (external lab), integration lead
}

CALLS = {}

# ---------------------------------------------------------------- call 1, Wed 2026-10-07
CALLS[1] = """
S: Morning, morning. I'll give it a minute, people are still coming in. Bernie, is that you with the barking?
B: It is not my dog, Saoirse. I'm in the back office at Castle Street and there's a spaniel in kennels who has opinions about Wednesdays.
G: That's Biscuit. He's in for a dental. He'll settle once the pre-med kicks in.
S: Poor Biscuit. Okay, who have we got. Rajiv, Bernie, Gemma, Owen, Priti. Declan, are you with us?
D: I'm here. I'm on the train to Bristol, so if I vanish it's a tunnel, not rudeness.
S: No bother. Helen said she'd try and jump on between operations but not to wait for her. So, welcome to the first of the weekly calls. Wednesdays, half nine, forty-five minutes, and I'll try and give you some of that back.
O: Can I say now I might have to drop at ten. I'm shared with the garden centres, as you know, and Wednesday's their delivery day, so the tills are always doing something daft.
S: That's grand, Owen. Quick recap so we're all looking at the same picture. Fourteen practices, three old systems, Tailwind, VetMaster and Cliniq. All of it coming onto Vetlyne: the appointment book, clinical records, pharmacy and stock, and taking payments. Then the lab link to Larkspur, the new card terminals from Tillpoint, and the text reminders through Pingwell.
P: Can I ask a daft question before we start? Is stock in the first go-live, or are we doing the clinical side first and stock after?
R: Not daft at all. It's one system, so stock comes with it. You can't really dispense out of Vetlyne and keep the stock in Tailwind. It'd be chaos by lunchtime.
S: Declan, you've had a first look at all three. How bad is it?
D: Honestly? Tailwind's fine. It's old, but it's a proper database and I can get at it. Cliniq's a bit odd but manageable. VetMaster's the problem. Maplestone won't give me the database credentials until somebody at the group signs their data release form, and it has to be a director. Which means Helen. And until I've got those credentials I can't even see the VetMaster data, let alone pull it out. That's five practices I'm blind on.
S: Okay, that's a blocker, and it's Maplestone's. Bernie, have you got this form?
B: It's in my inbox. Twelve pages, and eleven of them are Maplestone covering themselves.
H: Hello, sorry, sorry. Helen here. I'm in my scrubs in the corridor, I've got about ten minutes before a bitch spay. Where are we?
S: Morning Helen, perfect timing actually. We were just on the Maplestone form for the VetMaster data. They want a director's signature.
H: Oh God, the twelve-pager. Bernie sent me that last week and I've not opened it. Right, I'll sign it tonight before I go home and leave it on Bernie's desk.
S: Brilliant, thank you. While we've got you, the big one. Which practices go first?
H: Yes. I've been thinking about this in the car. I don't want all fourteen going at once. I want four. Castle Street, because Gemma will make it work. Millbrook, because it's the busiest. Harrowgate Road, so there's a VetMaster practice in the first lot, and Penhallow, so there's a Cliniq one. That way we've proved all three systems before the other ten go in January.
B: Penhallow's the one with the dreadful internet.
H: I know. That's rather the point. If it works there it works anywhere.
O: If it works there I'll eat my hat.
S: So wave one is Castle Street, Millbrook, Harrowgate Road and Penhallow, and we're still saying Monday the thirtieth of November for those four?
H: The thirtieth, yes. The other ten in January. Saoirse, write that down somewhere nobody can pretend they didn't see it.
S: Done. It's already in the plan, in bold.
H: And I'll send a note round to all fourteen practice managers on Monday, so they know it's coming and that they'll have to release people for training. They'll moan, but they'll moan less if it comes from me.
G: We will moan.
H: I know you will, Gemma. Anything else you need me for before I go and scrub?
P: Only a wish, really. One day I'd love us to get rid of the paper controlled drugs register altogether.
H: One day, Priti. That would be lovely. Not my problem this morning. Right, I'm off. Bye all.
S: Thanks Helen. Bye. Okay. Declan, while Maplestone do whatever it is Maplestone do, what can you get on with?
D: Tailwind. Castle Street and Millbrook are both on Tailwind, plus four others. I can get a trial extract of clients and patients out of it and across to Rajiv. Friday week. I'd like a proper run at it, not a rush job.
R: Friday week's fine by me. So that's the sixteenth.
D: The sixteenth. And Owen, I'll need a VPN account for that, I've been going in on site.
O: I can do that. You'll have a login by Friday. Your own one, mind, not the shared one the old Tailwind engineer used, because I've no idea who's got that password now. I used to do the backups on that Tailwind box by hand every Friday night, so I know exactly how fragile it is. Be gentle with it.
S: Noted. Rajiv, the lab?
R: Yeah, so Larkspur. I've had an intro call with Tom Yeats, he's their integration lead. What they need from us is our interface spec and a template to map each practice's Larkspur account number to the practice in Vetlyne. I'll get both over to Tom by Monday.
S: Great. Is Tom going to join these?
R: He said he'd try to join from next week. He's got a lot of groups on at the minute.
S: Fair. Gemma, Castle Street is our first build, so what I need from you is all your appointment types and how long each one is. There's a template.
G: I've seen it. It's a lot of rows. Okay. I'll do it by next Wednesday, before we talk again. The hard bit isn't the sheet, it's getting the vets to agree.
R: If it helps, I could come down to Castle Street and sit in reception for a morning, see how the diary actually works in real life.
G: Maybe after go-live, Rajiv. Right now I haven't got a spare chair, never mind a spare morning.
S: Priti, pharmacy and stock.
P: So. Between the three systems I think we've got nearly four thousand product lines. Some of it's the same drug three times under three names. Some of it we haven't stocked since about 2015.
R: Honestly the best thing would be one clean product list before we migrate anything. Otherwise we just move the mess.
P: I know. I'll do the de-duplication, but I'm doing it between clinics. End of next week?
S: End of next week's perfect.
D: While we're on history, can I put something in? My suggestion is we take everything. Every clinical record back to 1998 when Tailwind went in. Storage is cheap, and you never know when you'll want a dog's notes from fifteen years ago.
R: It's doable, but it roughly triples the run time, and a lot of the old Tailwind notes won't map cleanly.
B: That's Helen's call, not mine, and it's not one for a Wednesday morning with a spaniel going off.
S: Okay, we'll come back to that. Bernie, Tillpoint?
B: So I spoke to Tillpoint on Monday. They say they'll ship the new integrated terminals for the four wave-one practices by the 23rd. Nine terminals in all. I'll believe it when I see the boxes.
S: I'll note the 23rd. Owen, before you go, Penhallow. How bad is the line, really?
O: About four megs down on a good day. Less when it rains, and it's Cornwall, so. I honestly don't know if it'll run a cloud system with four people on it. I'll get a quote for a proper line, fibre if they'll do it, before the next call. And on cue, the garden centre's messaging me. I'm going to have to go, sorry all.
B: Tell them to turn it off and on again.
~O: Ha. Bye.
S: Bye Owen. Rajiv, last thing, the texts.
R: So Pingwell are the SMS partner. The thing that takes time is registering the sender name, so reminders come from OrmsbyVets and not some random mobile number. I'll get the sender name registered with Pingwell by the thirtieth of this month. They usually take a fortnight to approve.
S: Lovely. Declan, you were trying to get a word in?
D: Just that VetMaster's going to be the long pole. If Maplestone take a month, Harrowgate Road isn't ready for the thirtieth of November.
B: Put it in red. Maplestone have never once in their lives done anything early.
S: It's on the log against Maplestone, in red. Okay, I think that's us. Thanks everyone, same time next week.
G: Bye all. Biscuit says bye.
"""

# ---------------------------------------------------------------- call 2, Wed 2026-10-14
CALLS[2] = """
S: Morning all. Can everyone hear me? I'm in a different room, the builders are in next door.
B: We can hear you, and we can hear the drill.
S: Sorry. Helen's sent apologies, she's in theatre. A GDV came in at eight this morning.
G: Oh, poor thing. Which practice?
B: Millbrook. It's the Great Dane from the farm, the one that ate the tea towel last year.
S: Oh no. Well, fingers crossed for him. Tom, welcome, you made it.
T: Morning all. Thanks for having me. Tom Yeats, Larkspur, I look after the practice integrations. Rajiv and I have already spoken a couple of times.
S: Grand. Let's whizz through last week first. Bernie, Helen's form for Maplestone?
B: Signed. Wednesday night, like she said. It was on my desk Thursday morning with a coffee ring on it, and I scanned it across to Maplestone myself. And Maplestone say they'll release the credentials by the 20th. I've got that in an email, for what it's worth.
S: And the note from Helen to the practice managers?
G: That came round Monday. Very firm, it was. Two of the Millbrook vets have already asked if they can be on holiday on the thirtieth.
B: They cannot.
S: Declan, VPN?
D: I'm in. Owen sorted me on Thursday. Works from home, and from the train, mostly.
O: Mostly is the train's fault, not mine.
S: Rajiv, the Larkspur pack?
T: We got it Monday. The spec and the mapping sheet. It's very clear, actually, clearer than most.
S: Gemma, the appointment types?
G: Ah. So. I'm halfway. The problem isn't the sheet, it's the vets. I've had a twenty-minute argument about whether a second vaccination is a ten-minute or a fifteen-minute slot. Nobody's landed anywhere, so I'm going to decide for them. Friday. You'll have it Friday.
S: Friday's fine. Owen, the Penhallow line?
O: Good news and bad news. I've got a price through our usual ISP, full fibre, and it's not too bad. The bad news is Openreach have got an eight-week lead time on the install because it needs a new pole, apparently.
B: Eight weeks from now is...
~O: Middle of December. After go-live.
S: Okay. So who's holding that up, the ISP or Openreach?
O: Openreach. The ISP's placed the order. It's just the wait for the pole and an engineer.
B: Oh, I'll just ring Openreach and tell them we're vets, shall I. They'll come running.
O: If the line doesn't come in time, I suppose I could stick a 4G router on the wall as a stopgap. Depends on the signal, which out there is also not great.
S: Let's park that for a week. I'm logging the Penhallow line as a blocker, against Openreach. Tom, the test side. Where are you?
T: Slightly embarrassing, this. Our test environment's being rebuilt, the whole thing, it's a platform upgrade on our side. Until it's back I can't send any test results to anybody, not just you.
R: And that means I can't test results landing in a patient record at all, which is the bit the vets actually care about.
T: I know. It'll be back up by Friday, and I'll send you a set of sample results for Castle Street's account straight away. Haematology, biochem and a urine.
S: So Friday for the environment and the samples. Great.
T: We've done this with a fair few groups. Normally we'd send a test panel every morning for the first week so you can watch them land.
S: That'll be nice once it's back. Rajiv, you had something for Owen and Tom together?
R: Yeah. Larkspur need the fixed IP addresses of the four practices so they can let our traffic through on their side. Owen, have you got those?
O: Somewhere. I'll send them over to you by Friday.
R: And the practice firewalls need to allow the Vetlyne and Larkspur addresses out the other way.
O: Give me till the end of the month for the firewalls. I'll have to drive out to Penhallow, it's not something I can do from here.
S: Friday the thirtieth, then. Thanks Owen. Priti, the product list?
P: Going okay. I'm on the antibiotics, which is the worst bit, everything's in three strengths and four pack sizes. I should still make Friday.
S: Great. Bernie, did you get anywhere with Helen on how far back we go with the history?
B: I did. She rang me from the car on Sunday. She's happy with six years. Six years of clinical history comes across, and anything older stays in the old systems, read-only, for as long as we need it.
D: For the record, I still think we should take the lot.
B: For the record, Declan, you've been outvoted by a clinical director on a Sunday.
R: Six years makes my life a lot easier, I'll be honest.
S: Okay. So six years across, older stays read-only in the old systems. That's a decision. Dec, Penhallow's on Cliniq. When can you get at that one?
D: Cliniq's fiddlier than Tailwind, they keep everything in one enormous table. I'd say the 23rd for a trial extract. Penhallow first, the other two Cliniq practices after.
S: And the health plans? The monthly plans are in Cliniq and Tailwind too, aren't they?
D: They are. I'll map the health plan memberships from both of them as well. Same date, the 23rd.
S: Lovely. Gemma, superusers.
G: Superusers?
S: Two per practice. The people who get trained first and then help everybody else. We need names for the four wave-one practices.
G: I can get those. I'll get you two names per practice by next Wednesday.
S: And while I've got you, the training rota for go-live week?
G: Go on, then, put me down for the training rota as well. End of the month? I want to see the superusers' shifts first.
S: The thirtieth's fine.
G: Could Vetlyne not just come and train everybody on site? Every practice?
S: Not at fourteen sites, Gemma, honestly. We do train the trainer. Your superusers get the full two days and then they carry it.
P: Can I raise stock? Are we migrating the stock levels? My thinking was Declan just brings across whatever each system says is on the shelf.
D: I can, but I wouldn't trust what Tailwind thinks is on the shelf. Nobody books out the wastage.
R: Let's come back to that one. It's worth a proper think.
S: Anything else? No? Okay. Thanks all. Somebody give that Great Dane a biscuit from me.
B: He's not allowed biscuits, Saoirse. That's how we got here.
"""

# ---------------------------------------------------------------- call 3, Wed 2026-10-21
CALLS[3] = """
S: Morning. Small one today, I think. Owen's messaged, he's at the garden centre, they've got a till upgrade going on. Helen I haven't heard from. Bernie?
B: Nor have I. She's on the rota today, so she'll be in theatre or in consults. I wouldn't wait.
S: Okay. Tom said he might be a few minutes late. Let's start with Gemma, the appointment types.
R: I can answer that one, actually. The Castle Street diary's built. Thirty-one appointment types, straight off Gemma's sheet. I had it Friday afternoon.
G: And I decided the second vaccination. Fifteen minutes. Nobody's spoken to me since.
S: Ha. Worth it. And the superuser names?
G: They're on the tracker. Two per practice, except Harrowgate Road, who gave me three, and I let them because I was tired.
S: Three's fine. More hands. Declan, Tailwind. That was Friday.
D: Yeah. It wasn't. Tailwind fought me. The appointments table's stored in a format I've never seen, it's like somebody invented their own calendar. I think I've cracked it. Monday. The 26th. I'm not promising before that.
S: Monday the 26th. And Cliniq, that's this Friday?
D: Still on for Friday. Cliniq's behaving, amazingly.
S: And the health plans?
D: Haven't touched them, if I'm honest. I'm not convinced we want them in Vetlyne at all. The money goes through the bureau, not the practice systems. I'd rather somebody told me we're doing it before I spend two days on it.
B: That's a fair question.
S: It is. Let's put it in front of Helen on the fourth, she's said she'll be on that one. Bernie, Maplestone?
B: Nothing. They said the 20th. Yesterday was the 20th. I've chased twice, and the second time I got an out-of-office.
D: So I still can't see a single VetMaster record. Harrowgate Road is completely dark to me.
S: Okay. That's still sitting there as a blocker, then. Priti, the product list?
P: Ah. I've not had a minute. We've been two nurses down at Millbrook all week and I've been covering. I'm about two thirds of the way. Call it the end of next week.
S: Friday the thirtieth. That's fine.
P: And I had that think about the stock, Rajiv. I don't want the stock levels brought across. They're wrong. I'd rather count it. All four practices, the Saturday before go-live.
R: Honestly, that's what I'd recommend. A clean count, we load it on the Sunday, and you go live with numbers you believe.
B: Who's counting?
P: Nurses. With pizza. I did the last stocktake at Millbrook on my own and it took me till ten at night, so never again on my own.
S: So we're not migrating stock levels at all. Physical count at the four practices on Saturday the 28th, and Rajiv loads it on the Sunday.
B: Fine by me. Pizza's on the group.
R: I'll hold you to the pizza. And speaking of loading, I'll have Castle Street loaded into the test system by Friday week, so people can have a proper poke around. Assuming Declan's file turns up Monday.
D: It'll turn up.
T: Sorry, sorry. Morning all. I was on another call that overran, as they do.
S: Morning Tom. Good timing, we were about to come to you. Is your test environment back?
T: It is. Back up Thursday night, and the samples went to Rajiv first thing Friday.
R: And they landed. A haematology, a biochem and a urine, all on the right patient at Castle Street, reference ranges and all. It's the first thing that's felt real.
S: Lovely. So that one's not holding us up any more. Tom, anything you need from us?
T: The IP addresses from Owen, so I can open up the live side. Have they come?
R: Not to me. Nothing from Owen yet.
S: Owen's not on today. It'll be in the notes so he sees it.
T: No panic this week, but I'll need them before I can touch the live accounts.
S: Bernie, Tillpoint. Still the 23rd?
B: No. I rang them yesterday and now it's the sixth of November. Something about a firmware update on the terminals before they'll ship.
G: That's cutting it fine. I wanted them in for training.
B: I know. I said that. I said it quite loudly.
S: Okay, the sixth. Rajiv, you said there was a problem with the texts?
R: Yeah. The Cliniq practices, so Penhallow and the other two, never recorded whether clients agreed to texts. There's no consent flag at all. Tailwind and VetMaster both have one. So I can't switch SMS reminders on for Penhallow's clients without someone deciding what we do. Either we re-consent everybody, which is a letter to about nine thousand clients, or we send a one-off text with an opt-out.
B: That's a Helen decision. That's data protection, that's not mine to make.
S: Agreed. So we're stuck on that until Helen decides. I'll put both options on one page and email them to Helen by Friday, so she's had a chance to read it before the fourth.
B: One page. She won't read two.
S: One page. Rajiv, the other thing, the controlled drugs.
R: Yeah, so this one's on us, and I'd rather say it now. The controlled drugs register in Vetlyne isn't switched on for UK customers yet. It's being rebuilt for the UK rules. The Vetlyne product team have said it'll be in release 4.12 on the 13th of November. Until then, Priti, there's nowhere to migrate the CD registers to.
P: So what, we go live without it?
R: No, the 13th is well before the thirtieth. It should be fine. I just didn't want you hearing it from somebody else.
S: I'm putting it on the log as a blocker against us, Vetlyne product. I'd rather be honest about it.
P: I appreciate that. Genuinely.
G: Can I just say, while we're being honest, that I've got a lot on with Millbrook and the rota's going to be tight.
S: Noted, Gemma. Shout if it gets too much.
G: I'm shouting quietly.
S: Okay. Anything else? Tom, thanks for coming even late. Everyone, it's the fourth next, not next week, I'm off at my sister's wedding.
D: Congratulations to your sister.
S: I'll pass it on. Bye all.
"""

# ---------------------------------------------------------------- call 4, Wed 2026-11-04 (no call on 10-28)
CALLS[4] = """
S: Morning everyone. Did we all survive the fortnight? Helen, lovely to have you.
H: I've blocked out the whole hour. Don't get used to it.
S: I won't. And before anyone asks, the wedding was lovely, thank you, and my uncle fell in the fountain.
B: Every wedding needs one.
O: Every wedding in my family has one. Usually me.
S: Gemma's not with us today. Bernie, do you know?
B: I do. Gemma's covering Millbrook, their practice manager's off for a fortnight with her back, so Gemma's doing two jobs. She's asked me to take the training rota off her, so that's mine now. It's late, I know. I'll get it out to everyone by Friday.
S: Thanks Bernie, and pass on our love to Gemma. Right, Helen's here, so let's do the decisions first while we've got her. Helen, did my email about the texts reach you?
H: It did, and I read it, which you should take as a compliment. One page. I appreciated that.
S: And?
H: We are not writing to nine thousand people. We send the one-off text with an opt-out, and anyone who replies STOP never gets another one. I ran it past our data protection lead last week and she's comfortable.
S: So the Cliniq clients get a single opt-out text, and then reminders as normal after that.
H: Yes. Write it down.
R: Somebody's got to write the text itself. It wants to be under a hundred and sixty characters. Bernie, could you do me the wording by Monday? Pingwell want a few days' notice for a bulk send.
B: Monday's fine. I'll do the wording, and Helen can look at it before it goes.
S: Next, Declan's question on the health plans. Declan?
D: Short version. The plan money goes through Kinship, the direct debit bureau, not through the practice systems. The practice systems just have a flag saying the pet's on a plan. I can bring the flags across, but...
H: Leave them where they are. The plans stay with Kinship, the practices check the Kinship portal like they do now, and we look at it again in the new year. I don't want it in wave one.
D: You're sure? I could write a little script to pull the plan flags across if you ever change your mind.
H: I won't, but thank you.
S: So health plans stay with Kinship for now, and Declan, you can stop the mapping on those.
D: Gladly. One less thing.
S: Declan, while you've got the floor. Maplestone?
D: Came through! Last Tuesday. The credentials arrived in an email with the password in the same email, which is its own conversation, but I'm in. All five VetMaster databases.
O: I nearly had a stroke. I've changed it.
S: Thank you, Owen. So that's finally moving. When can Rajiv have Harrowgate Road?
D: The VetMaster structure's actually quite sane once you're in. I'll have the first VetMaster extract to Rajiv by the 13th. Harrowgate Road first, the other four after that.
S: The 13th. And the other two, Tailwind and Cliniq?
R: Both in. Declan's Tailwind file came over on the Monday of half-term, and the Cliniq one had arrived the Friday before. So Castle Street, Millbrook and Penhallow are all sitting in the test system now.
B: I had a poke around Castle Street on Monday, actually. I looked up Mrs Pargeter's three cats, all present and correct, boosters and all. Bit eerie.
H: Mrs Pargeter has five cats. She only admits to three.
R: Which brings me to my problem. The vaccination reminders are landing a year out. A booster due next month is showing as due next November. That's my mapping, not Declan's data. I'll have it fixed by Friday.
S: Okay. Priti, the product list?
P: Finished. Last Thursday. We went from three thousand eight hundred lines to just over eleven hundred, and there isn't a single drug in there twice.
R: It's loaded. It's beautiful. I've never seen a product list that clean, I'm going to frame it.
H: Well done, Priti. Really.
S: Rajiv, the SMS sender name?
B: I can answer that. I got a text on Monday from OrmsbyVets saying hello, so I'm assuming that's Rajiv's doing and not a scam.
R: It's me. Pingwell approved it on the twenty-ninth.
S: Owen. The IP addresses for Larkspur?
O: Sent them the Thursday after the last call. To Rajiv. Did they not arrive?
R: They arrived. I found them in my junk folder on Monday. Sorry, Owen. Tom's got them now.
T: Got them, yes, thanks. With those I can set up the live side. I'll have the four practices' live accounts mapped by the 10th, and then it's just flicking the switch on the night.
S: The 10th. Owen, the firewalls at the practices?
O: Castle Street and Millbrook are done. Then the garden centres had a till meltdown and it ate my whole week. Harrowgate and Penhallow by Monday.
S: Monday. And the Penhallow line, any news from Openreach?
O: They've given us a date, at least. The 11th of December. So after go-live, like we thought.
H: So what do we do? I don't want to pull Penhallow. The whole point of Penhallow was to prove it works there.
O: I said a while back I could put a 4G router in. I've done a signal survey since, and it's two bars, which out there is practically luxury. I'll have a 4G router up at Penhallow by the end of next week.
H: Do it.
S: Bernie, Tillpoint, still the sixth?
B: Still the sixth, they say. I'll believe it when...
~H: When you see the boxes. We know, Bernie.
S: And Rajiv, the CD register. Any change from product?
R: Not that I've heard. Still the 13th.
S: Okay. Helen, last one for you. I've sent the go/no-go checklist. We need your sign-off, and with Penhallow going on the router, that's the bit I'd like you to look at properly.
H: Give me till next week. Before next Wednesday's call, I'll have it signed.
S: Perfect. And on our side, I'll confirm who we're sending on site for go-live and where, by the next call. Declan, one more. The money people owe. The client balances.
D: Yeah. I'll reconcile the outstanding client balances across all three systems, so every practice starts on Vetlyne with the right money owed. Friday week. The 13th.
S: Thanks Dec. Anything else from anyone?
H: Only to say, as the person who mostly isn't here, thank you. This is going better than the last system change we did, and that one nearly finished me.
S: That's kind, Helen. Thanks all. Next Wednesday.
"""

# ---------------------------------------------------------------- call 5, Wed 2026-11-11
CALLS[5] = """
S: Morning all. Bit of a thin crowd today. Tom's not on, and I've not heard from him. Bernie, Helen?
B: In theatre. She's asked me to say two things. One, she hasn't signed the go-live sheet, she's been in theatre all week, and she says Friday, hand on heart. Two, she'd happily do a shift on reception on go-live day if we're desperate. Which we won't be.
S: Friday the 13th. Lovely omen. Okay, the training rota. Bernie?
B: It went out Friday. Two slots per practice the week before go-live, superusers on the Thursday. And Gemma's vets have already swapped three times.
R: I've got it, and it's good. I've built the training logins off it.
S: Tillpoint?
B: The terminals came Friday. Nine boxes. I saw them with my own eyes.
G: Sorry, sorry, I'm here. I'm at Millbrook and the Wi-Fi lives in a cupboard. Did I miss the terminals?
S: Just. Bernie's seen boxes.
G: Well, I put a pound through ours at Castle Street on Monday. Off my own card. It went in, it came out on the receipt, and it's on the end-of-day. So they work.
B: Do you want your pound back?
G: I want my pound back.
S: The opt-out text?
R: Bernie's wording's loaded. A hundred and forty-one characters. Helen approved it on Monday, from theatre, apparently.
B: She approved it with one word. The word was fine.
S: Good enough. Rajiv, the reminder dates?
P: I can answer that. I checked twenty of ours at Millbrook yesterday, boosters, worming, flea, the lot. They're all showing the right month now.
R: Thanks Priti, that's saved me a job.
S: Dec, VetMaster?
D: Went over Monday night. Rajiv's got it.
R: Harrowgate Road's in the test system. It's clean, mostly. There's a few hundred clients with no postcode, but that's VetMaster's fault, not Declan's.
S: And the balances, Dec?
D: Call it the 18th. Cliniq stores credit notes as negative payments, and if I don't untangle them Penhallow starts with half its clients owing minus forty quid.
B: Can't we just let them have the forty quid?
D: You can tell Helen that.
S: The 18th, then. Rajiv, Tom's not on. The live lab accounts?
R: Nothing from Larkspur yet. They were due yesterday. I've chased Tom twice and heard nothing back, I think he might be on leave.
S: Okay. Owen, the firewalls?
O: Harrowgate's done. Penhallow I haven't been out to yet. It's an hour and a half each way, and the garden centres have got their Christmas stock coming in. I'll try and get out there.
S: Any idea when?
O: Honestly, no. Not this week.
S: Okay. And the router?
O: It's in the post. If the courier turns up it'll be on the wall by Friday.
P: You'll need to go out to Penhallow to put it on the wall, Owen.
O: Ah.
S: Rajiv, the CD register. Is the release still the 13th?
R: That's the bad news. It's been pulled from 4.12. Product found a problem with how it reconciles stock, so it's now in 4.13, which is the 4th of December.
P: So after go-live.
R: After go-live. I'm sorry, that one's on us.
P: Then we keep the paper register at the four practices until it comes. We've done paper for thirty years, we can manage another month.
B: Agreed. Paper till it's in. Helen will be fine with that, she's never trusted the electronic ones anyway.
S: Okay. So wave one runs the paper CD register until the Vetlyne one lands. My one, then. Our side of go-live. It's Rajiv and Hollie on site, Rajiv at Castle Street, Hollie at Harrowgate Road, and I'll float between Millbrook and Penhallow.
B: Who's Hollie?
S: Hollie's our other consultant, she did the Wessex group last year. You'll like her, she's unflappable. And we always run a hypercare call every morning for the first fortnight, that's just how we do it.
O: Can I float something? Should we just move Penhallow to January? Between the line, the router, and me not having done their firewall...
B: Helen's already said she wants Penhallow in if the router works. She'll tell us on Friday, with the sign-off.
S: Let's leave it with Helen, then. It's her call.
G: Can I say, from Millbrook, that everyone's actually quite excited. Which I did not expect.
S: That's lovely to hear. Right, anything else? No? Thanks all. Next week.
"""


def stamp(t):
    h, rem = divmod(int(t), 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        cut_in = code.startswith("~")
        out.append((NAMES[code.lstrip("~")], text.strip(), cut_in))
    return out


def render(n):
    rnd = random.Random(4400 + n)
    t = 2.0 + rnd.random() * 3
    prev_len = 0.0
    blocks = []
    for i, (name, text, cut_in) in enumerate(turns(n)):
        if i:
            if cut_in:
                t += max(2.0, prev_len * 0.7)
            else:
                t += max(2.0, prev_len + rnd.uniform(0.4, 2.5))
        blocks.append(f"{name}  {stamp(t)}\n{text}\n")
        prev_len = min(40.0, len(text.split()) / 2.5)
    return "\n".join(blocks)


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.txt").write_text(render(n))
        print(f"call-{n}.txt: {len(turns(n))} turns, {len(set(x[0] for x in turns(n)))} speakers")
