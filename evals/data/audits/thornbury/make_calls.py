#!/usr/bin/env python3
"""Generate the five Kelder Valley field-service pilot calls as Zoom transcript exports.

Calls 1, 3 and 5 are Zoom WebVTT (calls/call-N.vtt: numbered cues, "Full Name: text", long turns cut into
consecutive cues of the same speaker); calls 2 and 4 are Zoom text transcripts (calls/call-N.txt: one
"[hh:mm:ss] Full Name: text" line per turn). In the script each turn is "CODE: text"; " | " marks where Zoom cut
the turn into cues (in .txt the parts are joined by a space). Timestamps are synthetic but deterministic.
Run: python3 make_calls.py   (writes calls/call-1.vtt .. call-5.vtt/.txt next to this file)
"""
import random
from pathlib import Path

NAMES = {
    "P": "Priya Raman",        # vendor PM (host)
    "O": "Owen Lacey",         # vendor solution consultant (scheduling rules, GIS integration)
    "M": "Marta Kowalczyk",    # vendor mobile and training lead
    "G": "Graham Tolley",      # customer operations director, sponsor (call 1 only)
    "B": "Bernadette Hale",    # customer deputy operations director ("Bernie")
    "D": "Dave Ruddock",       # Hexley depot manager, runs the pilot
    "S": "Sian Pritchard",     # union representative (Unison branch)
    "R": "Ravi Mehta",         # Cartwell Geospatial, third-party GIS contractor
    "H": "Hamid Qureshi",      # customer IT business partner (on leave from 11-12)
    "L": "Leon Ashby",         # customer network team (firewall)
    "K": "Kirsty Doyle",       # Tabsure, the device-management (MDM) vendor
}

EXT = {1: "vtt", 2: "txt", 3: "vtt", 4: "txt", 5: "vtt"}

CALLS = {}

