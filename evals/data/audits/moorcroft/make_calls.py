#!/usr/bin/env python3
"""Generate the five Moorcroft Field Scheduling calls as Microsoft Teams WebVTT exports (calls/call-N.vtt).

Each turn is "CODE: text"; " | " inside a turn marks where Teams cut the turn into consecutive cues of the same
speaker (each cue is its own "<v Full Name>...</v>" voice span). Cue ids and timestamps are synthetic but
deterministic. Run: python3 make_calls.py   (writes calls/call-1.vtt .. call-5.vtt next to this file)
"""
import random
import uuid
from pathlib import Path

NAMES = {
    "H": "Helen Achterberg",    # vendor PM (host)
    "O": "Owen Blackwood",      # vendor solution consultant (scheduler config, mobile app)
    "M": "Marta Kowalczyk",     # vendor data-migration lead
    "D": "Douglas Fairbairn",   # customer operations director, sponsor
    "S": "Siobhan Keane",       # customer field operations manager (Douglas's delegate)
    "R": "Rhys Tanner",         # customer GIS team lead
    "A": "Anil Desai",          # Fleetlock, mobile-device-management vendor
    "B": "Bernadette O'Rourke",  # customer employee relations ("Bernie"), union consultation
}

CALLS = {}

CALLS[1] = """
H: Right, I think we've got most people. Can everyone hear me? I've got a bit of an echo.
S: Yeah, we can hear you. The echo's, um, it's Douglas's room I think.
D: Is it me? Hang on. Better?
H: Much better, thanks. Okay so, welcome everyone, this is the first weekly for the field scheduling rollout at Moorcroft. | I'm Helen, I'm the delivery lead on the vendor side. We'll do these Tuesdays, same time. Shall we go round?
O: Owen Blackwood, solution consultant. I'm configuring the scheduler itself and the, uh, the crew app.
M: Morning, Marta Kowalczyk, I look after data migration, so getting the work orders and the asset references across out of your old system.
D: Douglas Fairbairn, operations director. I'm the, what do we call it, the sponsor. I'll be honest, I'm not going to be on every one of these. | Siobhan's my eyes and ears, she runs field ops day to day, anything she agrees I'll stand behind.
S: Siobhan Keane. Field operations manager. So, yes, apparently I'm the eyes and ears now.
R: Rhys Tanner, GIS. There's three of us in the team. Well, two and a half, one's on paternity.
A: Hi, Anil Desai from Fleetlock, we do the device management for your tablets. I'll mostly be lurking.
H: And is anyone from IT joining? I had a Darren on the list.
S: Darren's our DBA, he'll help Marta with the extract but he won't come to these. He hates meetings.
H: Fair enough.
H: Lovely. Douglas, before you have to jump, the big one is where we start. My suggestion is we pilot at one depot rather than all five.
D: I'd rather just go. Honestly. The whole point is getting the standby chaos sorted before the winter bursts.
S: Douglas, with respect, if it goes wrong at all five depots over winter we'll have crews sat in vans with nothing on the screen.
O: And from the config side, each depot's got its own quirks, the Hexley lot do their own thing with the meter jobs.
H: So what I'd propose: Hexley depot pilots first, go-live the 23rd of November, and the other four come on in January once we've learned from it.
D: Hm. Fine. Hexley first. But I want January to actually mean January.
S: Hexley's good. They're the most, um, forgiving crew. Mostly.
H: Great, so that's decided, Hexley pilot on the 23rd, rest in January. I'll put that in the notes.
D: Good. Look, one thing I do want to own. The union. They've already heard we're putting trackers on the vans, which we are not, | and I'll drop the union reps a line myself this week, it's better coming from me than from a project email.
H: That would really help, thank you.
D: Bernie in employee relations is running the actual consultation, she'll join these from next week.
S: And the tablets for January? We've only got the twelve.
D: Yes, yes. I'll confirm the budget for the other forty tablets by the 30th. It's in the capital bid, I just need to get it through.
H: Okay. Owen, what do you need first?
O: Sandbox first, so people can see it. I'll have the sandbox up by Monday and I'll send Siobhan the logins.
S: Monday the 12th? Great.
O: And then it's really GIS. Rhys, the routing needs your DMA boundaries and then the asset network, the valves, hydrants, all the point stuff.
R: Yeah. So, um. The DMA boundaries are easy, I can get you those as a shapefile by Friday. | The asset layer's a bigger job, there's a lot of rubbish in it we'd want to clean first.
O: How long is bigger?
R: End of next week? If nothing bursts.
H: So asset layer Friday the 16th. I'll write that down with a small asterisk.
R: A big asterisk.
M: Can I jump in on migration? I need to know which fields you actually use in the old system, because the legacy WMS has about four hundred columns and I'd bet you use thirty.
S: Thirty's generous.
M: So I'll send the mapping template over Thursday, and if your team can mark up what's live, that's the main thing I need.
S: Yep, send it to me and I'll farm it out.
H: Anil, devices?
A: So you've got, what, twelve tablets for the pilot?
S: Twelve, yes, the rugged ones.
A: Okay. I'll send Owen our enrolment requirements tomorrow, what we need from the app side, the managed config keys, that kind of thing.
O: Perfect.
A: And if it's useful I could probably do a, like, a lunch-and-learn for the depot supervisors on the kiosk mode, if people want.
S: Maybe nearer the time.
D: Sorry everyone, I've got to drop, I've got the regulator at eleven. Siobhan, you've got this.
S: Thanks Douglas.
D: Oh, and if the board asks, I could maybe do a quick demo for them at some point. We'll see. Bye all.
H: Bye Douglas. Okay. Siobhan, the pilot crew. We'll need names, who's actually on the twelve tablets, to set up the users.
S: Yeah, I'll get you the pilot crew list by the 16th. I need to talk to the Hexley supervisor first.
H: That's fine. And the standby rota rules, is that written down anywhere?
S: It's written down in about five places and they all disagree.
O: Ha. That's every utility I've worked with.
S: I'll dig out the one the supervisors actually use and send it to Owen, um, Thursday.
O: Thursday's great.
H: And from me, I'll get the plan and the RACI out to everyone this afternoon.
R: Can you make sure GIS is on the RACI as consulted and not responsible for everything?
H: I'll do my best. Anything else? Rhys?
R: Just that my team's also on the reservoir survey this month. So, you know. Be gentle.
H: Noted. Okay, thanks all, same time next week.
S: Thanks Helen.
A: Cheers all.
"""

