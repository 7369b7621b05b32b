#!/usr/bin/env python3
"""Generate the five Ravensholt Contracts Platform calls as Microsoft Teams WebVTT exports (calls/call-N.vtt).

Each line is "CODE: text". " | " inside a turn marks where Teams cut the turn into consecutive cues of the same
speaker (cue ids "<guid>/<turn>-<part>", each cue a "<v Full Name>...</v>" voice span). " || " joins two turns
into one cue with two voice spans (a quick interjection; documented as allowed in docs/FORMATS.md).
Timestamps are synthetic but deterministic.
Run: python3 make_calls.py   (writes calls/call-1.vtt .. call-5.vtt next to this file)
"""
import random
import uuid
from pathlib import Path

NAMES = {
    "I": "Imogen Clarke",      # vendor PM (Tenderline), host
    "R": "Rafael Ortiz",       # vendor solution consultant
    "H": "Howard Pennington",  # customer finance director, sponsor (call 1 only)
    "A": "Aled Morgan",        # customer financial controller, Howard's deputy (from call 2)
    "S": "Siobhan Kerrigan",   # customer procurement manager, called "Shiv" from call 2
    "L": "Lowri Evans",        # customer procurement officer, keeps the contract register
    "D": "Dev Sharma",         # customer IT business partner; IT is outsourced to Corrin (ticket only)
    "K": "Kwame Asante",       # Bridgeway, supplier-portal integration partner
    "T": "Tabitha Greaves",    # customer legal counsel (data retention)
}

CALLS = {}

CALLS[1] = """
I: Right, I think we've got everyone. Hi all, can everyone hear me okay?
S: Yes, hi.
H: Loud and clear, Imogen.
I: Great. So, um, this is the first of our weekly calls for the Ravensholt contracts platform. I'm Imogen, I'm the project manager at Tenderline, | I'll be running these every Tuesday at ten. Let's do quick intros. Rafael?
R: Hi everyone, Rafael Ortiz, solution consultant. So I'll be configuring the platform, the contract register, the approval workflows, and the, um, the data load.
H: Howard Pennington, finance director. I'm the sponsor for this, for my sins. I'll be honest, I won't make many of these, so, uh, I'll say my piece today.
S: Siobhan Kerrigan, procurement manager. My team is, well, it's me and Lowri and a vacancy, so, you know.
L: Lowri Evans, procurement officer. I keep the contract register. The spreadsheet. The famous spreadsheet.
H: Infamous.
D: Dev Sharma, IT business partner. Just so everyone knows, our IT is outsourced to Corrin, so anything infrastructure, SSO, firewall, | that goes through me and then into their ticket queue. They don't do phone calls. Or meetings. Or, really, urgency.
K: Kwame Asante from Bridgeway. We're doing the supplier portal integration, so the onboarding side, supplier registration, bank detail checks, that kind of thing.
I: Lovely. Thanks all. So, the big thing first. Howard, I know you'd like everything live on the first of December.
H: I would. The audit committee has been asking about our contract register for two years. I'd like to show them the whole thing, | the register, the tendering, the supplier portal, all of it, in December.
S: Um. With respect, Howard, there is no way my team can test tendering and the supplier portal and the register all before Christmas. There's two of us.
K: And the portal side needs the SSO and the onboarding checks sorted before a single supplier touches it. December would be, uh, ambitious.
I: So what I'd suggest is we split it. The contract register goes live on the first of December, that's what the audit committee actually cares about, | and e-tendering and the supplier portal follow in January as phase two.
H: Hm. As long as the register is live and I can show the committee something real in December.
I: It will be.
H: Fine. Phased. Siobhan?
S: Yes. Yes, phased, please.
I: Okay, I'll record that as agreed. Register first, on the first of December, tendering and the portal in January.
R: That also means I can do the register config properly instead of, um, three things badly.
I: Right, actions. Rafael, Lowri needs the migration template before she can start moving the spreadsheet across.
R: Yep, it's basically ready, I just need to add the framework fields. | I'll send it to Lowri tomorrow.
L: Great.
I: And then Lowri, once you've got the template, how long to get the register into it?
L: Um, it's about four hundred rows, and a lot of them need, er, tidying. The dates are all over the place. Some of them are just "TBC". | Friday week? So the sixteenth.
I: Sixteenth, lovely.
S: Don't let her be a hero, Imogen, she's also doing the quarterly returns.
L: I'll be fine.
S: She says that every quarter.
I: Okay. Dev, SSO. What do we actually need to do?
D: So I log a ticket with Corrin for the SAML app, they do the config on their side, we test. | I'll log the ticket today. I won't pretend I can tell you when they'll do it. It's ticket or nothing with them.
I: Understood. Ticket today. Thanks Dev.
R: The SAML metadata's in the, er, the setup guide, Dev, if Corrin ask for it.
D: I've got the guide, it's fine.
I: Kwame, from your side?
K: So I need to write up the integration design, how our onboarding flow talks to your platform, the API calls, where the supplier record lands. | I'll get you the design doc by next Wednesday.
I: Wednesday the fourteenth, great.
I: Howard, the one thing we really need from finance is the approval limits. Who can award a contract up to what value. | Rafael can't build the award workflow without it.
H: Yes, the delegated limits. They're in the financial regulations but they're out of date, they still mention a director we haven't had since 2021. | I'll get the updated limits to you by Friday.
I: This Friday, the ninth?
H: This Friday.
R: Perfect, that'd be really helpful.
H: And Siobhan can refresh the procurement policy while she's at it, can't you, Siobhan?
S: Oh, absolutely, Howard. I'll do it between the other eleven fires.
I: Ha. Let's leave the policy out of this project for now, it's not on our plan.
H: Fair enough. Worth a try.
I: Siobhan, the other thing I'll need is testers. People from your team or from the wider business for UAT.
S: I can find you three names. By Friday.
I: Friday, great.
R: And, um, if it'd help, I could probably run a half-day on the tender templates for your lot at some point, if you wanted.
S: Maybe. Let's see if we survive October first.
H: Right, I'm going to have to drop off, I'm due in with the chief exec. | Aled Morgan, my financial controller, will come to these from now on. He's got my full authority. Within reason.
I: Thanks Howard. Good to meet you.
H: And you. Bye all.
S: Bye Howard.
I: Okay. Anything else? Kwame?
K: Just, um, we'll need a sandbox tenant from Tenderline at some point, to connect ours to. Not urgent yet.
R: Noted. There'll be a test tenant at some point, we can hang it off that.
I: Let's pick that up next week then. Lowri, anything?
L: Only, um, is it okay if the register has contracts that have already expired? Because about a third have.
R: Load them for now, we can filter them out. Better to have them than not.
L: Okay.
I: And I'll send the project plan and the RAID log round after the call.
S: Thanks.
I: Quick recap. Rafael, template to Lowri tomorrow. Lowri, register in the template by the sixteenth. Dev, Corrin ticket today. | Kwame, design doc by the fourteenth. Howard, approval limits Friday. Siobhan, three tester names Friday. And me, plan and RAID log today.
D: Yep.
I: Thanks everyone. Same time next week.
L: Bye!
K: Cheers all.
"""