CALLS[1] = """
P: Hi everyone, can you hear me okay? I've got, um, nine of us I think. Give it one more minute.
D: We can hear you.
G: Morning, yes. Sorry, I'm in the car park, I'll go on mute in a sec.
P: No worries. Okay, let's start. So welcome to the first weekly for the Routewise pilot at Kelder Valley. I'm Priya, | I'm the project manager on the Routewise side. These'll be every Tuesday, half an hour, I promise to try and keep it | to half an hour.
D: She says.
P: Ha. Quick round of names? Owen, you first.
O: Hi, Owen Lacey, solution consultant. I do the scheduling rules and the integrations, so the GIS feed | will come through me.
M: Marta Kowalczyk, I look after the mobile app and the training.
G: Graham Tolley, operations director. I suppose I'm the sponsor on this one. I'll be honest, I won't make many of | these, so Bernie's going to be my, my deputy on it. Bernadette.
B: Hi all. Bernadette Hale, deputy ops director. Everyone calls me Bernie.
D: Dave Ruddock, depot manager at Hexley. I'm the one whose lads are going to be using the thing. Or not.
S: Sian Pritchard, I'm the Unison branch rep for the field staff.
R: Ravi Mehta from Cartwell Geospatial, we maintain the asset maps for the utility.
H: Hamid Qureshi, IT business partner for operations.
K: Kirsty Doyle from Tabsure, we manage the devices. All the rugged tablets.
P: Great, thank you. So, the first thing, Graham, before you go, is scope. I know you'd asked about all three depots.
G: I mean, ideally, Hexley, Marlow Bridge and Pennick all on the thirtieth. One big bang. The board would love that.
D: With respect, Graham, the board isn't going to be stood in a trench at two in the morning with a tablet that's | gone to sleep.
G: Fair.
P: What I'd suggest is, um, Hexley on its own first. It's the biggest depot, it's got the hundred and twenty tablets | already sitting in stores. Go live at Hexley on Monday the 30th, and Marlow Bridge and Pennick in January once | we've learned something.
B: That feels more sensible to me.
G: Dave?
D: Hexley first, fine. If it's going to be anywhere I'd rather it was mine, so at least I know who to shout at.
G: Okay. Hexley only, the thirtieth, other two in January. Let's go with that.
P: Great, I'll record that as decided. Right, actions. Owen, what do you need from Dave for the scheduling?
O: So, mainly the shift patterns and who holds which tickets. Confined space, street works, chlorination, that kind of | thing. I've got a workbook for it.
D: What do you actually need me to fill in, though? Because the last system wanted our inside leg measurements.
O: It's, honestly, it's a skills matrix and a shift rota. I'll get the workbook over to you by Thursday, Dave.
D: Thursday. Go on then.
P: And when could we have it back, filled in?
D: Forty-seven operatives. Friday week. Don't hold me to the hour.
P: Friday the 6th, then. Thank you.
P: Ravi, the map side.
R: Yep. So the first cut of the asset layers, that's mains, valves and hydrants, | we can have that to Owen next Wednesday.
O: Wednesday the 4th, lovely.
R: It's a shapefile export, unless you'd rather GeoJSON.
O: GeoJSON if you can, but honestly either.
M: Can I jump in on the network thing before we lose Graham? The tablets are going to sit on your private APN, | so they need a rule out through your firewall to our cloud endpoints. Otherwise nothing syncs.
H: Yeah, that's the network team, Leon's lot. I'll raise the change request tomorrow.
M: Lovely. I'll send you the endpoint list.
H: It's in the design doc already, I'll lift it from there.
S: Can I ask my question now, because it's the one my members keep asking me.
P: Of course, go ahead.
S: Is this thing going to track them all day? In the van, at the café, at home if they take the van home?
O: No, so what it records is --
S: Because with respect I've heard "no" before, on the vehicle telematics, and then it turned up in a disciplinary.
O: That's fair. Let me write it down for you properly. A one-pager, exactly what we capture, when, who can see it | and how long it's kept. You'll have it by Monday.
S: If it really says that, in black and white, I could maybe take it to the branch committee. Maybe.
P: That would be really helpful.
O: And if it helps, I could come down to Hexley one morning and do a show-and-tell at the toolbox talk, if you want.
D: They'll eat you alive. But maybe.
G: Look, I need to drop in a couple of minutes. One thing from me. I'll get a note out to the Hexley crews before | the end of the week, so they hear about this from me and not from the rumour mill.
S: That would help, genuinely.
G: Bernie's got my proxy on everything else. Thanks all.
P: Thanks Graham.
P: Kirsty, for the packaging, what do you need from us?
K: A signed release build of the app and the managed config file. Then we wrap it and push it.
M: You'll have the signed build and the config from me by Thursday next week.
K: Perfect.
D: And the tablets, are they charged, do we know? Because they've been in stores since August.
K: They'll need a full charge before enrolment, we can sort that on site.
P: Okay. And I'll send the plan and the RAID log round after this, so you've got the dates.
B: Could you put the January depots on it too, even if it's pencil?
P: Will do, pencilled in.
P: Okay, quick recap. Owen, workbook to Dave Thursday. Dave, matrix back Friday the 6th. Ravi, first asset layers | to Owen Wednesday the 4th. Hamid, firewall change request tomorrow. Owen, the one-pager for Sian Monday. | Graham, the note to the crews this week. Marta, signed build to Kirsty next Thursday. Me, plan and RAID log today.
D: You missed "Dave stays calm".
P: That's a stretch goal. Thanks everyone, same time next week.
R: Cheers all.
"""