CALLS[2] = """
H: Morning all. I think Douglas might be joining late, his PA said he'd try.
S: He's in a drought meeting, I wouldn't hold your breath.
H: Okay. We've got someone new, I think? Do you want to introduce yourself?
B: Hi, yes, Bernadette O'Rourke, employee relations. Everybody calls me Bernie. I'm running the consultation with the union on the, the shift side of it.
H: Welcome, Bernie. Right, quick run through last week. Plan and RACI went out, hopefully everyone got it.
S: Got the plan, thanks. GIS are consulted, Rhys, you'll be pleased.
R: Delighted.
H: Owen, sandbox?
O: Yep, sandbox is up, Siobhan's got her logins, I sent them Monday morning.
S: I've had a click round. It's nice. The map's a bit empty.
O: That's because I've only got the DMA boundaries so far. Rhys sent those Friday, thanks Rhys.
R: No worries. The asset layer is, um, it's in progress.
O: Yeah, so, to be clear, I can't build the dispatch zones or do any proper route testing until I've got the asset network from GIS. | Everything routes to the middle of the DMA at the moment.
R: Understood. Still aiming for Friday.
H: Okay. Marta, mapping template?
M: Went to Siobhan Thursday.
S: It did, and I've given it to two of the planners, they're marking it up this week.
M: Great. So the next step for me is a trial load of the open work orders into the sandbox. | We'll do the first trial load of open work orders by Friday, assuming I get an extract from the old system.
S: Right, the extract. Darren's going to run the extract for you Wednesday, he's our DBA, he's got the script from the last time.
M: Wednesday's perfect.
R: Marta, will your work orders point at our asset IDs or your own?
M: Yours, ideally. I'll send you our asset reference format, um, Thursday, so your IDs and ours match.
R: Okay.
H: Anil, I think you sent Owen the enrolment stuff?
A: Yeah, I sent it Wednesday, it's a short document.
O: Got it, it's fine, the managed config's straightforward.
A: So the next thing on our side is getting the pilot tablets into the console. We'll have the twelve pilot tablets enrolled by the 23rd.
S: Do they stay with us in the meantime or do you need them shipped?
A: No, we do it over the air, they just need to be on the wifi at the depot.
H: Which brings up the, um, the phone question. Some of the crews have been asking if they can use their own phones.
A: I'd strongly say no. If it's personal phones we can only manage a work profile and the kiosk mode doesn't work.
B: And from the union's point of view, they really don't want anything on personal phones. That was one of the first things they raised.
S: And I don't want to be buying data bundles for forty people's personal phones.
H: So company tablets only, no personal phones for the crews?
S: Yes. Company tablets only.
B: Yes, that works for us.
A: Great. That makes my life easier.
H: Okay, that's decided then. Bernie, on the consultation, what are they worried about?
B: So, mainly location. They've heard "GPS" and they've jumped to, you know, the van's being watched every minute of the shift. | And the shift data, the rota, that's covered by the local agreement, so we can't just load it into a new system without consulting.
O: Which is a problem for me, because the scheduler needs the shift patterns to know who's on standby.
B: I know. I'm just telling you where we are. Until the reps have agreed, the shift data doesn't go in.
H: Understood. So the shift patterns load is on hold until the union consultation is through.
B: That's right.
O: Could I help? If the reps saw exactly what the app records, that would take the heat out of it.
B: It would.
O: Okay. I'll put a one-pager together on exactly what the app records, for the reps, by Friday.
B: That's great. And I'll forward you their list of questions, Owen, tomorrow, so you can answer them in the same note.
O: Perfect.
H: Did Douglas get his letter out to the reps? I know he was keen.
B: Not that I've seen.
S: He's, um. It's been a week. I'll nudge him.
H: Okay. Siobhan, the standby rules doc, did that get to Owen?
O: It did, Thursday. It's, um, interesting.
S: It's the least wrong one.
H: And the crew list is still the 16th?
S: Still the 16th.
D: Hello? Sorry, sorry, I'm here. Only for a minute.
H: Hi Douglas. We've just agreed tablets only for the crews, no personal phones.
D: Sounds right. Sorry, I really have to go again, Siobhan will fill me in. Carry on.
S: He will not be filled in.
H: Ha. Okay. Owen, what's next on config?
O: The job types. I'll send Siobhan the list of job types I've configured by the end of the week, so she can tell me what's missing.
S: Okay.
O: And I'll need to set up the SMS notification test with the customer-contact team at some point, so customers get the "engineer on the way" text. | Let's say I'll get that set up by the 30th.
S: I'll tell them to expect you.
M: One more from me. Is the old WMS being switched off after go-live or kept read-only?
S: Read-only, for a year. Douglas was clear on that.
H: Okay, thanks everyone. Same time next week.
"""

