#!/usr/bin/env python3
"""Generate the five Greyhaven Homes repairs-migration calls as Otter.ai-style plain-text exports (calls/call-N.txt).

Each turn in the script is "CODE: text"; the export writes the speaker's full name and the elapsed time on its own
line ("Helena Stroud  0:03", "Helena Stroud  1:02:15" past the hour), the text on the next line, then a blank line.
Timestamps are synthetic but deterministic (a speaking rate of about 2.5 words a second plus a pause; every turn
lasts 2-40 s).
Run: python3 make_calls.py   (writes calls/call-1.txt .. call-5.txt next to this file)
"""
import random
from pathlib import Path

NAMES = {
    "H": "Helena Stroud",      # vendor (Tessera) project manager, host
    "I": "Idris Bellamy",      # vendor data migration consultant
    "G": "Gemma Rowntree",     # vendor trainer
    "S": "Sunil Varma",        # vendor solution architect (scheduler, contractor portal, SSO, SMS)
    "C": "Clive Redfern",      # customer director of property services, sponsor (calls 1 and 4, briefly)
    "M": "Maxine Tully",       # customer head of repairs (call centre, DLO, contractors)
    "A": "Alasdair Lyle",      # customer data lead, a contractor, called "Ally"; leaves 2026-11-10 (calls 1-3)
    "D": "Delyth Harries",     # customer tenant involvement officer
    "F": "Farah Latif",        # customer IT security lead (SSO approval)
    "K": "Keith Dolan",        # Brookmere Software, the legacy system's supplier (call 3 only)
}

CALLS = {}

