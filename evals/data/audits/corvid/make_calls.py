#!/usr/bin/env python3
"""Generate the Corvid audit calls (calls/call-N.vtt) from the turn lists below.

Output imitates a Microsoft Teams transcript export: WEBVTT header, a cue id "<meeting-guid>/<turn>-<part>",
"HH:MM:SS.mmm --> HH:MM:SS.mmm" and "<v Full Name>text</v>". Teams splits long turns into several consecutive
cues of the same speaker, often mid-sentence; here every turn of more than 15 words is split into chunks of
7-14 words at word boundaries (not at sentence boundaries). A turn written with a leading "~" starts before the
previous cue ends (someone talking over someone). Timings: ~2.6 words/second plus small random pauses; a fixed
seed per call makes the output reproducible.

Usage: python3 make_calls.py          (writes calls/call-1.vtt .. call-5.vtt next to this script)
"""
import random
import uuid
from pathlib import Path

NAMES = {
    "NK": "Nadia Kovacs",
    "SO": "Sam Okafor",
    "SL": "Sam Lee",
    "TR": "Toby Renshaw",
    "FM": "Fiona Marsh",
    "GP": "Gareth Pryce",
    "DW": "Denise Walsh",
    "MH": "Marcus Hale (Guest)",
}

CALLS = {}

# ---------------------------------------------------------------- call 1, Thu 2026-10-08
CALLS[1] = """
NK: Morning all. Um, let's give it a minute, I can see a few people still joining.
DW: I've got a hard stop at half eleven, just so you know. Again.
NK: Noted, Denise. We'll be quick. Is Colin joining, does anyone know?
SL: He accepted, but, uh, I wouldn't hold your breath. He's in the middle of the data centre move.
NK: Right. Okay, let's kick off then. So this is the first of our weekly Thursday calls for the contact centre move. Gareth, thanks for making it.
GP: No problem. I'll probably only make every other one of these, to be honest, so use me while you've got me.
NK: Will do. So, quick reminder of where we are. Contract's signed, the Halyard tenant is provisioned, and on paper it's a pilot in the middle of November and then the full cutover with the number port at the end of November.
NK: First thing I'd like to land today is how we run the pilot. Our suggestion is we start with the mortgages team, it's about twenty agents, before we move everybody else over.
GP: Why mortgages?
SO: Mostly volume. They take, what, four hundred calls a day? It's enough to shake things out without, you know, the whole member line falling over if something goes wrong.
DW: And they're the team that complains the least. Which helps.
GP: Fine by me. Let's do mortgages first, then everyone else.
NK: Great, so that's agreed: the pilot is the mortgages team, go-live Monday the sixteenth of November, then the rest of the contact centre and the number port on the thirtieth.
GP: Yep.
NK: Okay. Network. Sam, Sam Okafor I mean, sorry. We're going to have this problem all project, aren't we?
SL: I'll answer to either. Doesn't mean I'll do what you ask.
SO: Ha. So the main thing on the network side is I need the SIP and media ports open from your side to our cloud. I'll get the network readiness checklist over to you, Sam, by tomorrow. It's got the bandwidth numbers and the port ranges in it.
SL: Tomorrow, okay. And then the network team will open the firewall ports by the twentieth, that's Colin's lot. I've already warned them it's coming.
NK: The twentieth. Is that realistic with the data centre thing going on?
SL: It's what Colin told me. So, yes. In theory.
NK: Okay, I'll put it down. What about the numbers themselves?
SL: So we've got, um, the main oh-three-four-five number, the mortgages line, and a load of DDIs that nobody's looked at in ten years. Leave that with me, I'll have the full number list to you by Wednesday.
NK: Wednesday the fourteenth, lovely. Telvio will need that before they can do anything at all.
SL: Yep.
NK: And from my side, I can have the project plan and the RAID log out to everyone by Monday, so you'll see all of this written down somewhere.
NK: Toby, are you still with us?
TR: Yes! Sorry, yes, I was on mute.
NK: No worries. So, the CRM side. The screen pop, when a member rings and their record comes up for the agent. Where do you think you are?
TR: Um. So I've read the, the integration guide. I think it's, I think it's doable. I haven't done a CTI thing before though, so, um.
SO: If it helps, I could probably sit with Toby for an hour on the API, if you want.
TR: That would be, yeah, maybe. Thanks.
NK: So when could we realistically see a first version in dev, Toby?
TR: Um, maybe the twenty-third? I don't, I don't want to promise something and then, you know.
NK: That's fair. Is the twenty-third a date I can put down?
TR: Yeah. Yes. Put the twenty-third down. I'll have the screen pop working in dev by the twenty-third.
NK: Brilliant. Fiona, recording.
FM: Yes. So, um, just to be really clear from my side, nothing goes live until I've signed off how long we keep call recordings and how we delete them. That's not me being difficult, that's the regulator.
NK: Completely understood. Sam Okafor's going to write up the recording retention proposal for you, aren't you, Sam?
SO: Yep, that's on me. End of next week.
FM: Thank you. And I'll dig out the FCA guidance note on call recording and send it round by Monday, so everyone's working off the same page.
NK: Perfect. What about the old recordings, the ones sitting on the current system?
SL: Good question. The old Avaya recorder has, what, four years of stuff on it. I'll ask the maintainer for a quote to export the historic recordings, by the end of next week.
FM: Whether we even need them moved is a separate question. But yes, let's at least see the cost.
NK: Okay. Denise, training.
DW: Go on.
NK: For the mortgages pilot we need a training rota, who's off the phones when, so we can plan the sessions around it.
DW: Oh sure, I'll just do it in my sleep. Between the forecasting and the two people off sick.
GP: Denise, I know. I know. What do you need from me?
DW: Overtime. If I'm pulling twenty people off the phones for two half-days I need to backfill, and I need someone to actually approve the overtime before I plan anything.
GP: Leave that with me. I'll get the overtime for the training days approved by the end of next week.
DW: Right. Then fine, I'll do the training rota. You'll have it by the sixteenth.
NK: Sixteenth. Thank you, Denise.
SO: One more thing while Gareth's here, um. The IVR. Honestly, I'd suggest we rebuild the menu from scratch rather than copy the current one. It's got seven options and two of them go to the same queue.
~DW: Not before go-live. Absolutely not. My agents know where calls land today. You change the menu and I get a week of members ringing the wrong team.
GP: Let's not decide that today. Take it offline, the two of you.
SO: Fair enough.
NK: Okay, quick recap before Denise has to run. Sam Okafor, network checklist tomorrow and the retention write-up end of next week. Sam Lee, the number list Wednesday and the quote for the old recordings. Network team, ports by the twentieth. Toby, screen pop in dev by the twenty-third. Fiona, the FCA note Monday. Gareth, overtime. Denise, rota by the sixteenth. And me, the plan and the RAID log Monday.
SL: And Colin, who isn't here.
NK: And Colin, who isn't here. He's on the distribution list, at least.
FM: Can the notes go to my deputy as well? Just in case I'm off.
NK: Of course. Who is it?
FM: Hannah Price. She's on the list already, actually, ignore me.
GP: Good start. Thanks all.
DW: Bye.
NK: Thanks everyone, same time next week.
"""