CALLS[2] = """
P: Morning all. Let's give it one sec, Leon's just joining I think.
L: Here. Hi. Leon Ashby, network team. Hamid said I should come to these.
P: Welcome, Leon, thank you. And, um, Graham has sent his apologies, he's on the storm response, the Pennick outage. | Bernie's covering.
B: I'm covering. Badly, probably.
P: Not at all. Okay, let's go round last week's. Dave, did the workbook turn up?
D: Yeah, I got Owen's spreadsheet Thursday. It's got more tabs than my pension statement.
O: Only nine.
D: Nine tabs, Owen.
P: And the plan and the RAID log went round from me last Tuesday, with January pencilled in. Shout if you didn't get it.
B: Got it, thanks.
P: Sian, did you get the one-pager?
S: I did, from Owen, yesterday. And, um, I've read it. Twice.
P: And?
S: Right. I'll take it to the branch meeting on the twelfth and I'll come back to you with where they land. | That's a promise, not a maybe.
P: Thank you. That's really helpful.
S: But, and I need to be straight with you, until the branch has had its say I can't have members switching location on. | So the tracking part of the Hexley pilot is parked on us, basically.
P: Understood. We'll note that.
P: Hamid, the firewall request?
H: The change request went in Wednesday. It's with Leon.
L: Yeah, I've got it. Um, it's on CAB next Tuesday, the tenth, so realistically the rule's in by Wednesday the eleventh.
M: Which, just so everyone knows, means I can't do any proper sync testing on the real tablets until then. | Everything just times out at your edge.
L: Sorry. It's the process.
P: Okay. Ravi, the asset layers, still on for tomorrow?
R: So, um. We hit a snag with the projection on the valve layer, it's coming out a few metres off. | It's going to be Friday rather than tomorrow.
O: Friday's okay, as long as it's Friday.
R: It'll be Friday. And we could probably chuck the sewer layer in as well if it's useful, no promises on timing.
O: Let's see. Mains, valves and hydrants first.
K: Can I raise one? For the enrolment we need the serial numbers and the IMEIs for all hundred and twenty.
H: They're in the asset register. Leave that with me, you'll have them by Friday.
K: Great, thanks.
P: Kirsty, you had a question for the room as well, I think.
K: Yes. Do you want the tablets fully locked down, so kiosk mode, just Routewise, the phone and the camera, | or open like a normal tablet?
D: If they get YouTube they'll never do another job. Lock it.
H: From a security point of view I'd want them locked as well.
S: As long as they can still ring home. Some of them are on call on their own.
K: Phone's in the kiosk, so yeah.
B: Locked, then. Kiosk mode with the phone and the camera. Is everyone okay with that?
D: Yep.
O: Fine from us.
P: Okay, decided: kiosk mode, Routewise plus phone plus camera.
P: The pilot acceptance criteria. Graham was going to own those, I think?
B: He's asked me to take those. So I'll get them signed off by the thirteenth.
P: Friday the thirteenth. Lovely. Ominous, but lovely.
B: Ha.
P: Marta, the training.
M: Yep, so I'll run the train-the-trainer for the Hexley supervisors on the nineteenth, that's a Thursday. | Half a day, at the depot.
D: Half a day. Right. I'll have to juggle the rota.
M: And I'll do a laminated quick reference card for the vans, by the twentieth.
O: Dave, while we're on the rota, could the operatives fill in their own skills entries in the workbook? It'd save you time.
D: Oh yeah, I'll get them to do it on their lunch break, they'll love that.
O: Okay, that's a no.
D: That's a no.
B: Dave's still on for the matrix Friday though?
D: Still on for Friday. As far as I know today.
P: Okay. Bernie, anything from Graham's side we should know?
B: Just that the storm's eating everything. He sends his, um, his best.
P: Noted. Leon, anything else you need from us?
L: The endpoint list Hamid sent is fine. I might need the source IP ranges from your cloud at some point, but not for this change.
P: Okay. Recap then. Sian, branch meeting on the twelfth. Leon, firewall rule in by the eleventh. Ravi, asset layers Friday. | Hamid, serials to Kirsty Friday. Bernie, acceptance criteria signed the thirteenth. Marta, train-the-trainer on the | nineteenth and the cards by the twentieth. Dave, matrix Friday.
D: No pressure.
P: None at all. Thanks everyone.
S: Bye all.
"""