# Thursday 2026-10-22
CALLS[1] = """
H: Okay, I think, um, I think we're about there. Can everyone hear me? I'll give it thirty more seconds.
M: Yep, we can hear you. Sorry, I'm in the DLO yard, there might be a van reversing.
H: That's very on brand for a repairs project. Right. Morning everyone, welcome to the first weekly for the repairs move. I'm Helena Stroud, project manager at Tessera. These are every Thursday, ten o'clock, forty-five minutes, and I'll do my best to give you some of that back. Quick round of names? Sunil, go first.
S: Morning. Sunil Varma, solution architect. So the scheduling engine, the contractor portal, the single sign-on, all the plumbing, basically. Not the actual plumbing.
I: Idris Bellamy, data migration. So getting ten years out of Brookmere and into us, and making sure it's still true when it lands.
G: Gemma Rowntree, I do the training. Call handlers, the DLO, supervisors, whoever needs it.
C: Clive Redfern, director of property services. I'm, um, I'm the sponsor, I suppose. I should say now, we've got the regulator in on the tenth and eleventh of November, so I'm going to be, let's say, patchy for the next few weeks.
H: Understood. Thanks for coming today, Clive.
M: Maxine Tully, head of repairs. So the call centre, the DLO, and the contractors, they all end up with me one way or another.
A: Alasdair Lyle, data lead. Ally. I'm a contractor, I've been here about eighteen months, mostly untangling Brookmere.
D: Delyth Harries, tenant involvement. I'm mostly here to make sure somebody remembers there are nine thousand households on the other end of this.
F: Farah Latif, IT security. I'm here for the single sign-on. And to say no to things.
C: She's very good at it.
F: Thank you.
H: Great. So first thing, and I'd like to get this one settled while Clive's here. How much history are we migrating? Idris?
I: So our usual advice is five years of repairs history. It keeps the load small, and honestly anything older than that, people hardly ever look at.
M: Yeah, no, sorry. We need the ten. We've got disrepair claims going back seven, eight years, and the damp and mould cases. If a solicitor asks what we did at a property in 2018, I need to answer from the system, not from a box in the basement.
I: That's fair. It's more mapping, more cleansing, that's the only cost really.
C: Ten years. I'm not going in front of an ombudsman saying we threw the history away to save a few weeks.
H: Okay. So decided, we migrate the full ten years of repairs history. That's in the log.
A: I did the last migration here, off the old Keystone system, back in 2019. We kept three years that time and we've regretted it every week since.
C: Right. The other thing, and I know, Ally's been on at me. The Brookmere extraction fee.
A: Eleven thousand four hundred. They won't run the full extract without a purchase order.
C: I know. I'll sign it off this week, leave it with me.
I: And do we know when Brookmere can actually give us the extract?
A: Brookmere have said the full extract by the sixth. The sixth of November. Their words, not mine.
I: Okay. Until that extract lands I'm mapping from a dictionary, basically. I can't do a trial load, I can't count anything, I can't test anything.
A: I'll dig out the data dictionary for you. You'll have it Monday.
I: Monday's great.
C: I'm going to have to drop, I've got inspection prep at half past. Maxine's got my proxy on the day to day. Helena, anything you need from me, email's best. Just, you know, expect me to be slow.
I: Is there any chance the inspection moves?
C: Oh, yes, I'll just ask the regulator to come back in the new year, shall I.
I: Fair enough.
C: Thanks all.
H: Thanks Clive. Okay. Farah, the single sign-on.
F: So, everything staff-facing goes through our Entra tenant, no exceptions. I'll send over our SSO standard and the security questionnaire. End of next week.
S: Perfect. And if it's easier I could jump on a call with your identity people and fill the thing in live.
F: Let's see how long it is first.
S: They're usually long.
H: Delyth, the tenant side.
D: So my worry is, um, tenants have been ringing the same number for fifteen years. If the way you report a repair changes, or the appointment texts look different, we need to tell them properly. And I'd like the tenants' scrutiny panel to see the repair request screens before they're set in stone.
H: That's a really good idea. When does the panel meet?
D: Tuesday the third, seven o'clock, at the Fernlea community centre. I'd need to get you on the agenda. Leave it with me, I'll confirm by Monday.
G: And I'm happy to be the one who shows them. Yeah, go on, put me down for the third. I'll do twenty minutes on the repair request screens and the text reminders.
D: They'll have questions. Lots.
G: That's the fun bit.
H: Gemma, while you're on, the training.
G: Yeah, so I'll send a draft training plan over by Wednesday. Call handlers first, then the DLO, then the two contractors on the portal.
M: Are you going to want to train all sixty-odd operatives, or just the supervisors?
G: Everyone who'll hold a handset. But in small groups, I'm not doing a cinema screening.
S: That reminds me, Maxine. For the scheduler I need the DLO operative list. Names, trades, which patch they cover, whether they're gas safe, that kind of thing.
M: Are you going to want van stock as well, or is that later?
S: Later. Just people and trades for now.
M: Yeah. I can get you that. Friday week. I need to get it out of three different spreadsheets and one of them is Wayne's.
S: Friday week's fine.
H: Okay, recap, because I can hear Maxine's van. Decided, ten years of history. Clive, the Brookmere PO this week. Brookmere, the full extract by the sixth. Ally, the dictionary to Idris Monday. Farah, SSO standard and questionnaire end of next week. Delyth, the panel slot confirmed by Monday, Gemma demoing on the third. Gemma, training plan Wednesday. Maxine, operative list to Sunil, Friday the thirtieth.
M: It's a bin lorry, actually.
H: Even better. Thanks everyone, same time next week.
D: Thanks all. Bye.
"""

