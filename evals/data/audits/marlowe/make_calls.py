#!/usr/bin/env python3
"""Generate the five Marlowe University HR and Payroll calls as Microsoft Teams WebVTT exports (calls/call-N.vtt).

Each turn is "CODE: text"; " | " inside a turn marks where Teams cut the turn into consecutive cues of the same
speaker (each cue is its own "<v Full Name>...</v>" voice span). Cue ids and timestamps are synthetic but
deterministic. Run: python3 make_calls.py   (writes calls/call-1.vtt .. call-5.vtt next to this file)
"""
import random
import uuid
from pathlib import Path

NAMES = {
    "P": "Priya Raman",         # vendor PM (host)
    "C": "Callum Whitfield",    # vendor payroll consultant (pay elements, pension interface)
    "E": "Elizabeth Harker",    # customer HR operations lead ("Liz" to most, "Elizabeth" to the CFO)
    "T": "Tariq Haddad",        # customer payroll manager (dreads the parallel run)
    "R": "Rosalind Ashby",      # customer finance director (CFO), sponsor
    "G": "Gavin McLeod",        # customer central IT, identity and single sign-on
    "S": "Sandeep Arora",       # Northvale Pensions, pension-scheme provider (interface file spec)
    "K": "Kirsty Doyle",        # Tessellate Data, data-migration contractor
    "A": "Alan Frost",          # customer Director of IT Services ("IT's director"), reset call only
    "N": "Nicola Brandt",       # customer Registrar ("the registrar"), reset call only
}

CALLS = {}