CALLS[3] = """
H: Morning. Let's give it a minute. Douglas sent apologies, by the way, well, his PA did.
S: Shocking.
O: Did anyone else lose power on Friday? The whole estate went down.
R: That was us, sort of. Not us, the burst. Long story.
H: Okay, let's start. Rhys, I'll put you on the spot first, sorry. The asset layer.
R: Yeah. So. We had the burst on Carrick Road last week, the whole team got pulled onto that. | So the asset layer, that's going to be next week now, probably the Wednesday.
O: The 28th?
R: Yeah, the 28th.
O: Okay. I'll be honest, that does hold up the zones. I'm still routing everyone to the middle of the DMA. | The dispatch zones can't be built without the asset network.
R: I know. I'm sorry. We're three people.
S: Two and a half.
R: Two and a half.
H: Okay. Marta, the trial load?
M: Yes, so, we got Darren's extract, thank you, Siobhan, it came through Wednesday. | We've been doing a bit more profiling on the work order data, there's a lot of, um, free text in the location field. | So the trial load will be, uh, Wednesday the 21st, tomorrow basically.
H: Okay, great.
S: The planners have marked up the template as well, so you've got that.
M: Yes, got it, thank you.
H: Siobhan, crew list?
S: Sent that Friday. Twelve names, well eleven and a supervisor.
O: Got it, users are set up.
H: Lovely. Bernie, union.
B: So, Owen sent the one-pager Thursday, which was, honestly, really good, they liked it.
O: Thanks. And thanks for the questions, Bernie, that made it much easier.
B: The one thing the reps still want is an assurance that the location's only captured while someone's actually on a job. Not continuous.
O: That's how it works anyway. It records the location when the crew changes job status, on site, complete, that kind of thing.
B: Then if we can write that down as how we're doing it, I think that's most of it.
S: I'm happy with that. We never wanted continuous tracking.
H: So we're agreeing location is only captured at job status changes, never continuous tracking?
O: Agreed.
B: Yes. That's agreed then.
O: I'll write that into a privacy notice for the crews as well. I'll draft it and send it to Bernie by the 27th.
B: Lovely.
H: Great. Bernie, did the, um, the letter from Douglas ever go?
B: No. I'll be honest, I don't think it's going to come from Douglas. | I'll just send the consultation letter myself, by Friday. I've checked with him, he's happy.
H: Friday the 23rd, lovely.
S: Which means, just to be clear, the shift patterns still aren't going into the system until the reps sign it off.
O: And I still can't test standby allocation without the shift patterns. I've got that one stuck as well.
B: The reps meet on the 29th. That's the earliest.
H: Okay. Anil, tablets?
A: So we've hit a snag. We've got the tablets showing in the console, but we can't push the app profile to them. | There's an, um, certificate issue on our side with the new console, we're waiting on our platform team.
O: So I can't test the app on the real devices until Fleetlock sort that?
A: Correct. I'm sorry. We're waiting on our own platform team for the certificate.
H: Any date?
A: Not yet. I'm chasing.
H: Okay. Owen, job types?
O: Sent Siobhan the list Friday.
S: Yeah and I haven't looked at it. Sorry. I'll have comments back to you by Monday.
O: Monday's fine.
H: And the standby rules. Douglas was supposed to sign those off, the version Siobhan sent, so Owen can build them.
S: Um. He has them. He's had them since last Wednesday.
H: Okay. So Owen's standby config is waiting on Douglas signing off the rules?
O: Pretty much. I can build it, but I'm not building it twice.
S: I'll ask him again. He said he'd get to it.
H: Maybe I'll email him directly as well, so it's in writing. I'll email Douglas today, and copy you, Siobhan.
S: Please do.
R: Can I, sorry, can I just ask. Does the pilot actually still work on the 23rd of November if the asset layer's the 28th?
H: That's a fair question. I think it's tight but okay. Let's see where we are next week.
R: Okay.
M: Oh sure, and I'll just migrate the whole of the nineteen-nineties while I'm at it.
H: Ha. What's that about?
M: Sorry, Siobhan's planners put "all history" in the scope column. | It's fine, we'll talk about it next week.
H: Right. Thanks all.
S: Thanks Helen.
"""