# ---------------------------------------------------------------- call 2, Thu 2026-10-15
CALLS[2] = """
NK: Hi everyone. Give it a second. Marcus, welcome, you made it.
MH: Morning. Yeah, sorry, the invite went into my junk folder. Marcus Hale, I look after porting at Telvio.
NK: Great to have you. Quick round, Marcus: Sam Lee is telephony lead at Corvid, Sam Okafor is our engineer, Toby does the CRM, Fiona is risk and compliance, and Denise runs the contact centre.
MH: Two Sams. Brilliant.
SL: You get used to it. Call me Lee if it helps.
DW: Before we start, Gareth's asked me to pass on his apologies. He's at the board away-day all day.
NK: Thanks, Denise. Okay, actions from last week, quickly. Sam Okafor, the network checklist?
SL: Yep, got it Friday. Thanks.
SO: Cool.
NK: The plan and the RAID log went out on Monday, so hopefully everyone's seen them. Shout if you didn't get them.
FM: Got it.
NK: Sam Lee, the number list?
SL: Ah. So. That's going to be Monday now, sorry. It turns out finance have half the DDIs on a separate bill and I'm waiting on them to dig it out.
NK: Monday the nineteenth.
SL: Monday.
MH: That's actually the main thing I need from you. Without the full list I can't validate anything with the losing carrier.
NK: And the other thing, Marcus, that you mentioned on email. The letter?
MH: Yeah, the letter of authority. So we can't submit the port order to the losing carrier until we've got the letter of authority signed by someone at director level at Corvid. Head of department is fine. So Gareth, from what I understand.
NK: Okay. Gareth's not here today, obviously. I'll get the letter in front of Gareth and signed by Tuesday.
MH: Great. And I'll send over the porting form for you to fill in, Sam. Sam Lee, sorry. Today.
SL: Ha. Lee's fine.
MH: The other thing, um, we could split the port into two batches, the main numbers first and the DDIs a week later. Happy to do that if you'd prefer, it's lower risk.
SL: Hmm. I'd rather not decide that today. Let me think about it.
NK: Let's come back to it. Toby, how's the screen pop going?
TR: Um. So, honestly, I can't really start on the connector until I get the sandbox API key from you guys. I've got the docs, I've got the dev org set up, but without the key I can't, you know, actually call anything.
SO: Oh. That's on me, sorry Toby, I thought provisioning had sent it. I'll raise it with our provisioning team today and get you a key.
TR: Okay. Thanks.
NK: Does that put the twenty-third at risk, Toby?
TR: Not yet. I think. Maybe.
NK: Okay. While we're on you, Toby, can you also look at the agent user import? Getting the agents from your HR extract into the platform.
TR: I can do the agent import script. Um, by the twenty-third as well?
NK: Twenty-third, great.
SO: The user file's just a CSV, Toby, the template's in the admin guide. Page forty-something.
TR: Okay, I'll find it.
NK: Sam Okafor, the retention write-up for Fiona, we said end of this week?
SO: Yeah, I'm aiming for tomorrow. It's mostly done, I just need to check one thing with our storage team about where the recordings physically sit.
FM: That's exactly the thing I'm going to ask about, so.
SO: Figured.
NK: And the IVR build?
SO: I'll build the IVR call flows in the test tenant by the twenty-third. Same menu as today, Denise, before you say anything.
DW: I wasn't going to say anything.
SO: You were going to say something.
DW: I was going to say something.
NK: Fiona, card payments. We need to decide how card details are kept out of the recordings.
FM: Right. So there are two options on the table. Masking the keypad tones, which is the expensive one, or pause and resume, where the recording is paused while the member reads out the card number.
SO: Pause and resume is built in. Masking would need an add-on and probably another month.
FM: Pause and resume is acceptable to me, provided it's automatic on the payment screen and not relying on the agent remembering to click something.
SO: It can be triggered from the CRM. Toby's screen, technically.
TR: Oh. Okay. Um.
NK: So are we agreed? Pause and resume for card payments, triggered automatically from the payment screen.
FM: Agreed.
DW: Fine by me, as long as my agents don't have to remember anything else.
NK: Great. Denise, the training rota, still good for tomorrow?
DW: No. Well, yes, but not me. Kerry's going to pick up the rota. She's my team leader on mortgages and she knows the shifts better than I do anyway. She'll still have it to you by the sixteenth.
NK: Okay, so Kerry for the rota. Will she be joining these calls?
DW: God, no. I'm protecting her from this.
NK: Fair. Sam Lee, any word on the quote for the old recorder?
SL: I've asked. Nothing yet.
NK: Okay. Anything else? Fiona?
FM: No, that's me.
NK: Then a quick recap. Sam Lee, number list Monday. Me, the letter signed by Tuesday. Marcus, the porting form today. Sam Okafor, the API key today, the retention write-up tomorrow and the IVR flows by the twenty-third. Toby, screen pop and the user import, both the twenty-third. Kerry, the rota by tomorrow.
MH: Got it.
DW: Is it raining where everyone else is? It's biblical here.
SL: Same. Car park's a lake.
NK: On that note. Thanks all, see you next week.
"""