CALLS[2] = """
I: Morning all. Let's give it a second, I can see Tabitha joining. | Hi Tabitha. And Aled, welcome, this is your first one.
A: Morning. Yes, Howard's passed me the baton. Or the grenade, I'm not sure yet.
T: Hi, sorry, Tabitha Greaves, legal. I've been asked to look at the data retention side of things.
I: Brilliant, thanks for coming. So, the usual run through the actions, then retention, then a scope question I really need an answer on today. | Rafael, the template for Lowri?
R: Went Wednesday morning. Lowri, did that reach you?
L: Yep.
I: Great. And Lowri, how's the register going?
L: Um, so. The dates are worse than I thought. Half the end dates are just "ongoing". And some of them are in American. | It's going to be the end of next week now, realistically.
I: So Friday the twenty-third.
L: Twenty-third. Sorry.
S: It's not her fault, the quarterly returns ate last week.
I: No, that's fine. Better right than fast. Dev, the Corrin ticket?
D: Logged Tuesday afternoon, the reference is RAV-20931. They've acknowledged it. | That's it. That's all I've got.
I: So it's in, and nothing back.
D: Nothing back. It's been logged as a P4, and the SLA for a P4 is ten working days.
R: Which is a problem for me, because I can't set up the user roles or let anyone into the test tenant until the SSO's done. | Everything's sat behind Corrin at the moment, basically.
I: Can we get it bumped?
D: I'll chase them again Thursday. If I put a note on the ticket they sometimes move it up.
I: Thursday, thanks. Siobhan, oh, sorry, Shiv, you said everyone calls you Shiv?
S: Everyone does. Only Howard calls me Siobhan, and only when he wants something.
I: Shiv it is. The tester names?
S: Ah. Not yet. Honestly it'll be the end of this week, I've had two people say yes and then un-say it.
I: Okay, so by Friday?
S: By Friday.
S: Oh, and thanks for the plan and the RAID log, Imogen, I've put them on the Teams channel.
I: Great, thanks.
I: Aled, the approval limits. Howard was going to get them to us last Friday.
A: Yes, he's, um, he's asked me to pick that up. It's on my list now. | I'll get them to you by the end of this week.
I: So the sixteenth.
A: Sixteenth.
R: Just so it's said out loud, the award approval workflow is stuck until I've got those limits. I can build everything around it, but not the routing.
A: Understood. This week.
I: Kwame, the design doc, that's due tomorrow?
K: Tomorrow, yes. It's mostly written.
I: Great. Rafael, Kwame was asking about a sandbox last week.
R: So, I'm building the test tenant this week, with the contract register module switched on. I'll have test up by Friday.
K: And once that's up I'll connect our sandbox to it. Give me a week after that, say the twenty-third.
I: Twenty-third for the Bridgeway sandbox connection. Okay.
K: And for phase two I'll need your biggest suppliers, the ones we'd onboard first. | We could maybe look at the Companies House check integration as well, if there's budget, but that's a conversation for another day.
A: Let's have that conversation another day, then.
I: Lowri, the biggest suppliers, is that you?
L: I can pull the top fifty by spend. End of the month?
I: End of the month's fine, it's phase two.
I: Okay, scope. The question is what we actually migrate. Lowri, how many contracts are on the register?
L: Four hundred and twelve. But a lot are tiny. Like, the window cleaner.
S: Half of them are under twenty-five grand. They're not really contracts, they're purchase orders with delusions of grandeur.
R: And from a data point of view the small ones are the messiest.
I: So one option is we only migrate live contracts of twenty-five thousand and over, plus all the framework call-offs, | and everything else stays in the spreadsheet as a read-only archive.
A: What does the audit committee actually look at?
S: Anything over twenty-five k. That's their threshold.
A: Then I'm fine with that. Twenty-five k and above, plus the frameworks.
S: Agreed. Lowri?
L: Yes please. That takes out about two hundred rows.
I: Great, decided. Twenty-five k and over plus the frameworks, everything else stays in the spreadsheet archive.
I: Tabitha, retention.
T: So the question I've been given is how long we keep tender submissions, particularly the unsuccessful bids, and contract documents after expiry. | Our current policy says six years for everything, which isn't right for unsuccessful bids, they've got personal data in them. CVs, that sort of thing.
R: The platform can auto-delete on a schedule, per document type. But someone has to tell me the periods.
T: I'll have a view on the retention periods by the twenty-third. I need to check the housing regulator guidance first.
I: Twenty-third, thank you.
T: And I'll send Imogen our DPIA template, so your side can fill in the platform part. I'll get that to you by Friday.
I: Lovely.
A: While I think of it, I'll send you the finance committee dates, Imogen, so we can line up the go-live sign-off. Friday.
I: Perfect.
D: Sorry, just on SSO, is it worth me asking Corrin to do production at the same time?
R: Let's get test working first. Production's a different app, different URL.
D: Okay, fair.
I: Okay, recap. Lowri, register by the twenty-third, top fifty end of the month. Dev, chase Corrin Thursday. Shiv, tester names Friday. | Aled, approval limits Friday, and the committee dates. Rafael, test tenant Friday. Kwame, design doc tomorrow, sandbox connection the twenty-third. | Tabitha, retention view the twenty-third and the DPIA template Friday.
T: Yes.
I: Anything else? No? Okay, thanks all.
A: Thanks. || D: Cheers.
"""