# Thursday 2026-10-29
CALLS[2] = """
H: Morning all. Give it a sec, I can see Farah's still connecting.
F: I'm here, I'm here. My laptop decided today was the day for updates.
H: Classic. Okay, Clive's sent his apologies, he's in mock inspection interviews all morning. Maxine, you're holding the fort?
M: Holding something. Yeah.
H: Let's go round last week's. Idris, did the dictionary turn up?
I: Yeah, Ally's dictionary came through Monday, thanks Ally. Four hundred and twelve tables. Some of them called things like TMP underscore TMP underscore two.
A: Those are load-bearing. Don't touch them.
I: Noted.
H: Delyth, are we on the panel agenda?
D: You are. Tuesday, seven o'clock, second item after the gritting. I emailed Gemma the details on Monday.
G: Got it. I'm bringing biscuits, that's the whole strategy.
H: And Gemma, the training plan?
G: In Maxine's inbox since Tuesday.
M: I've got it. I've not opened it. But I've got it.
G: That's half the battle.
H: Farah, the SSO bits?
F: The standard and the questionnaire went over Monday. To Sunil.
S: Yep, got them. It's eighty-one questions, so, um, yeah. You'll have it back by Wednesday.
F: And just so everyone's clear, once it's back it has to go to our security board. I'll take it to the security board on the tenth, that's the next sitting.
S: And until the board's approved it, I can't switch SSO on in your live tenant, so the staff accounts, the call handlers, everybody, they're on hold. I'm building everything else around the gap.
H: Okay, that's one for the RAID log. Farah, while we've got you, the contractors. Aldous and Tarnside, do they come through your directory as well?
F: No. Absolutely not. I'm not having contractors in our Entra. They get local accounts on the portal, with MFA, and we can kill them the day a contract ends.
S: That's how most of our clients do it. It's cleaner.
M: Fine by me. Honestly I don't care how they log on as long as they close their jobs.
H: Okay, decided then. Staff sign in through Greyhaven's SSO, and the two contractors get local portal accounts with MFA.
S: Once I've got their user lists I can set both of them up on the portal in an afternoon.
H: I emailed both of them on Tuesday asking for exactly that. Aldous replied with a thumbs-up emoji, so, progress.
H: Maxine, the operative list?
M: Yeah. So. That's on me, I haven't touched it. The inspection's got everyone doing evidence packs. Next Friday, honestly.
S: Next Friday, the sixth. Okay.
G: Can I add one while we're on Maxine? Sorry, Maxine.
M: Everyone else is.
G: I can't book any of the operative sessions until I know which days the DLO can release people. So that's stuck until I've got the rota.
M: Wayne does the rota. Leave that with me. Tuesday.
G: Tuesday's perfect.
H: Ally, Brookmere. Any news?
A: Nothing new. Still the sixth. I chased them Tuesday. They did ask, quite pointedly, where the PO was.
I: And where is the PO?
M: It's sitting on Clive's desk. Under the inspection.
A: The other thing I'm doing, I'm part way through matching the Brookmere property references to UPRNs. About a third of them don't line up. I'll have that done by the twelfth.
I: That's a big help, that's the thing that bites every housing migration.
I: And from my side, the mapping workbook. I'll have a first draft on the SharePoint before next week's call, for Ally to pull apart.
A: Looking forward to it.
D: Can I bring up the letter?
H: Go on.
D: So, I'd want a letter to every household before go-live. What's changing, the new appointment texts, how to report a repair. I'll have a draft letter by the sixth.
M: Nine thousand letters. Who's paying for the stamps?
D: We always do a letter.
M: I know we do.
D: The tenants' forum want to do their own survey about it as well, apparently. Pat mentioned it.
H: Good to know. Okay, recap. Sunil, questionnaire back Wednesday. Farah, the security board on the tenth. Maxine, the operative list Friday the sixth, and the rota to Gemma Tuesday. Ally, UPRNs by the twelfth. Idris, mapping draft before next Thursday. Delyth, draft letter the sixth. Anything I've missed?
A: Whether I'll still have a desk.
H: Ha. Is that a real question?
A: Bit of one. My contract's up in November. Nobody's said anything yet.
M: That's one for Clive. And Clive's not here.
H: Okay. Thanks all.
"""