CALLS[1] = """
P: Hi everyone, can you hear me okay? I've just switched headsets.
T: Yeah, you're fine.
E: Fine here.
P: Great. Let's give it one more minute for, um, for Rosalind, she said she'd try and join.
R: I'm here, sorry, I'm here, I was in the wrong Teams link. Morning.
P: Morning Rosalind. Okay, so welcome to the first of the weekly checkpoints for the HR and payroll move. | I'm Priya, I'm the project manager for the vendor. I thought we'd do a quick round of names, since a few of us haven't met.
C: Callum Whitfield, payroll consultant on the vendor side. So I'll be building the pay elements, the, uh, the pension interface, that kind of thing.
E: Elizabeth Harker, HR operations. Liz is fine. I've got, um, I've got about four hats on at the moment so apologies in advance if I'm slow on things.
T: Tariq Haddad, payroll manager. I'm the one who has to make sure eleven thousand people get paid, so. No pressure.
G: Gavin McLeod, central IT, I look after identity, single sign-on, the directory.
K: Kirsty Doyle from Tessellate, I'm doing the data migration out of the old HR system.
S: Sandeep Arora, Northvale Pensions. I'm on the scheme side, so the contribution files come to us.
R: And I'm Rosalind, finance director. I'm sponsoring this, but I'm going to have to drop at half past, I've got audit committee prep.
P: No problem, we'll do the big question first then. | So the thing I want us to land today is scope for go-live. The proposal on the table is core HR and payroll go live together, on the April payroll, | and recruitment and the learning module come later as phase two.
T: Together? I mean, I'd rather that than running two systems side by side for HR and pay, to be honest.
E: From HR's side, yes, if recruitment waits. I can't do recruitment as well, I genuinely can't.
R: April's the new tax year, it's the natural point. I'm comfortable with that.
P: So core HR and payroll together on the April 2027 payroll, recruitment and learning are phase two. Everyone okay with that?
T: Yep.
E: Yes.
R: Agreed. Good.
P: Lovely, I'll minute that. Right, actions from the kickoff pack. Callum, the config workbook.
C: Yeah, so the payroll configuration workbook, it's basically all the questions about your pay elements, allowances, deductions. | I'll get the config workbook over to you tomorrow, Tariq.
T: Okay. How long is it?
C: It's, um, it's long. Sixty-odd tabs. But a lot of them won't apply.
T: Sixty tabs. Brilliant.
P: Sandeep, the pension side. The big dependency for Callum is the interface file spec for the contribution file.
S: Yes, so we're revising the spec at the moment because of the new scheme rules. | We should have the interface file spec to you by the end of next week.
P: End of next week, so Friday the 6th.
S: That's right.
C: And that's the current version with the, the new tiered rates in it?
S: It will be, yes.
P: Gavin, single sign-on. What do you need from us to get the test tenant federated?
G: Just the metadata file, which I think Callum sent? Yeah. | So I'll have the SSO federation set up for the test tenant by next Friday, assuming the change goes through.
P: Next Friday, the 6th as well then.
G: Yeah.
R: Sorry, I'm going to have to jump. Priya, anything you need from me before I go?
P: Just one, the cut-over calendar. We need you to approve it so payroll can plan the freeze dates around it.
R: Send it over. I'll approve the cut-over calendar next week, there's nothing in it that worries me.
P: Thank you. It's been in your inbox since Monday, the one with the red header.
R: Great. Bye all, sorry.
E: Bye.
P: Okay. Kirsty, migration.
K: So I need to start mapping, and to do that I really need the current positions and grades. | Liz, is that an extract you can pull or does it come from someone else?
E: It's me. I mean it's my team, but it's me. | I can get you the positions and grades extract by Wednesday.
K: Wednesday's perfect.
P: And Kirsty, when would a first trial load be realistic after that?
K: If I get the extract Wednesday I'm aiming for the 13th for trial load one.
P: Okay, the 13th, I'll put it in the plan.
T: Can I just, before we move on, the thing that worries me is the stuff we do by hand today. | Honoraria, the overtime for the security staff, the, um, the marking payments. None of that's in the old system properly.
C: That's exactly the stuff I need to know about, yeah.
T: Right. I'll write up the manual calcs for you by next Thursday. All the ones I can think of anyway.
C: Perfect.
C: And, um, Tariq, if it helps, I could maybe come onsite one afternoon and sit with your team while they do a run, if that's useful.
T: Maybe. Let's see what the workbook looks like first.
P: Callum, Liz mentioned the test-tenant guide last week.
C: Oh yes. I'll send Liz the user guide for the test tenant tomorrow as well, along with the workbook.
E: Thanks.
P: And I'll send round the RAID log and the plan after this call.
G: Sorry, Priya, quick one. Do we know roughly how many people won't have a university account? The casuals, the hourly-paid people.
E: Hundreds. Honestly, hundreds.
G: Okay, that's a conversation for next week I think.
P: Let's pick it up next week. Anything else from anyone?
K: Not from me.
S: Nothing from Northvale.
P: Great, thanks everyone. Same time next week.
T: Cheers.
"""