# ---------------------------------------------------------------- call 3, Thu 2026-10-22
CALLS[3] = """
NK: Morning, morning. Is that everyone? I've got Sam, Sam, Toby, Fiona, Denise and Marcus.
DW: No Gareth?
NK: No Gareth. I haven't heard anything from him.
DW: Typical.
NK: Let's crack on. Marcus, did the number list reach you?
MH: Yeah, got it Monday, thanks. Four hundred and twelve numbers, which is more than anyone expected.
SL: Including, I'm told, a fax line for a branch that closed in twenty nineteen.
MH: We'll port it anyway unless you tell me otherwise.
SL: Yeah, and Marcus sent the porting form the same day, it's filled in and back with him.
MH: It is. Thanks.
NK: Great. The letter of authority. That's me, and, um, no. Still not signed. Gareth's been out most of the week. Realistically Monday.
MH: That's the thing holding us up. I really can't submit anything until it's signed.
NK: I know. I'll walk it to his desk if I have to. Well, I'll get Denise to walk it to his desk.
DW: Will you now.
NK: Fiona, retention.
FM: Yes. I got Sam Okafor's retention write-up on Friday, thank you, it's very thorough. I've got a few questions about the deletion logs but broadly it's fine.
NK: So what do you need to sign it off?
FM: Time, mostly. And legal want to look at the six versus seven years point. I'll get it through my review and signed off by the thirtieth.
NK: The thirtieth. Okay.
FM: I suppose I could look at the masking rules as well while I'm in there, if that's useful. Not this week though.
NK: Let's see. Um, the old recordings. Sam Lee, the quote from the maintainer?
SL: Still chasing them. They're not fast.
~FM: Can I jump in? I've been through this with legal. We don't need them migrated. The old recorder can stay read-only until everything on it is past the retention period, and we search it there if a complaint comes in.
SL: It's on a support contract till twenty twenty-eight anyway.
NK: So we leave the historic recordings on the old archive and we don't migrate them. Everyone okay with that?
DW: Yes.
SL: Yep.
NK: Great. Then let's park the quote, Sam, don't chase the maintainer any more, it's not needed.
SL: Happy to. One less thing.
NK: Sam Okafor, network.
SO: So, um, this is the bit I'm worried about. We can't start the SIP trunk testing until the network team open the ports, and as of this morning they're still closed.
SL: Yeah. I chased Colin. The ports are going to be next Wednesday now, the twenty-eighth. The data centre move ate his week.
NK: The twenty-eighth.
SL: That's what he says.
NK: Is Colin joining today?
SL: What do you think?
NK: Okay. Sam Okafor, does the twenty-eighth hurt us?
SO: It eats the slack before the pilot, basically. We want a week of trunk testing before the sixteenth.
NK: Okay, noted. Toby. Screen pop.
TR: Um, yeah. So. It's, it's not going to be tomorrow. I'm still waiting on the key.
SO: That's, yes, that's us. Provisioning say Monday. I've escalated it, for what that's worth.
NK: Monday for the key. And Toby, then, realistically?
TR: Realistically the twenty-eighth. If the key comes Monday. I've done everything I can without it.
NK: Okay, the twenty-eighth. Thanks Toby, that's honest.
NK: Sam Okafor, the IVR flows?
SO: Nearly there. Tomorrow's still fine.
NK: Good. Denise, the rota?
DW: Kerry sent the rota round on Tuesday. If you didn't get it, that's an Outlook problem, not a Kerry problem.
NK: I got it, it's great. Thank her for me.
DW: Has anyone heard from Gareth about the overtime? Because I haven't, and I'm not booking any training until I have.
NK: Noted. It's on his list, right next to the letter.
DW: And before anyone asks, I won't get to the wallboard layouts this week. So don't put me down for it.
NK: No wallboards this week. Noted.
SL: On the out-of-hours side, we need new recordings for the closed message and the bank holiday message. I'll get the out-of-hours messages recorded and over to Sam Okafor by Wednesday.
SO: Perfect. WAV, eight kilohertz, please. Not an MP3 off someone's phone.
SL: That was one time.
NK: Okay, recap. The letter Monday, that's me. Fiona, sign-off by the thirtieth. Ports the twenty-eighth, Colin's team. API key Monday, Sam Okafor. Screen pop the twenty-eighth, Toby. IVR flows tomorrow. Out-of-hours messages Wednesday, Sam Lee.
MH: Just so nobody's surprised, the losing carrier usually takes about a week to confirm a date once we submit.
NK: Understood. Thanks everyone.
TR: Thanks, bye.
"""