CALLS[4] = """
R: Morning. Sorry, I was on the other Teams. | The one that doesn't work.
H: No problem, we've not started. Morning everyone. No Douglas again, for the record.
S: For the record.
H: Okay. Good news first, I think. Owen?
O: Yes, so, Rhys's asset layer landed yesterday. Hydrants, valves, the lot. | So the dispatch zones are built, as of this morning, and routing looks sensible for the first time.
R: It's, um, it's about ninety percent clean. The rest we'll fix as we find it.
O: Ninety is brilliant, honestly.
H: Great, thank you Rhys. So that's the zones unblocked.
R: Finally.
H: Marta, the trial load?
M: Yes. So, um, we've been looking at it alongside the GIS refresh, because the asset references in the work orders need to line up with Rhys's new layer. | So the trial load, we're going to do it together with the GIS refresh, that puts it at Friday the 30th.
H: Okay.
S: Is that, um, is that a problem?
M: No, no. It's just the sequencing.
H: Okay. As long as it's this side of November.
M: Oh, definitely.
H: And the history question?
M: Yes. So I'd propose we only bring across the open work orders plus the last twelve months of closed ones. | Everything older stays in the read-only WMS.
S: The planners will moan.
M: They'll be able to look it up in the old system for a year.
S: No, you're right. Open plus twelve months. Let's do that.
O: Agreed from my side, it keeps the sandbox fast as well.
H: Okay, so that's decided, open plus twelve months of closed.
M: Thanks.
H: Bernie, the letter?
B: Yes, the consultation letter went out on the Thursday. And the reps met, um, well they meet tomorrow now, it moved.
H: Okay, so still waiting on them.
B: Still waiting. Shift data still doesn't go in until they've signed it off. I'll know more after tomorrow.
H: Okay. Anil, certificates?
A: Right, yes. So the platform team fixed the certificate Friday, we've started enrolling. | We've got eight of the twelve enrolled. The other four, um, those will be Monday.
O: And I've tested the app on one of the eight, it's working, managed config and everything.
A: I'm not going to lie, Monday has a bit of an asterisk on it too.
R: There's a lot of asterisks on this project.
H: Okay, so devices are moving. Siobhan, the job types comments?
S: Um. No. I haven't done it. Honestly it's been a terrible week, we had the Carrick Road reinstatement on top of everything.
O: It's fine, I'll carry on with what I've got.
H: Can we say end of this week?
S: End of this week. Friday.
H: Thank you. And the standby rules sign-off with Douglas. I emailed him last Tuesday.
S: I saw. Did he answer?
H: No.
S: He didn't answer me either. I know he's got the drought plan, but.
O: So the standby config is still sitting there waiting on him.
H: Okay. I'll raise it at the steering group. That's the right place.
S: When's that?
H: The 5th. I'll put it on the agenda.
O: On SMS, can I just say, I've talked to the customer-contact team and they want to redo all their templates. | I think we should park the SMS notification test, it's not needed for the pilot.
S: Yeah, park it. Let's do SMS with the January depots.
H: Okay, SMS parked.
H: Last thing, the pilot training. Who's training the Hexley crews?
O: I can do the supervisors. But the crews, it's better from someone they know.
S: Kev Mullan, the Hexley supervisor, he'll do the crew training. He's already said yes.
O: Then I'll send Kev the training deck by Friday.
S: And he'll train the crews the week of the 16th.
H: Okay, great. Rhys, anything for you?
R: I'll send Owen the, um, the list of known dodgy hydrant positions. By Thursday. So he knows which ones not to trust.
O: That would be really useful.
H: Lovely. Thanks all.
A: Bye all.
S: Cheers.
"""