CALLS[2] = """
P: Morning all. I think we've got everyone except Rosalind, who sent apologies, she's with the auditors all week.
T: Lucky her.
P: Ha. Okay, let's start with the actions from last week. Callum, the workbook to Tariq?
T: Yep, that's in. Got it Friday.
P: Great. And you should all have had the RAID log and the plan from me.
E: Got them, yeah. Haven't opened them, but got them.
P: Ha. That's honest. And Callum, the test-tenant guide for Liz?
C: Um. That one I don't think I sent, actually. Let me check after the call.
P: Okay. Sandeep, the interface spec?
S: So, yes, apologies. The actuaries came back with a change to how the tiers are calculated and we're having to rework a section. | That's going to be the week after now.
P: So Friday the 13th?
S: The 13th, yes.
C: That's, um, that's a problem for me, to be honest. | I can't build the pension interface until I've got the file spec from Northvale. I can do the rest of the deductions, but the pension bit just sits there.
P: Understood. I'll note it as blocked. Sandeep, anything that'd speed it up?
S: Not really, it's with the actuaries. I'll push.
P: Okay. Liz, the positions extract for Kirsty.
E: I know. I know. | It'll be Monday now. We had a restructure in Estates go through and half the positions changed last week.
K: Which is fine, but just so everyone knows, I can't start the trial load without the positions extract from Liz's team. So the 13th is looking tight.
P: Okay. Let's see what Monday brings. Gavin, SSO?
G: So it's not going to be Friday, sorry. The federation's configured on our side, but I can't switch it on until the change board approves it, | and I missed the cut-off for this week's board. So the 13th is more realistic.
C: Which means nobody can actually log into test yet.
G: No. You can't. Not with SSO anyway.
P: Can we get temporary local logins in the meantime?
G: I'd rather not, honestly, for a system with payroll data in it.
P: Fair enough. So we're stuck waiting on the SSO switch-on for now. Tariq, the manual calcs write-up?
T: Half done. | Bit behind on that one, I'll finish it Monday.
C: Monday's fine for me.
P: Okay. Now, the parallel run. Tariq, I know you've got views.
T: I've got a lot of views. | Look, I've done a system change before, at my last place, and they did one parallel run and it was a disaster. People got paid twice. A porter got paid for a consultant's overtime.
C: So what we normally recommend is two. Run the old and the new side by side for two full payrolls, and compare every payslip.
T: I'd honestly want three.
P: Three pushes go-live past April though. The maths doesn't work.
T: I know.
C: Two, and if the second one isn't clean we hold go-live. That's the safety net.
T: Okay. Two, as long as the second one has to be clean. On January and February.
E: January and February's fine for HR.
P: So, two parallel runs, on the January and February payrolls, and the second one has to be clean or we don't go. Tariq, you're happy?
T: Happy's a strong word. Yes.
P: I'll take that. Callum, while we wait on Northvale, what are you building?
C: The academic pay spine. The fifty-one points, the increments, the professional services grades. | I'll have the pay spine built in test by next Friday.
T: You know the spine changes on the first of August, yeah?
C: I do, that's in the workbook. I'll build it with the effective dates.
P: Great. Kirsty, anything from the migration side apart from the extract?
K: Yes, I've profiled the legacy HR data and there's quite a lot to talk about. | I'll send the data-quality report round on Tuesday.
E: Oh no.
K: It's not that bad. It's a bit bad.
P: Ha. Okay. Liz, Callum mentioned the absence rules, the entitlements.
C: Yeah, I need the absence entitlement rules, sick pay bands, the academic versus professional services leave, all of that.
E: I've got a document somewhere. | I'll send you the absence rules Wednesday.
C: Great.
G: Can I bring up the casuals thing from last week?
P: Go for it.
G: So to work out who needs a login that isn't SSO, I need to know who they are. I can pull the people without a university account out of the directory, | but I'll need to cross-check it against HR. I'll get you a list of staff without accounts by next Thursday.
E: Send it to me when it's ready, I'll check it.
C: And if it helps, Tariq, I could knock up a little spreadsheet macro that compares old and new payslips line by line, if you want.
T: Oh great. So I'll just run two payrolls in my spare time and then check them with a macro. Lovely.
C: It's, um, I mean it'd be faster than doing it by eye.
T: I know, I know. Sorry. It's been a week.
P: Tariq, on the parallel run, I'll need somebody to write down how we'll compare, what tolerances we accept, who signs off.
T: I'll probably end up writing that, but honestly not this week.
P: Okay, let's come back to that one. I'll book the parallel-run dry-run dates in everyone's diaries by tomorrow.
T: Fine.
P: Anything else? Sandeep?
S: No, just sorry again about the spec.
P: Okay. Thanks all, talk next week.
"""