# Thursday 2026-11-05
CALLS[3] = """
H: Morning. We've got a guest today, Keith from Brookmere is joining for the first bit. Keith, thanks for coming.
K: Morning all. Happy to. Well, happy-ish.
H: Ha. Let's do you first so you can escape. Where are we on the extract?
K: So, the good news, the PO came through on Monday, thank you, so that's all in train now. The less good news is we couldn't start the run until the PO was in, so the sixth isn't going to happen. Realistically the thirteenth. The Friday.
I: The thirteenth. Okay. That's a week off my trial load.
K: I know. Sorry. It's a big database and we can only run the full extract overnight.
A: It's always overnight.
I: Keith, can I get anything before then? Even just the file layout and the record counts, so I can size the load.
K: Yeah, that I can do. The file layout and the record counts, by Monday.
I: That'd be brilliant.
K: And if you needed the asset components split out by element, we could probably do that, but it'd be chargeable.
M: Of course it would.
K: I'll drop off, then. Thanks, everyone.
H: Thanks Keith. Okay. Idris, the mapping?
A: Can I answer that one? Idris's mapping workbook came through yesterday. It's good. Annoyingly good.
A: Which brings me to the thing. My contract finishes on Tuesday. The tenth's my last day.
D: Oh no. Ally.
M: Clive hasn't extended it. I asked. Twice.
A: So I'll go through Idris's mapping and get it signed off before I go. That's the main thing.
H: Thank you, Ally, that's really important. And who picks up your bits after the tenth?
M: Oh, I'll just do it in the evenings, shall I. Between the disrepair claims.
H: Okay, let's park that for Clive. Ally, the UPRNs?
A: About two thirds. I'll try and get them finished before I go, but I'm not promising.
H: Okay. Sunil, the security questionnaire?
F: I can answer that. Sunil's answers came back Tuesday. Very thorough. Slightly too thorough.
S: I like to be thorough.
F: It's on the board's agenda for Tuesday.
H: Great. Sunil, the contractors?
S: So Aldous sent their user list yesterday, six users. Tarnside haven't sent anything.
H: I chased Tarnside again on Monday.
S: So Aldous will be on the portal in test by Friday, and then they can start raising test jobs.
S: Tarnside though, until I've got their users I can't set them up, and I can't test the gas servicing job feed either. So that's stuck on them.
M: Tarnside are like that. They'll turn up the day before go-live and ask what a portal is.
H: Maxine, the operative list?
S: Oh, sorry, I should have said. Maxine's list came through Tuesday. Sixty-two operatives, eleven trades.
M: See, I do deliver.
G: And Wayne sent me the rota on Tuesday too, so I've pencilled in the operative sessions from the sixteenth. That's unstuck.
H: Great. Delyth, the tenant panel?
D: Gemma was brilliant. They grilled her for forty minutes. Mrs Okonjo wants the text reminders in Polish and Somali, which, fair.
G: I'll take that as a compliment. Forty minutes of questions is a good sign.
S: The translation's just a template, it's not hard.
H: Delyth, the letter?
D: I've started it, but comms are rammed with the inspection. It'll be next week now. Friday.
H: Okay. The thirteenth.
H: Next thing, and Sunil wanted to raise this. Appointment slots.
S: So the scheduler can offer tenants two-hour windows. I'd suggest we do that from day one. It's the thing tenants like most.
M: The DLO can't hit two-hour windows. Not in winter, not on the Fernlea estate. We'd fail half of them in the first week.
D: And if you tell a tenant eight till ten and turn up at one, that's worse than telling them morning.
S: Fair.
M: Morning or afternoon. Eight till twelve, twelve till four. That's what we can keep.
D: I'd rather we promised less and kept it.
H: So decided, AM and PM slots at go-live, eight to twelve and twelve to four. We revisit two-hour windows in the spring.
G: Right, the call-handler training. I'll run it on the seventeenth and eighteenth at Ridgeway House. Two half days.
M: The contact centre will scream. But fine.
S: Maxine, one more for you. For the job pricing I need your schedule of rates. The one you actually use.
M: The SOR. With our tweaks. God. Tuesday. I'll send it Tuesday.
H: Recap. Brookmere, extract the thirteenth, and Keith the file layout and counts Monday. Ally, mapping sign-off before the tenth. Sunil, Aldous on the portal Friday. Gemma, call-handler training the seventeenth and eighteenth. Maxine, the SOR Tuesday. Delyth, letter the thirteenth. Tarnside, we keep chasing.
I: And Ally's leaving do.
A: There isn't one.
M: There is now.
"""