CALLS[3] = """
P: Morning. Um, smaller group today I think. Sian's messaged, she's in a hearing all morning, she says the branch | meeting's still on for Thursday.
B: Thanks Priya.
P: Let's go round. Marta? Marta, you're on mute.
O: I'll cover for her, she's having headset trouble. Marta sent Tabsure the signed build and the config on Thursday.
K: Yep, got both. The build's fine. We've wrapped it.
M: Sorry, sorry, I'm back. Yes, what Owen said.
P: Great. So Kirsty, next step on the tablets?
K: So, um, we'll have it on the ten test units by Thursday. That's the easy bit.
P: And the hard bit?
K: The hard bit is the serial list. We haven't had it yet.
H: Yeah. That's me. Sorry. I've got about seventy of them out of the register, the rest are in a spreadsheet that, | um, somebody in stores keeps on their desktop.
K: Until we've got all the serials we can't build the enrolment profile for the full fleet, so the big push is | stuck on that.
H: And, um, the other thing, I'm off from Thursday for two weeks. Paternity.
B: Oh, congratulations!
D: Congratulations, mate.
H: Thanks. So Leon's going to pick up the serial list while I'm off.
L: Yep. I'll finish it off and get it to Kirsty by Friday.
K: Friday works.
P: Leon, while you're here. The firewall rule.
L: Yeah, so, bad news. It got knocked off CAB. There was an emergency change on the SCADA side and they pulled | everything non-urgent. It's on next week's, the seventeenth, so in by the eighteenth.
M: So another week of testing on my phone's hotspot.
L: Sorry.
P: That's a week we didn't really have. I'll email the head of infrastructure today, copy Bernie, and ask if it can | go through as a standard change.
B: Please do.
P: Dave, the skills matrix?
D: The matrix. Yeah. That's going to be Friday now. This Friday, honest. I've had two bursts on the Pennick road | and half my supervisors on nights.
P: Friday the thirteenth, then.
D: Appropriate.
P: Ravi, the asset layers?
R: So. The mains and the hydrants are ready, but the valve layer's got the wrong IDs on it, | it's our internal IDs, not the utility's asset numbers. So we've held the whole lot back until that's fixed.
O: And without the utility's asset IDs I can't link jobs to assets at all, so the job templates are basically stuck | on Cartwell right now.
R: Understood. I'll get the valve IDs sorted with our data team by Friday and send the whole set then.
O: Okay. Friday.
B: Sorry, silly question. Why would the IDs be different? It's the same valve.
R: Not silly. We've got our own keys in the map database, and the utility's asset numbers live in a separate | column that, um, wasn't in the export template.
O: It's a very common one.
B: Right. Okay.
R: And the projection thing from last week is sorted, for what it's worth. Everything's where it should be now.
O: Good, I checked a couple of hydrants on the street view, they're on the pavement, not in someone's kitchen.
D: Some of our hydrants are in people's kitchens. Figuratively.
D: Can I say something? Because I've been quiet.
P: You have, yes. Go on.
D: I'm not having my lads out there with no paper. If the tablet dies in a trench at two in the morning, then what? | They ring me, that's what.
P: What if we ran the paper job sheets alongside for the first couple of weeks?
B: I'd be happy with that, honestly.
D: Two weeks minimum.
O: We can reconcile the paper against the app at the end of each shift, it's not much work.
P: So, agreed: paper job sheets run in parallel for the first two weeks of the pilot.
D: Agreed. Grudgingly.
B: And Dave will sort the charging cradles in the vans, won't you Dave?
D: Will I now.
P: Let's not put that on anyone yet, I'll check what came in the Tabsure order first.
K: Cradles weren't on our order, for what it's worth.
P: Okay. Dave, one more. For week one we'd like to start with three crews, not the whole depot.
D: That's, yeah, that's actually sensible. I'll pick three crews. I'll let you have the names by Monday.
P: Monday the sixteenth, great. Bernie, acceptance criteria?
B: I've got a draft. Still Friday.
P: Great. Owen, anything you need?
O: Just the matrix and the map, really. Once I've got those I can build the Hexley rules.
M: Oh, and Priya, for the training on the nineteenth, I've booked the big room at the depot.
D: The big room. It's got a kettle and six chairs.
M: I'll bring chairs.
P: Okay. Recap. Kirsty, ten test units Thursday. Leon, serial list to Kirsty Friday, and the firewall rule in by the | eighteenth. Me, email to the head of infrastructure today. Dave, matrix Friday and crew names Monday. | Ravi, valve IDs and the full set Friday. Bernie, criteria Friday. Hamid, enjoy the baby.
H: I'll try. Bye all.
"""