CALLS[3] = """
I: Morning. Lowri's off for a couple of days, Shiv said, back on Thursday. And I don't think we've got Tabitha. Let's crack on.
S: Lowri's in Tenerife. Lucky her.
I: Ha. Okay. Dev, let's start with the big one. Corrin.
D: So I chased Thursday, put a note on the ticket. They've moved it to a P3. | And, that's it. No engineer assigned.
R: So I still can't get anyone into test. The tenant's built, but nobody can log in through the Ravensholt login.
A: Corrin? Picking something up the same month? And I'm the Archbishop of Canterbury.
I: Can we go above the ticket queue? Is there a service delivery manager?
D: There is, in theory. A woman called, um, Pauline something. But she only takes emails from our head of IT.
I: Then let me help. I'll draft an escalation note for Dev to send through your head of IT. | I'll have it to you tomorrow, Dev.
D: That'd help, thanks.
A: Could we not just skip SSO for the test and give people local logins?
D: Corrin's security policy says no local accounts on anything holding contract data. I'd rather not pick that fight.
R: And it'd mean redoing all the roles later. I'd rather wait another week.
A: Fine, forget I said it.
I: Okay. Rafael, the test tenant then. You said Friday.
S: It's up, I had a look on Friday with the admin login. It looks good, actually. Better than I expected.
R: Yeah, that's the local admin account, the one exception. It's built, and the register module's on.
I: Great. Kwame, the design doc, did that come?
R: Kwame's doc came through Wednesday, I've been through it, it's fine. A couple of questions on the supplier IDs but nothing blocking.
K: Happy to walk you through those after this.
I: And the sandbox connection, you said the twenty-third?
K: Ah. So that's going to be the end of next week now. Our test environment is being rebuilt, it's not even our call. | Say the thirtieth.
I: The thirtieth. Okay.
I: Shiv, tester names?
S: In your inbox. Three of them. One's from housing management, which I'm quite proud of.
I: Brilliant, thank you.
I: Aled, approval limits?
A: With me. I've got a draft, but I want Howard to have a look before it goes anywhere. This week, honestly.
I: So Friday the twenty-third.
A: Friday.
R: It's only the routing I can't do. Every other part of the award workflow is built.
I: And Howard, is he coming to any of these?
A: He sends his apologies. He's, uh, he's got budget setting.
I: Okay. Shiv, any news on Lowri's register while she's off?
S: She's nearly there. Still the twenty-third, she said, she'll send it when she's back. | Oh, and she said she'd finish mapping the contract categories to the new taxonomy by the end of next week. She asked me to tell you.
I: Okay, so Lowri, categories by the thirtieth. Noted.
I: Tabitha, retention, but no Tabitha. Rafael, is that holding you up yet?
R: It will. I can't configure the document retention rules until legal tells us the periods. Everything else in the document library I can do.
I: Let's see what she says next week.
I: Rafael, I'd really like the procurement team to see the award workflow before UAT. Could we do a demo?
R: Yeah. I'll do a demo next Tuesday, straight after this call. Half an hour.
S: Next Tuesday works for us.
I: Great. Now, training. I want to agree how we train people.
R: So we can do it two ways. Either I train everyone, which is about eight sessions, | or I train two super-users in your team and they train the rest.
S: Honestly, my team hasn't got time to be trainers.
A: But we haven't got the budget for eight sessions either.
R: The super-users would only need two days with me.
S: Hm. If Lowri's one of them and I get to pick the other... | Fine. Train the trainer.
A: Yes, go with that.
I: Okay, decided. Train the trainer, Rafael trains two super-users and they cascade it to everyone else.
I: Shiv, one more thing, the standard tender templates. Rafael needs the ITT documents to load.
S: Oh, those. I'll send them over Friday.
R: Friday's great.
K: Sorry, quick one before we finish. Do we know yet which supplier fields are mandatory?
R: That's in your design doc, isn't it? The questions I had.
K: Partly. Let's do it after.
I: Okay. Dev, anything else from you?
D: No. Just, um, fingers crossed.
I: Recap. Me, escalation note for Dev tomorrow. Kwame, sandbox the thirtieth. Aled, limits Friday. | Lowri, categories the thirtieth, via Shiv. Rafael, demo next Tuesday. Shiv, templates Friday. Okay?
D: Yep.
K: Yep, thanks.
A: Thanks all.
"""