# Thursday 2026-11-12
CALLS[4] = """
H: Morning everyone. Um, a bit of a different call today. Ally finished on Tuesday, so we're without our data lead, and I want to spend some time on that. Clive says he'll try and join at quarter past, the inspectors left yesterday.
M: They left. We survived. Allegedly.
H: How did it go?
M: We'll find out in six weeks. The damp and mould stuff got a lot of questions, which, you know, is exactly why we wanted the ten years.
H: Okay. Let's start with Brookmere. Idris?
I: So, Keith's file layout and the counts came Monday, and then the extract itself landed Tuesday night. Early. I nearly fell off my chair.
M: Brookmere, early?
I: I know. The repairs history's all there, ten years, about two hundred and eighty thousand jobs. But, the stock condition survey tables aren't in it. The components, the ages, the renewal years, none of it.
M: That's the asset data. That's half the point.
I: So until Brookmere send the stock condition tables I can't load the asset register, and without the asset register there's no component history on any job. I've emailed Keith. Nothing yet.
H: Right. I'll ring their account manager this afternoon. That's a promise, not a threat. Well, both.
I: Meanwhile I can crack on with the history. I'll do the first trial load into the test tenant by Wednesday.
H: Lovely. Now, Ally's stuff. Two things he had open, the mapping sign-off and the UPRN matching.
M: He didn't get to the sign-off. He did most of the checking, he left me three pages of notes. Honestly it reads like a will.
I: He did a lot of the UPRN work too, I've got his spreadsheet. I'll finish the UPRNs from Ally's notes. Wednesday.
H: Thank you. And the sign-off, that has to be someone at Greyhaven, it can't be us marking our own homework.
M: I know. I know. Fine. I'll sign it. Give me till Tuesday.
H: Thanks Maxine. Tuesday the seventeenth.
F: Can I jump in, I've got a hard stop. Security board was Tuesday. You're approved. SSO, the contractor MFA setup, all of it, with two conditions that I'll put in writing.
S: Brilliant. Then SSO switched on in the test tenant. Tuesday.
F: And one of the conditions, I want to see a pen test report for the contractor portal before go-live. A recent one.
H: We had a CREST one done in September. You'll have it tomorrow.
F: Great. Thanks all. Sorry, I really do have to go.
H: Sunil, Aldous?
S: Aldous are on. They've already raised a test job and closed it, which is more than some of our own staff have managed.
H: And Tarnside?
S: Nothing. Still nothing.
H: I spoke to their office manager on Tuesday. They've promised the user list by Monday. Promised.
M: Tarnside have promised a lot of things.
G: Can I do mine? So the call-handler training. The contact centre can't release anyone next week, they're still clearing the backlog from the inspection. So it's moved to the twenty-fourth and twenty-fifth.
M: That's my fault, sort of. But it's the right call.
H: Okay. Delyth, the letter.
D: So, I've got a draft. But I'll be honest, comms came back and said nine thousand letters is about four thousand pounds with postage, and it won't go out before the first of December anyway.
M: I said.
D: You did say.
H: What are the alternatives?
D: Text every tenant we've got a mobile for, that's about seventy percent. The winter newsletter goes to everyone, it drops on the second of December. And the website.
S: The text we can send from the system, actually, it's the same engine as the appointment reminders.
C: Sorry, sorry, I'm here. What have I missed?
H: Perfect timing, Clive. We're deciding tenant comms. Delyth's proposing texts, plus the winter newsletter, plus the website, instead of a letter to every household.
C: Does that reach the people who don't have mobiles?
D: The newsletter goes to everyone. And the housing officers will mention it on visits.
C: Then do that. Save the four grand.
H: Okay, decided, text plus newsletter plus website, no letter. Delyth, so the letter's dropped?
D: The letter's dropped. I'll write the newsletter piece instead. The copy deadline's Monday.
S: And we'll get the SMS templates set up in the system, the go-live one and the appointment confirmation. By next Wednesday.
C: We should probably think about a proper tenant portal at some point. A phase two.
H: Let's put that in the parking lot.
D: Clive, while you're here. Pat, the chair of the tenants' forum, has asked for something from you directly. She feels the forum's heard about this last.
C: That's fair. I'll write to Pat myself. This week.
H: Clive, and Ally's role?
C: Yeah. We're not backfilling it before go-live, I'm afraid. Maxine, sorry.
M: Already sorted. I'm signing the mapping.
C: You're a saint. I have to go, the board wants the inspection debrief. Thanks all.
H: Thanks Clive. Recap. Me, Brookmere's account manager today, and the pen test report to Farah tomorrow. Idris, trial load and the UPRNs Wednesday. Maxine, the mapping sign-off Tuesday. Sunil, SSO in test Tuesday, SMS templates Wednesday. Gemma, call handlers the twenty-fourth and twenty-fifth. Delyth, the newsletter Monday. Tarnside, user list Monday. Clive, Pat this week.
G: Also Maxine, if it helps, I could put on a refresher for the supervisors the week before go-live.
M: Let's see how the first sessions go.
H: Thanks everyone.
"""