CALLS[4] = """
P: Morning everyone. Um, Graham's not with us again. Bernie, are you hearing anything from him?
B: He's, um. He's very stretched. I wouldn't expect him on these, if I'm honest.
P: Okay. And Hamid's off, obviously. Sian's here, great.
S: Morning.
P: Kirsty, let's start with you, the tablets.
K: Yep. So, we got the serial list from Leon on Friday. A hundred and eighteen, two tablets seem to have walked.
D: They'll be in someone's loft.
K: But we're not stuck any more, the profile's built. And the ten test units all have the app on them, they went | on Thursday.
P: Brilliant. So the full push?
K: The full push to the hundred and twenty, well, hundred and eighteen, we'll have that done by Friday week, | the twenty-seventh.
P: Okay, great. Ravi?
R: Yeah so the full set went over Friday and the valve IDs are fixed, they're the utility's asset numbers now.
O: Confirmed, I loaded them yesterday. Jobs link to assets now, the templates are moving again.
P: Great. Dave, the matrix?
B: Dave's matrix came in Friday, I've had a look at it. It's good, actually.
D: Don't sound so surprised.
B: I'm not. Slightly.
O: And now I've got the matrix, I'll have Hexley's scheduling rules configured in test by Friday.
O: Oh, and I'll send Dave the user list with the logins to check, by Thursday.
D: Go on.
P: Sian, how did the branch go?
S: So the branch met on Thursday. They're okay with it. With conditions.
P: Go on.
S: Location only while a job's actually in progress. Nothing on breaks, nothing after they've clocked off. | Kept thirty days, not forever. And it's never used in a disciplinary without a rep in the room.
O: Job-in-progress only is actually our default, and thirty days is a setting, so the first three are easy.
B: The disciplinary one I'd want HR to look at the wording, but I can't see a problem. I'm happy to agree it | in principle.
D: Fine by me. I don't want to be sat watching dots on a map anyway.
P: So, decided: location captured only while a job's in progress, not on breaks or off shift, kept thirty days, | and not used for discipline without a rep present.
S: And on that basis the tracking side of the pilot can go ahead. You can take it off your list as our problem.
P: Thank you, Sian. Really.
P: Marta, how's testing?
M: Honestly? The boxes still can't talk home. I'm doing everything on my own hotspot, which, you know, | isn't how it'll be in a trench.
L: The change is on CAB today. This afternoon.
P: So still tomorrow for the rule?
L: Still tomorrow. Assuming nobody's SCADA falls over.
P: And for the record, I did email the head of infrastructure last week. She's the one who got it onto today's CAB.
B: Good. Thanks for doing that.
L: Owen, while I've got you, I need your outbound IP ranges for the rule. And I'll send you our APN ranges | so you can allowlist them on your side, by Thursday.
O: I'll send ours after this.
L: If I get a minute I might look at whether we can do the rule by hostname instead, but don't hold me to that.
P: Bernie, the acceptance criteria?
B: Yeah. I haven't got to them, sorry. It's been a week. I'll do it this week, by Friday.
P: Friday the twentieth. Okay.
P: Dave, the three crews?
D: Names, yeah. I'll do that today.
P: Today's fine.
P: Marta, the cards?
M: The quick reference cards, I've got a draft.
D: Can I be honest? Nobody's going to read a laminated card. It'll be on the dashboard under the sandwich wrappers.
P: Honestly, I think he's right, the in-app help covers it. Let's drop the cards.
M: Fine by me. Less laminating.
P: And the train-the-trainer, still Thursday?
M: Still Thursday, nine o'clock, with chairs.
D: With chairs. Progress.
S: Just one thing. My members still haven't heard anything from management about this. Officially, I mean. | Bernadette, is that coming?
B: Mm. I'll look into it.
P: Okay. Recap. Kirsty, full push by the twenty-seventh. Owen, Hexley rules by Friday and the user list to Dave | Thursday. Leon, the rule tomorrow and APN ranges to Owen Thursday. Bernie, criteria Friday. Dave, crew names today. | Marta, training Thursday.
D: Got it.
P: Thanks everyone.
"""