# ---------------------------------------------------------------- call 4, Thu 2026-10-29
CALLS[4] = """
NK: Morning everyone. Gareth, good to have you back.
GP: Morning. I've read the notes. I know, I know, I owe you things.
NK: We'll get to that. Marcus isn't with us today.
SL: Yeah, Marcus sent his apologies, he's on a port cutover for another customer. He said he'll catch up from the notes.
NK: Okay. Gareth, since you're here, the letter of authority.
GP: I signed the letter this morning. It's gone to Marcus directly, my PA scanned it over.
NK: Oh, brilliant. Thank you.
GP: And the overtime, Denise, I approved that on the twentieth. Didn't it come through?
DW: It came through yesterday. From your PA. Eight days later.
GP: Well. It's approved.
DW: It is approved. Thank you.
NK: Great, so the training can be booked.
DW: Training can be booked. Kerry's booking it.
NK: Okay. Network. Sam Okafor?
SO: The ports are open now. Colin's team did it Tuesday night and I've had test calls going through the trunk since yesterday morning. So, um, good news for once.
SL: I'd like it minuted that Colin exists.
NK: Minuted. Toby, did the key come?
TR: Yes, the key came Monday. Thanks. So I've been able to actually, um, connect to things.
GP: Toby, can I ask, when will the screen pop actually work? Because that's the bit my agents keep asking me about.
TR: Um. So it's, it's partly working. The lookup works, the pop doesn't. It'll be working in dev by Wednesday. I'm confident about Wednesday.
GP: Wednesday the fourth.
TR: Yes.
GP: Okay. Thank you.
NK: And Toby, the agent import as well, that was due last Friday.
TR: Yeah. Um. I haven't, I haven't really started it, sorry. The screen pop's taken everything.
NK: Sam Okafor, could you take the agent import off Toby's plate?
SO: Yep, I've got it. I'll load the users Monday. Toby, just send me the HR extract.
TR: I can send that today.
NK: Great. IVR?
SO: IVR flows were built on Friday. Denise has clicked through them.
DW: They're the same as the old ones. Which is what I asked for. So, good.
NK: Fiona, retention. Where have we landed?
FM: So. Legal and I have gone back and forth, and I'm comfortable with six years for all recorded calls, then automatic deletion. Not seven. Seven was a hangover from a policy we retired.
GP: Six years is fine by me.
NK: So we're agreed: six years retention for all recordings, then they're deleted automatically.
FM: Agreed. Before I put my name on it, though, can someone tell me in writing where the recordings physically sit? Which data centres?
SO: Yep, I'll send you the data residency statement tomorrow. It's UK South and UK West, but you'll want it on paper.
FM: I will. Then I'll do the formal sign-off Tuesday.
NK: Tuesday the third. Great.
NK: Now, the port date. Marcus has the letter now, but until Telvio confirm the port date I can't finalise the cutover runbook.
SL: Marcus reckons the losing carrier normally confirms within about a week of submission.
GP: And what do we do if the date isn't the thirtieth?
NK: Then we either move the cutover or we run on temporary call forwarding for a bit. I'd rather not.
GP: If you need me to lean on anyone, Colin's boss, Telvio, whoever, I can. Just say.
NK: Thank you, I might take you up on that.
SO: Can I raise one thing? The pilot. Honestly, with the screen pop landing on the fourth, we've got very little testing time before the sixteenth.
GP: Are you saying move the pilot?
SO: I'm saying it's tight.
NK: Let's see where Toby is on Wednesday and decide next week. I don't want to move anything today.
GP: Okay. I won't be here next week, I'm afraid. Denise, you've got my proxy. Within reason.
DW: Oh good.
NK: Quick recap then. Toby, screen pop working in dev Wednesday, and the HR extract to Sam Okafor today. Sam Okafor, users loaded Monday and the residency statement tomorrow. Fiona, formal sign-off Tuesday. And we're all waiting on Telvio for the port date.
FM: Yep.
GP: Thanks Nadia. Good progress. Really.
NK: Thanks all. Enjoy half-term, those of you who've got it.
"""