CALLS[3] = """
P: Hi all. Let's get going, I know people are busy. Rosalind's not joining again today.
E: Did she send apologies?
P: Not this time, no.
T: Right.
P: Okay. Let's do the actions quickly. Kirsty, the data-quality report?
E: Yeah, we got it. It was grim.
K: I did warn you.
P: Ha. And Liz, the positions extract went to Kirsty?
K: Got it Monday, thanks Liz. So I've started the mapping.
P: Great. So that's not holding you up any more.
K: No, that's moving. | But trial load one isn't going to make the 13th. That's tomorrow. It'll be the 20th now.
P: Okay, the 20th. Tariq, the manual calcs?
C: I've got those, yeah, Tariq sent them Monday. Really useful actually, there's three I didn't know about.
T: There's probably another three I don't know about.
P: And Callum, the pay spine build, where are we?
C: The academic pay spine's built. All fifty-one points, and the professional services grades. So that's done.
P: Brilliant. Sandeep, the spec?
S: So. Um. The actuaries have signed off the tier change, but it now has to go through our internal change control. | They're saying the 24th.
C: The 24th. So I still can't start the pension interface.
P: Still waiting on Northvale's spec then. Okay. I'll come back to that.
P: Gavin, SSO?
G: The change board moved the slot. There's a firewall change freeze until the 18th. | So the SSO switch-on is going to be after the freeze now, so the 20th.
C: So test is still, effectively, nobody can log in.
G: Correct.
P: Okay. Liz, the absence rules for Callum?
E: I haven't. I'm sorry. I'm, honestly, I'm drowning. We've got the pay award letters going out and two advisers off sick.
P: That's okay. Could somebody else take the absence rules?
T: I can take it. I know the sick pay rules better than anyone, I have to calculate them. | I'll send Callum the absence rules by Friday.
E: Thank you, Tariq. Seriously.
P: Thanks Tariq. Oh, and did the dry-run invites come through?
T: They did. All six of them. My diary looks like a crime scene.
P: Sorry! Gavin, the list of staff without accounts?
G: Working on it.
P: Okay. Now, the migration scope. Kirsty, you had a proposal.
K: Yes. So the legacy system has records going back to 1994. Most of it's leavers. | I'd propose we migrate current staff plus leavers from the last two tax years, and the older history goes into a read-only archive extract.
T: For payroll I need two years of leavers for P60s and pensions queries anyway, so that works for me.
E: Do we lose anything? If someone from 2005 asks for a reference?
K: No, the archive's searchable. It just isn't in the new system.
E: Okay. Then yes.
P: So we migrate current staff and leavers from the last two tax years, and everything older goes into the read-only archive. Agreed?
T: Agreed.
E: Agreed.
C: Fine by me.
P: And the other thing Kirsty raised in the report was the absence history.
K: Yes, so historic absence, pre-2020, it's in a terrible state. | I'll scope the historic absence migration by next Wednesday, how long it'd take to clean.
P: Okay, thanks. Callum, the hourly-paid lecturers.
C: So, the claims process. I want to design how hourly-paid lecturers claim, but I've got no idea who they are or who approves their claims. | It all lives in the registrar's timetabling system. So I'm stuck on the claims design until the registrar's office sends us the list.
E: The registrar's office won't talk to me. I've asked three times.
P: Okay. This, honestly, this is a pattern. | I don't think anyone's doing anything wrong. Everyone's overloaded, we've got three things waiting on people who aren't on this call. | What I'd like to do is a reset call next week with the directors. Rosalind, IT's director, the registrar. Blame-free, just, here's what we need, who can free up what.
T: Good luck getting the registrar on a call.
E: I think it's a good idea. I'd come.
G: I can ask my director to come. He'll want to know why the change board is on the critical path anyway.
P: Great. I'll send the invite for the reset call today, for next Thursday.
C: And I'll draft what we need from each of them so it's not just a moan.
P: Yes please, one page, by Monday?
C: Monday, yep.
T: Can I raise the parallel-run comparison doc? I said I'd write it.
P: Go on.
T: I'll have the comparison approach written by the 20th. Tolerances, sign-off, the lot.
P: Thank you. That'll help the reset conversation.
T: Oh sure, and while I'm at it I'll sort out the pension regulations too.
P: Ha. One thing at a time.
P: Okay. Anything else? No? Thanks all.
K: Bye.
"""