CALLS[5] = """
P: Morning, morning. Let's get going, we've got a date to talk about.
D: Here we go.
P: Quick round first. Dave, the training on Thursday, how was it?
D: Marta's session Thursday, the supervisors actually liked it. Don't put that in the minutes.
M: Too late, it's in the minutes.
P: It's in the minutes. Owen?
O: Hexley's rules are in the test system and Dave's had the user list since Thursday.
D: Got it. Three of them have left, I've marked them up.
O: Thanks, I'll take them out.
M: Oh, and since the sync's been working from the depot yard, I've done the offline test, forty jobs, | no drops, nothing lost.
O: Which is the first time we've seen it on the real network, so, yeah. Good.
P: Good. Kirsty, the full push?
K: So, um. The full push. That's going to be the second now. We had to rebuild the profile, | because of the two missing units and the kiosk settings changing.
P: Wednesday the second of December.
K: The second, yeah. Sorry.
D: And the two that walked?
K: Written off on our side, unless they turn up.
D: I'll check the lofts personally. With a torch.
B: Please don't.
S: While we're on settings. The thirty days, is that actually set, Owen? Not just on a slide?
O: It's set in test. Thirty days, then it's purged. I can screen-share it now if you want?
S: Next week's fine. I trust you. Mostly.
O: I'll take mostly.
P: Okay. Bernie, the acceptance criteria?
B: I know. I know. They're with Graham for a look. I didn't want to sign them without him seeing them first.
P: Has he looked?
B: He's, um. He's got them.
D: So that's a no.
P: Dave, the three crews?
D: They're on the whiteboard in my office. I'll send you a photo.
P: Okay.
S: For what it's worth, my members still haven't had a word from management about any of this. Not a note. Nothing.
P: I thought Graham was going to send something round, back at the start.
B: He was. I'll, um, I'll mention it to him.
P: Okay. So, the date. Given the push is now the second and the criteria aren't signed, I don't think the thirtieth | is realistic any more. I'd propose we go live at Hexley on Monday the seventh instead.
B: I'd rather move it than start with half the tablets.
D: Told you. Seventh's fine.
S: Fine from us, but the conditions still stand.
O: The seventh gives us the full push plus a few days. I'd take it.
M: Works for training too.
P: So, agreed: the Hexley pilot go-live moves from Monday the thirtieth to Monday the seventh of December.
P: And honestly, we can't lock the seventh in until the acceptance criteria are signed. Right now that's sitting | with Graham.
B: I'll talk to Graham about the new date and get him to confirm it by Friday.
P: Thank you. And I'll reissue the plan with the seventh by tomorrow.
O: I'll run the end-to-end test on the ten test units on Thursday.
M: I could do a second session for the night shift as well, if Dave wants one.
D: Maybe. The night lot are, um, a different audience.
P: Let's pick that up next week.
R: Anything you need from Cartwell this week?
O: No, we're good. Maybe the sewer layer in the new year.
R: In the new year. Noted.
B: Can I ask where we are on Marlow Bridge and Pennick? Because I'm getting asked.
P: Still January, pencilled. Nothing's moved there, but honestly I'd want two clean weeks at Hexley before we | firm it up.
B: That's fine, I just need something to say upstairs.
D: Tell them Hexley's the guinea pig.
B: I'll put it more nicely than that.
P: Okay. Overall, um, I'd say we're in better shape than last week on the technical side. The map's in, the tracking | question's settled, the sync works. The worry is the date and the sign-off.
D: And the crews.
P: And the crews. Which is on you, Dave.
D: Which is on me. Photo, today.
P: Okay. Recap. Kirsty, full push Wednesday the second. Bernie, Graham confirms the new date by Friday. | Me, the plan tomorrow. Owen, the end-to-end Thursday. Dave, the photo.
K: Got it.
P: Thanks everyone. Same time next week.
"""


def ts(t, frac=True):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}" if frac else f"{int(h):02d}:{int(m):02d}:{int(s):02d}"


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        out.append((NAMES[code], [p.strip() for p in text.split(" | ")]))
    return out


def render_vtt(n):
    rnd = random.Random(2000 + n)
    t = 1.0 + rnd.random() * 3
    lines = ["WEBVTT", ""]
    k = 0
    for name, parts in turns(n):
        for i, part in enumerate(parts):
            k += 1
            dur = max(0.9, len(part.split()) / 2.6 + rnd.uniform(-0.3, 0.6))
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", f"{name}: {part}", ""]
            t += dur + (0.02 if i < len(parts) - 1 else rnd.uniform(0.3, 1.6))
    return "\n".join(lines)


def render_txt(n):
    rnd = random.Random(2000 + n)
    t = 2.0 + rnd.random() * 3
    lines = []
    for name, parts in turns(n):
        text = " ".join(parts)
        lines.append(f"[{ts(t, frac=False)}] {name}: {text}")
        t += max(1.0, len(text.split()) / 2.6) + rnd.uniform(0.4, 1.8)
    return "\n".join(lines) + "\n"


def merged_text(n):
    """Turn texts with the cue parts joined by single spaces (what a quote is checked against)."""
    return [(name, " ".join(parts)) for name, parts in turns(n)]


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        body = render_vtt(n) if EXT[n] == "vtt" else render_txt(n)
        (d / f"call-{n}.{EXT[n]}").write_text(body)
        print(f"call-{n}.{EXT[n]}: {len(turns(n))} turns, {sum(len(p) for _, p in turns(n))} cues")