# ---------------------------------------------------------------- call 5, Thu 2026-11-05
CALLS[5] = """
NK: Morning all. Gareth's not with us, he told us last week. Denise, you're holding his proxy.
DW: Within reason. He was very clear about the within reason.
NK: Marcus, good to have you back.
MH: Thanks. Sorry about last week. Good news first, if that's alright?
NK: Please.
MH: The port date's confirmed. Monday the thirtieth, six a.m. start. The losing carrier accepted the order on Tuesday.
SL: Oh, thank God.
NK: That's great. So that's the runbook unblocked.
MH: I'll send the written confirmation over by Monday, with the timings and the rollback window.
NK: Perfect. Did anyone see the fireworks last night? My dog did not enjoy them.
SL: Mine neither. He spent the evening in the bath.
NK: Okay. Toby. The big one.
TR: So, um, it works. The screen pop. It went in Tuesday night and it's been working in dev since yesterday morning. Member calls in, record comes up.
SO: I can confirm, I rang it about forty times.
DW: Can my agents see it?
TR: Um. Not yet. That's the, um. So to test it properly with the agents it needs to be in UAT, and we can't start UAT until Brightwater refresh the CRM UAT environment. And they're saying not before the twelfth.
NK: Who's Brightwater, for Marcus's benefit?
TR: Sorry. They're our CRM support partner. They own the environments.
NK: The twelfth. And the pilot's the sixteenth.
SO: Which is two working days of UAT. I'm not comfortable with that.
DW: Neither am I. Honestly, why don't we push the whole thing to January and do it properly?
NK: I don't think we need to go that far, and I can't agree that without Gareth. What I'd propose is we move the pilot a week, from the sixteenth to the twenty-third, and keep the port and the full cutover on the thirtieth.
SL: The port date can't move anyway, not without going back to the losing carrier.
MH: Please don't make me go back to the losing carrier.
DW: A week. Fine. That I can sign for Gareth. Pilot on the twenty-third.
SO: Works for me.
NK: Okay, so decided: the pilot moves to Monday the twenty-third, the port and the full cutover stay on Monday the thirtieth. I'll update Gareth.
DW: And I'll send the new training invites out Monday, because now Kerry's whole plan is wrong.
NK: Thank you, Denise. Sam Okafor, users?
SO: All loaded. Toby's extract came over the same afternoon, and I loaded the users on Monday. A hundred and eighty-six agents. Three had no email address, I've sent those to Denise.
DW: I've seen them. Two have left. One is a typo.
NK: Fiona, anything from you?
FM: Yes. I signed off the retention schedule on Monday. A day early. Don't get used to it. And Sam Okafor sent me the residency statement on Friday, which was what I needed.
NK: Brilliant. So recording is signed off.
FM: From my side, yes. Pause and resume still needs testing, obviously.
SO: That's in the end-to-end test. I'll run the end-to-end test calls on Tuesday. Marcus, are your test numbers live?
MH: They're live already. They were in my email yesterday.
SO: Ah. So they were.
TR: I could maybe do a demo of the screen pop for the team leaders, if that's useful? Once UAT's up.
DW: Maybe. Let's see if it survives UAT first.
NK: Toby, one more for you. Support handover. When this goes live, Brightwater and the service desk need to know how the connector's configured.
TR: Okay. Um, yeah. I'll write up the connector configuration for the support handover by the thirteenth.
NK: The thirteenth, thanks.
SL: Is the cutover runbook coming round before next week's call?
NK: It is, now we've got the date. You'll have the runbook by Tuesday.
SL: Okay.
NK: So, recap. Marcus, written confirmation Monday. Denise, new training invites Monday. Sam Okafor, end-to-end test calls Tuesday. Toby, handover write-up by the thirteenth. Brightwater's refresh, not before the twelfth, that's the one I'm worried about. And I'll update Gareth. Pilot the twenty-third, port the thirtieth.
DW: And Colin?
NK: Colin did his bit. Colin is forgiven.
SL: I'll tell him. He'll be thrilled.
NK: Thanks all. Talk next week.
"""


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def chunks(words, rng):
    """Teams-like split: turns over 15 words become cues of 7-14 words, cut at word boundaries."""
    if len(words) <= 15:
        return [words]
    out, i = [], 0
    while i < len(words):
        rest = len(words) - i
        if rest <= 15:
            n = rest if rest <= 14 else rng.randint(7, rest - 7)
        else:
            n = rng.randint(7, 14)
        out.append(words[i:i + n])
        i += n
    return out