CALLS[4] = """
I: Hi all. Full house today. Tabitha, welcome back. Lowri, how was Tenerife?
L: It wasn't Tenerife, it was my sister's in Swansea. Shiv made that up.
S: It sounded better.
I: Ha. Okay. Good news first, I think. Dev?
D: SSO's working. Corrin closed the ticket Thursday night, I logged in on Friday morning through the Ravensholt login and it went straight through.
R: Confirmed, I tested it with three accounts yesterday.
I: Fantastic. And the escalation note?
D: Yeah, your note did it, Imogen. Our head of IT sent it Wednesday and they assigned an engineer the same afternoon.
A: Amazing what a strongly worded email does.
I: Good. So Rafael, now SSO's in, the roles?
R: Now that SSO's in, I'll map the roles to the AD groups. I'll have the roles set up by Thursday.
I: Thursday. Dev, anything else on Corrin?
D: Well, that was the test app. We'll need a second one for production. Separate ticket, separate queue, same joy.
I: Can you get that in now, so we're not waiting again in November?
D: Yeah. I'll put the production ticket in this week.
I: Thanks. Rafael, the register. Lowri?
R: I've got it. Lowri sent it Thursday, I loaded it into test on Friday. Two hundred and six contracts, about a dozen rejected on dates, | which I've sent back to Lowri, but they're all expired ones anyway.
L: Yeah, those are the "ongoing" ones. Sigh.
I: Great, so the register's loaded. Lowri, the categories?
L: Um, categories, yeah. Not yet. Probably the sixth? The taxonomy's got more levels than I thought it would.
I: Friday the sixth. Okay.
I: Shiv, the tender templates?
L: Shiv sent them over Friday, I saw the email. I was copied in.
R: Yep, got them, thanks.
I: Great. Tabitha, retention.
T: Yes. Sorry I missed last week, I was in a tribunal. | On the retention periods, that's going to be mid-November now. The tribunal took three days out of my week and there's a regulator consultation I need to read first.
I: Mid-November as in, say, the thirteenth?
T: Let's say the thirteenth.
R: The only issue is go-live. I can't switch on the deletion rules without the periods.
T: Then don't switch them on. Keep everything until I've given you the periods. Nothing gets deleted, nothing's lost.
A: Is there any risk in keeping things too long?
T: Small, for a few weeks. Much smaller than deleting something we shouldn't have.
I: So we go live with no automatic deletion, everything retained, and switch the rules on once Tabitha's given us the periods.
A: Fine by me.
S: Yes.
I: Decided then. No auto-deletion at go-live.
T: I could maybe dig out the old 2017 retention policy in the meantime, if that's useful, though it's mostly wrong.
I: I think we'll wait for the real thing.
I: Aled, the limits. Friday?
A: Right. So. Having looked at it properly, the award limits are really a procurement thing, not finance. Shiv, you own the procurement thresholds. | Would you take them over? I'll sign them off once they're drafted.
S: I... yes, fine. They're mostly in the procurement strategy anyway. Friday.
I: So Shiv has the approval limits, by Friday the thirtieth, and Aled signs them off.
A: Yes.
R: And the routing stays stubbed out till then.
I: Kwame, anything from Bridgeway?
K: The sandbox is on track for Friday. But I've got a bigger problem. | I can't finish the supplier onboarding flow until Ravensholt tells us which due-diligence checks you want. | Insurance, modern slavery statement, credit check, all of those, which ones are mandatory.
S: That's procurement again. Brilliant, another checklist. My favourite.
I: Can you get Kwame a list? Even a rough one?
S: I've got one from the old tender pack. I'll send it to Kwame by Monday.
K: Monday's perfect.
I: So Shiv's getting Kwame the checklist by Monday the second.
I: Rafael, the demo. We were going to do it straight after this call.
R: About that. I've had one acceptance.
S: Everyone's on the year-end stock count. No one can make it.
I: Then let's not do the demo. We'll fold it into the super-user training. Shiv, okay with you?
S: Yes, drop it. They'll see it in training.
I: Okay, the demo's off.
D: Can I ask, for production, do you want the same AD groups as test?
R: Same groups, yes. They're in the test config, you can copy them from there.
D: Great.
I: Recap. Rafael, roles Thursday. Dev, production ticket this week. Lowri, categories the sixth. Tabitha, periods the thirteenth. | Shiv, approval limits Friday and the checklist Monday. Kwame, sandbox Friday.
A: And I sign off the limits.
I: And Aled signs off the limits. Thanks everyone.
T: Thanks, bye. || L: Bye!
"""