CALLS[5] = """
O: Morning. Anyone seen the forecast? Frost from Thursday.
S: Don't. That's burst season starting.
R: Which is my team gone again.
H: Morning. Okay, let's go. Douglas is, um, not here. Surprise.
S: He's in Edinburgh, at the water industry thing.
H: Right. So, um, I'll start with the migration because it's the one I'm most nervous about. Marta?
M: Yes. So the GIS refresh went in Friday, which is good. | The load itself, we're doing some final checks on the location mapping, so we'll kick it off Thursday.
H: This Thursday, the 5th.
M: This Thursday.
S: So it hasn't actually run yet.
M: Not the full trial, no. We ran a, um, a small sample, it looked good.
H: Okay. Given that, I think we need to be honest about the pilot date. | If the trial load is the 5th, and we need a second load after fixes, I don't see the 23rd holding.
S: No. I was thinking the same. The crews need a week on it with real data.
O: Agreed. I'd rather move it than go live with half the work orders.
H: So I'd propose the Hexley pilot moves to the 7th of December.
S: Okay. I'll have to tell Douglas, but yes. The 7th.
O: The 7th works.
M: Works for me.
H: Okay, so Hexley go-live is now the 7th of December. I'll send out the revised plan tomorrow with the new dates.
S: Thank you.
H: Anil, the last four tablets?
A: All twelve are in, as of yesterday. The last four came online Monday afternoon.
O: Yep, I've pushed the app to all twelve, and the profile's on them. So that's all unblocked now.
A: Finally.
H: Great. Bernie, the reps?
B: So they met Wednesday. It went okay. They've accepted the location principle. | But they want the shift data anonymised in the sandbox, no real names, before they'll agree to the live load.
O: I can do that. I'll anonymise the shift data in the sandbox by Monday.
B: And I'll take the anonymised version back to the reps. They meet again on the 12th.
H: So shift data's still held until then.
B: Still held. Sorry.
H: Not your fault. Siobhan, job types?
S: Sent them Friday. Finally.
O: Got them, there's only three missing, I've added them already.
H: Great. Rhys, the hydrant list?
R: Um. I sent, I think I sent it? No. Hang on. I didn't. It's in my drafts. Sorry. I'll send it after this.
O: That's fine.
H: Okay. Owen, the training deck for Kev?
O: Sent Thursday. Kev's already asked about six questions, which is a good sign.
S: He's keen.
R: He's asked me about the maps as well. | Three times.
O: Ha. That's Kev.
H: And the standby rules. It's on the agenda for the steering group, which is, um, Thursday now. | So until then it's still with Douglas.
S: Still with Douglas.
O: I'm going to have to start building it from Siobhan's version at some point regardless.
H: Can I propose we do that? Owen builds from Siobhan's version, and if Douglas wants changes, they're changes.
S: I'd rather Douglas saw it first, honestly. Let me try him once more.
O: Okay. I'll hold off.
H: Alright. Marta, can you also send the reconciliation report after the load?
M: Yes, that's always part of it, it comes out of the load automatically.
H: Lovely. And Siobhan, the crew training week of the 16th, that'll need to move too now?
S: Yes, I'll move Kev's training to the week of the 30th, I'll tell him today.
H: Thanks. Anything else?
R: If you want, I could probably get the team to do a quick check on the Hexley valve positions before go-live. | No promises, it depends on the survey.
H: That'd be nice. Let's see.
A: And I could do the supervisor kiosk session now if that's useful.
S: Let's do it the week before go-live.
H: Okay. Thanks everyone. Fingers crossed for Thursday, Marta.
M: Fingers crossed.
B: Thanks, bye.
S: Bye all.
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
    """Teams WebVTT: a GUID-style cue id per cue ("<guid>/<k>-0") and the speaker as a <v Name> voice span."""
    rnd = random.Random(2000 + n)
    t = 1.0 + rnd.random() * 3
    lines = ["WEBVTT", ""]
    k = 0
    for name, parts in turns(n):
        gid = uuid.UUID(int=rnd.getrandbits(128))
        for i, part in enumerate(parts):
            k += 1
            dur = max(0.9, len(part.split()) / 2.6 + rnd.uniform(-0.3, 0.6))
            lines += [f"{gid}/{k}-{i}", f"{ts(t)} --> {ts(t + dur)}", f"<v {name}>{part}</v>", ""]
            t += dur + (0.02 if i < len(parts) - 1 else rnd.uniform(0.3, 1.6))
    return "\n".join(lines)


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.vtt").write_text(render(n))
        print(f"call-{n}.vtt: {len(turns(n))} turns, {sum(len(p) for _, p in turns(n))} cues")