CALLS[4] = """
P: Okay, I think that's everyone. Thank you all for coming, I know the invite was short notice.
R: It's fine, Priya, it sounded like it needed to happen.
P: So, this is a reset call. Just to say it up front, nobody's in trouble. | The project's stalled a bit, and it's mostly because the things we need sit with people who've got day jobs. So I want to go through what we need and get honest dates.
A: Fine by me. Gavin's told me the change board thing.
N: And I gather there's something you need from my office.
P: There is. Let's go through it. Callum wrote a one-pager, everyone should have it.
R: Got it, yes.
P: Thanks for that Callum. So, first, where we are. Callum, the test data?
C: So Kirsty's trial load went in on Tuesday. I've been through it, it's about ninety-four per cent clean, which for a first load is good.
P: So trial load one's done. Great. And the absence rules from Tariq?
C: Yep, got them Friday.
P: Good. So, the asks. First one. IT's director, the SSO.
A: Yes, so. The freeze ended yesterday. | The honest position is the change needs a CAB approval, and I'll get the SSO change approved at CAB on Monday. I chair it, so that's in my gift.
P: That would be fantastic. Monday the 23rd.
A: Monday.
G: And then I can switch it on the same day.
P: Great. Second, the registrar.
N: Yes.
P: So Callum can't design the hourly-paid lecturer claims without knowing who they are and who signs off their claims.
N: I see. That's all in the timetabling system, it's not hard to pull. | My office will send you the list of hourly-paid staff and their approvers by Wednesday.
C: That'd unblock me completely.
N: Although, can I ask, are you planning a claims form for each of them to fill in online?
C: That was the idea, a self-service claims form.
N: Honestly, half of them won't log in to anything. They email their department admin a spreadsheet.
C: Then we could do it as a bulk upload. The department admin uploads the claims, the approver signs off in the system.
T: That's how we pay them today, basically. A spreadsheet. I'd take that.
E: HR's fine with that.
P: So for phase one, hourly-paid claims come in through the bulk upload template, not the self-service form. Everyone agree?
N: Yes.
R: Agreed.
P: Lovely. Rosalind, two things for you, sorry.
R: Go on.
P: First, the cut-over calendar. Still needs your approval.
R: Ah. That's, yes, that's my fault, it's been sitting in my inbox. | I'll do it by tomorrow.
P: Thank you. Second, the parallel runs. We need timesheets in early on those two months, and that has to come from the top.
R: On the parallel runs, actually. Can I ask whether we really need two? If we did one, in February, we'd claw back a month.
T: Rosalind, with respect, no. | One parallel run is how people get paid twice. I've seen it.
C: The second run is the one where you find the things you fixed after the first. That's what it's for.
R: Okay. I hear that. What does Elizabeth think?
E: I'm with Tariq. Two.
R: Fine. Then we keep two, January and February. I won't raise it again.
P: Thank you. So confirmed, the two parallel runs stay as planned.
R: And on the timesheets. | I'll write to the heads of department about the timesheet deadlines for the parallel runs, by next Wednesday.
P: Perfect. That'll carry more weight coming from you.
P: Now. Kirsty's not here but she had an action to scope the historic absence migration.
E: The pre-2020 stuff.
R: Do we need it?
T: Not for pay, no.
E: Not really for HR either. Managers only look back two years for triggers.
P: Then let's park that, we don't need it for phase one. I'll tell Kirsty.
R: Good.
P: Elizabeth, sorry, Liz, the UAT people.
E: Yes. | So I'll free up two of my HR advisers for UAT, I'll confirm their names by Monday.
P: Thank you. And Sandeep sends his apologies, the spec is still saying the 24th. | I'll chase Northvale today and copy Rosalind in, so there's a bit of weight behind it.
R: Copy me, absolutely.
A: Can I ask, once SSO's on, what about these hourly-paid people without accounts? Gavin mentioned a list.
G: Yeah, I'm still pulling it, sorry. It's fiddly.
A: Okay.
P: Tariq, your comparison doc?
T: It's written. I'll send it tonight.
P: Thanks. Okay, anything else before we lose the directors?
N: No. Sorry it's taken us this long, I didn't know it was on us.
P: That's exactly why we did this. Thank you everyone.
R: Thanks Priya. Useful.
"""