CALLS[5] = """
I: Morning. I don't think Dev's joining. Did anyone hear from him?
S: No.
I: Okay. Tabitha sent apologies, she's in court again. | Let's start with the limits, because I think that's the big one. Aled?
A: Yes. Shiv's matrix came through on Friday, I went through it over the weekend and signed it off yesterday. So, done. Finally.
S: Finally.
R: I've got it. So I can build the award routing now. The whole approval workflow, configured and tested, | I'll have that by the thirteenth.
I: The thirteenth. Which is, um, the problem. Because UAT was meant to start on the sixteenth, and that doesn't leave us time to test the workflow ourselves first.
R: It's tight. Really tight.
I: So I'd like to move UAT by a week, to the twenty-third, and the go-live from the first of December to the eighth.
A: Howard won't like that. He's promised the audit committee December.
S: The eighth is still December.
A: ...It is still December. Fine. I can sell the eighth.
S: And my testers would rather have one more week than test something half built.
R: Works for me.
L: Yes.
K: Doesn't affect us, we're phase two.
I: Okay. Decided, UAT from the twenty-third of November, go-live on the eighth of December.
A: I'll brief Howard on the new dates. Thursday, I'm in with him anyway.
I: Thanks Aled. And I'll send the revised plan round by Thursday as well.
I: Rafael, the roles?
R: Done.
I: Lovely. Kwame, the sandbox?
R: He got it working on Thursday. It's connected, I've seen test suppliers coming through.
K: Yeah, a few rough edges on the address format, but it's connected.
I: And the checklist from Shiv?
K: Got the checklist yesterday, thanks Shiv. That's unstuck the onboarding flow, I'm building it now.
I: Great. Lowri, the top fifty?
L: Sent.
I: When was that?
L: Yesterday.
I: Thanks. And the categories, still Friday?
L: Still Friday.
I: Dev's production ticket. Does anyone know if that went in?
S: No idea.
A: Not a clue.
I: Okay, it stays on the list, it's his.
R: The thing that worries me is production SSO, to be honest. If that ticket isn't in, we're back in the Corrin queue, | and go-live's the eighth.
A: Ten working days from whenever it goes in. So it needs to be in this week, really.
S: He was on the stock count too, to be fair to him.
I: Let's keep it at the top of the watch list, then.
L: Sorry, can I check, the register at go-live still has all the framework call-offs in it?
R: All of them, yes. That's the scope we agreed. Plus everything over twenty-five k.
L: Good, because I've already cleaned them.
I: Okay. Moving on.
I: UAT scripts. Who's writing them?
S: Lowri's the super-user, so...
L: I'll write the UAT scripts. Give me till the eighteenth.
I: The eighteenth, that still gives us the weekend before UAT.
K: If you really wanted, we could switch supplier self-registration on early, but I wouldn't.
I: Let's not. It's phase two.
S: And I won't be able to look at the invoice matching bit this side of Christmas, just so you know.
I: That's phase two as well, don't worry.
I: Tabitha's periods, the thirteenth. Has anyone heard anything different?
S: No.
I: Okay. Shiv, the super-user training, do we have dates?
R: We talked about the twelfth and thirteenth, with Lowri and Mo, but nothing's booked.
S: Mo's the other one. He doesn't know yet.
I: Ha. Okay.
A: Can I ask, the January phase, is that still January?
I: As far as I know. We'll look at it properly once the register is live.
I: Recap. Rafael, the workflow by the thirteenth. Me, the revised plan Thursday. Lowri, scripts the eighteenth, categories Friday. | Aled, Howard on Thursday. Dev, production ticket, still open. Thanks all.
L: Bye. || S: Thanks, bye.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"


def turns(n):
    """[(cue parts)] where each cue is a list of (name, text) voice spans."""
    out = []
    for line in CALLS[n].strip().splitlines():
        spans = []
        for seg in line.split(" || "):
            code, text = seg.split(": ", 1)
            spans.append((NAMES[code], [p.strip() for p in text.split(" | ")]))
        out.append(spans)
    return out


def render(n):
    rnd = random.Random(2000 + n)
    guid = uuid.UUID(int=rnd.getrandbits(128))
    t = 2.0 + rnd.random() * 3
    lines = ["WEBVTT", ""]
    for k, spans in enumerate(turns(n), start=1):
        if len(spans) > 1:  # two quick turns in one cue
            words = sum(len(" ".join(p).split()) for _, p in spans)
            dur = max(1.0, words / 2.6)
            body = "".join(f"<v {name}>{' '.join(p)}</v>" for name, p in spans)
            lines += [f"{guid}/{k}-0", f"{ts(t)} --> {ts(t + dur)}", body, ""]
            t += dur + rnd.uniform(0.3, 1.4)
            continue
        name, parts = spans[0]
        for i, part in enumerate(parts):
            dur = max(0.9, len(part.split()) / 2.6 + rnd.uniform(-0.3, 0.6))
            lines += [f"{guid}/{k}-{i}", f"{ts(t)} --> {ts(t + dur)}", f"<v {name}>{part}</v>", ""]
            t += dur + (0.04 if i < len(parts) - 1 else rnd.uniform(0.3, 1.6))
    return "\n".join(lines)


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.vtt").write_text(render(n))
        print(f"call-{n}.vtt: {len(turns(n))} turns")