def turns(script):
    for line in script.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        over = line.startswith("~")
        code, text = line.lstrip("~").split(":", 1)
        yield NAMES[code.strip()], text.strip(), over


def render(n, script):
    rng = random.Random(1000 + n)
    guid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    t = rng.uniform(2.0, 6.0)
    prev_end = t
    lines = ["WEBVTT", ""]
    for k, (name, text, over) in enumerate(turns(script)):
        if over:
            t = max(prev_end - rng.uniform(0.4, 1.2), t - 2.0)
        else:
            t = prev_end + rng.uniform(0.25, 1.4)
        for j, ws in enumerate(chunks(text.split(), rng)):
            dur = len(ws) / rng.uniform(2.3, 3.0) + rng.uniform(0.2, 0.6)
            start, end = t, t + dur
            lines += [f"{guid}/{k + 12}-{j}", f"{fmt(start)} --> {fmt(end)}", f"<v {name}>{' '.join(ws)}</v>", ""]
            t = end + rng.uniform(0.0, 0.15)
            prev_end = end
    return "\n".join(lines)


def main():
    out = Path(__file__).resolve().parent / "calls"
    out.mkdir(exist_ok=True)
    for n, script in CALLS.items():
        (out / f"call-{n}.vtt").write_text(render(n, script), encoding="utf-8")
        print(f"call-{n}.vtt: {sum(1 for _ in turns(script))} turns")


if __name__ == "__main__":
    main()