CALLS[5] = """
P: Morning. Back to the normal crew this week, thanks everyone. | Rosalind's not with us, she's at a budget meeting.
T: As usual.
P: Ha. Okay, let's go through last week's list, because a lot was promised. | Gavin, the CAB approval?
G: Yep. CAB approved it Monday, IT's director pushed it through himself. | And I switched the SSO on the same afternoon.
P: And is it actually working?
E: Yep, that's in. I logged into test Tuesday with my own account.
P: Brilliant. That's the first time anyone's got into test.
C: I've had six people in since, all fine.
P: Great. Sandeep, the spec?
S: It landed Tuesday. You should have it, Callum.
C: I've got it. I've read it twice. It's, um, it's fine. It's actually quite good.
S: Don't sound so surprised.
C: Ha. So I can start on the pension interface now. | I'll have the pension interface built in test by next Friday.
P: The 4th. Great. Rosalind's cut-over calendar?
T: She signed it Friday. Finally.
P: Great. And the letter to heads of department about timesheets. Has anyone seen it?
E: Not that I've seen.
T: Nothing in payroll either.
P: Okay. I'll follow up with her office. | Liz, your UAT advisers?
E: Sent Monday. Amira and Jonas.
T: Jonas is good. He found the overtime bug last year.
P: Great, thank you Liz. And the registrar's list for Callum?
C: Not yet.
E: I spoke to the registrar's office. They said Monday now, they had an issue with the timetable export.
C: Okay. So the claims design waits until Monday.
P: Okay, Monday the 30th. Tariq, your comparison approach?
T: So. I said I'd send it that night, and then I re-read it and it wasn't right. | It's going to be Wednesday now.
P: Okay, Wednesday the 2nd.
P: Kirsty, trial load two.
K: Yes, so I've fixed the mapping issues from load one. | I'll do the second trial load on Thursday next week.
P: Thursday the 3rd. And Kirsty, did I tell you about the absence history?
K: You did, parked. Honestly, thank you.
P: Ha. Callum, how did the pension spec look against the build, anything scary?
C: One thing. The spec has a new field for salary sacrifice, which we don't capture today. | Tariq, do you know where that lives?
T: It's on a spreadsheet in my team. Of course it is.
C: Okay. We'll need that in the migration then. Kirsty?
K: Send it my way, I'll fold it into load two.
T: I'll send it to you today.
K: Thanks.
P: Good. Gavin, the casual staff. Now SSO's on, what do we do about people without a university account?
G: So the list's nearly there, it's about four hundred and ten people. | My suggestion would be, they don't get university accounts, they get local logins on the HR system with MFA on their phones.
E: Is that secure enough?
G: With MFA, for self-service payslips, I'm comfortable.
T: As long as they can see their payslips. That's all they ever ask about.
C: That's easy to configure.
P: So casual staff without university accounts get local logins with MFA. Agreed?
E: Agreed.
T: Yep.
G: Agreed.
P: Great. Callum, anything else from you?
C: Just, um, if there's time after the pension interface I could maybe look at the overtime rules for security staff, but no promises.
P: Noted. Priya's action, I did chase Northvale and copied Rosalind, for the record.
S: We noticed.
P: Ha. Sorry Sandeep. | So, honest status. SSO's on, spec's in, trial load one's in. We've lost about two weeks on the pension interface and the claims design.
T: And the parallel run starts in January whether we're ready or not.
P: It does. So the registrar's list and the pension interface are the two I'll watch. | Rosalind's letter as well, because without early timesheets January doesn't work.
E: Do you want me to mention it to her PA?
P: That'd help, thanks. Okay. So overall, better than a fortnight ago. Let's keep it moving. Thanks all.
E: Thanks.
K: Bye.
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
    """Teams WebVTT: a GUID-style cue id per cue ("<guid>/<k>-<i>") and the speaker as a <v Name> voice span."""
    rnd = random.Random(1800 + n)
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