# Thursday 2026-11-19
CALLS[5] = """
H: Morning all. Clive's not going to make it, he's emailed. Maxine, I think he sent you something as well?
M: He did. Short version, he's happy with whatever Helena and I agree on the go-live. His words, "I trust you both".
H: Great. We'll need that in a minute. Let's go round. Idris?
I: Yeah, so, the trial load ran Tuesday night and the UPRNs are all matched, bar about forty garages that don't have UPRNs anyway.
H: How did the load go?
I: Ninety-four percent of the history went in clean. The six percent is mostly jobs pointing at components that don't exist yet, because, stock condition.
H: Right. On that, I rang Brookmere's account manager last Thursday, straight after this call. The answer on the stock condition tables was "as soon as possible".
M: Which means never.
H: Which means we need a plan B.
I: So the bit I can control, I'll rerun the failed six percent once I've fixed the job-to-property links. Wednesday.
H: Thanks Idris. Sunil?
S: SSO's on in test. Farah and I both logged in on Tuesday.
F: It works. I was almost disappointed.
S: The SMS templates, I haven't finished, sorry, the Aldous job feed ate my week. Monday.
F: And Helena, I got your pen test report. I've read it. Twice. Two mediums, no highs. I'm content.
H: Good. Sunil, Tarnside?
S: Monday came and went. The gas servicing feed still hasn't had a single test job through it, because there's nobody at Tarnside to send one.
M: Honestly, if Tarnside aren't on by go-live they can carry on with email job sheets for a bit.
H: Let's give them till next week before we decide that.
S: And Maxine, sorry to be that person. The schedule of rates.
M: Oh God. The SOR. I'm so sorry.
S: I'm pricing everything at zero at the moment, which Aldous love.
M: Don't tell them.
H: Maxine, the mapping sign-off?
M: I've done about half. It's the repair priority codes, there's a hundred and forty of them and half of them are Wayne's inventions. Monday. Realistically Monday.
I: The priority codes are the worst bit of that workbook, to be fair.
H: Delyth?
D: The newsletter piece went in on Monday, for what it's worth. It says the seventh.
D: And has Clive written to Pat? Because Pat rang me on Tuesday asking if she'd been forgotten.
M: Not that I know of. I'll mention it to him.
D: I might do a drop-in at the Fernlea community centre the week after go-live, if people want it.
H: Gemma?
G: The call-handler training's still the twenty-fourth and twenty-fifth, the room's booked. And the first two operative sessions were Monday and Tuesday. Wayne sat in. He asked the most questions.
M: He always does.
H: Okay. The go-live. We've got eighteen days. Live jobs, the DLO scheduler, Aldous on the portal, SSO, they're all on track. The full history depends on loads we haven't finished, and the asset data depends on Brookmere.
M: I'm not moving the go-live. The contact centre's been told, the DLO's been told, and Delyth's newsletter says the seventh.
I: What I'd suggest is, go live on the seventh with the open jobs, the properties and the DLO, and bring the ten years of history in afterwards as a read-only load, by the end of January. Nobody raises a new job against a 2017 repair.
M: As long as the history's there by January. The disrepair team can use Brookmere read-only until then.
H: Farah, is keeping Brookmere read-only a problem?
F: As long as it's read-only and we take the write accounts away, no.
M: If we'd gone with five years like Idris said, we'd be done by now.
I: I wasn't going to say it.
H: Okay, so decided. Go-live stays Monday the seventh of December for open jobs, the properties and the DLO scheduler. The ten years of history comes in afterwards, read-only, by the end of January, and Brookmere stays read-only until then.
M: Clive will be fine with that. He said as much.
H: Recap then. Idris, the rerun Wednesday. Sunil, SMS templates Monday. Maxine, mapping sign-off Monday, and the SOR. Tarnside, still chasing. Clive, still owes Pat a letter. Gemma, call handlers next week.
D: Thanks Helena.
H: Thanks all. Same time next week.
"""


def stamp(t):
    h, rem = divmod(int(t), 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        out.append((NAMES[code], text.strip()))
    return out


def durations(n):
    """Seconds each turn lasts (2-40 s), deterministic per call."""
    rnd = random.Random(9300 + n)
    return [min(40.0, max(2.0, len(text.split()) / 2.5 + rnd.uniform(0.4, 2.5))) for _, text in turns(n)]


def render(n):
    rnd = random.Random(4400 + n)
    t = 1.0 + rnd.random() * 4
    blocks = []
    for (name, text), dur in zip(turns(n), durations(n)):
        blocks.append(f"{name}  {stamp(t)}\n{text}\n")
        t += dur
    return "\n".join(blocks)


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.txt").write_text(render(n))
        ds = durations(n)
        print(f"call-{n}.txt: {len(turns(n))} turns, {min(ds):.1f}-{max(ds):.1f} s a turn, {sum(ds) / 60:.1f} min")
