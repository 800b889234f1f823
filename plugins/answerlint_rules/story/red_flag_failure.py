"""The failure signals basic unreliability or a danger to people or their data.

## What it does
Flags failures that make an interviewer doubt you can be trusted with the
basics of the job, even told well and owned:

- **forgetting people:** forgetting a meeting, an appointment, a hearing or a
  shift, or not turning up, going or dialling in to one ("my 9 a.m. with a new
  client", "the case conference"); missing a client's, a patient's or a
  court's appointment; double-booking clients or families; forgetting to
  collect someone; not booking the interpreter, chaperone or transport someone
  needed; oversleeping or sleeping through the opening shift;
- **personal data in the wrong place:** a list, a file or an email sent to
  the wrong (or "a different") recipient, into the wrong envelopes, to a
  public page or a folder "anyone could open", sent "by mistake" when it
  held payroll, medical, sickness or card details, personal data sent to the
  whole or entire company, the sensitive file attached "instead of" the letter,
  one person's report or address sent on to another ("the mother's report ...
  to the father"), a diagnosis read out where others could hear, a whole
  class's SEN notes sent to one parent, the wrong attachment when it held
  personal data,
  "cc" where "bcc" was needed, one patient's results handed to another,
  customers' data exposed, a data breach caused;
- **legal and compliance deadlines:** a statutory, court, tax, filing or
  regulatory deadline missed ("the deadline for serving a claim form", "the
  VAT filing deadline"), a return filed or "gone in" late, a licence,
  certificate, registration or insurance left to lapse or not renewed, an incident, a breach or a deteriorating patient's
  score not reported or escalated; a legal deadline that "was missed", told
  in the passive;
- **people in the writer's care:** a child or resident who got out, wandered
  off, went missing or was left behind while the writer was watching;
- **injury:** someone else hurt ("an apprentice fell and broke his wrist", "a
  customer slipped", "the child had an allergic reaction", "the patient had a
  fall", "the forklift clipped a picker's foot");
- **lost data:** a backup, a database, records or files lost, deleted, wiped,
  reformatted or overwritten; backups never set up or never taken; a production table dropped; a laptop or patient notes left
  on a train;
- **medication:** the wrong dose, strength or patient; a double dose or a
  second dose of one already given; someone else's inhaler or tablets given
  by mistake; a medication error; samples mixed up; a drug given despite an allergy; an
  allergen served to an allergic guest, even told in the passive ("she was
  served the starter"); an allergy alert missed; one animal's or patient's
  medicine, or the one meant for the next bed, given to another; food meant
  for someone else given to a resident;
- **unsafe conduct:** falling asleep on duty or at the wheel, leaving a child
  unattended or losing sight of a pupil, a door or a drugs cupboard unlocked
  or a hob on, a fire started, crashing the company van, reversing a forklift
  into someone, arriving at work drunk; a safety tag, permit or inspection
  signed "without going up"; the keys to the drugs cupboard left on the
  desk; working on past a wind, load or fuel limit; a
  small child left on her own by the bath or the road.

Dishonesty belongs to `ethics-risk` and is not repeated here. The rule stays
quiet for:

- near misses, conditions and prevention: "I nearly sent it to the wrong
  client", "someone could have been hurt", "nobody was injured", "if I had
  missed the filing deadline", "so I never forget a client meeting again";
- a first time: "I had never sent anything to the wrong address before";
- other people's slips ("my colleague forgot the meeting"), the writer's own
  injury ("I broke my wrist skiing"), and an injury that only sets the scene
  ("after my colleague broke her wrist, I took over her caseload", "my manager
  broke her ankle, so I ran the audit", "she had a fall before I joined");
- data that is not about people ("I sent the class notes to the wrong year
  group"), an injury away from work ("a trainee burned her hand at home"),
  figures of speech ("I kept working through the warning signs", "a user fell
  out of the funnel", "I didn't get the interview");
- ordinary work: project, board-pack and tender deadlines ("I missed a
  reconciliation due on Friday"), lost work, deals and clients ("I lost six
  weeks of work"), misrouted goods ("600 parcels to the wrong depot"), the
  wrong version of a deck, a forgotten agenda or meeting room, duplicate or
  old records deleted on purpose;
- the same words used otherwise: "we recovered the lost data", "I fell asleep
  on my break", "I overslept on my day off", "I left the door open for the
  client to come back", "the patient fell ill", "she slipped into the meeting
  late", "the patient was hurt and angry that nobody had explained", "a
  visitor tripped on our stand, but she was fine".

## Why it matters to an interviewer
Most failures say you misjudged something difficult. These say you dropped
something basic, and in a way that hurt a person, a client's data or the
firm's legal position. An interviewer can forgive a bad estimate; they
hesitate over a candidate whose story is a forgotten client, a data breach or
an injury, because the role will need them to get exactly those things right.

## Example
```markdown
I forgot the meeting completely and went home; the parent waited in reception
for twenty minutes.
```

## Use instead
If the story is your best one, tell it with the safeguard that now makes it
impossible, and its record since. Otherwise choose a failure of judgement
rather than of basic reliability:
```markdown
I planned the reading catch-up around the calendar I had, not the one parents
saw, so two families heard about the new phonics groups a week late. I now
send every change to parents on the day it is agreed.
```
"""

import regex

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.story._cues import Stems, anchored, candidate_sentences
from answerlint_rules.language import (
    WINDOW,
    clause_after,
    clause_before,
    compile_words,
    negated,
    per_sentence,
    phrase_pattern,
    plain,
    quoted,
    reported,
    sentence_matches,
)

META = RuleMeta(
    code="AL202",
    name="red-flag-failure",
    family="story",
    kind="span",
    severity=Severity.WARNING,
    summary="A failure that signals basic unreliability or unsafety.",
    message="This failure signals basic unreliability or risk. Choose a judgement failure, or show the safeguard since.",
    docs=rule_docs(__doc__),
    phrases=True,
)

_DET = r"(?:the|a|an|my|our|his|her|their|its|one|this|that|all(?:\s+of)?(?:\s+the|\s+our|\s+my)?|every|both|two|three|\p{N}[\p{N},.]*|a\s+[\p{L}-]+'s|the\s+[\p{L}-]+'s)"
# One word before the head noun that is not a function word: "the [client] meeting", not "the slides [for] the meeting".
_MOD = r"(?:(?!(?:to|for|from|with|and|or|but|so|because|after|before|when|which|that|in|on|at|by|of|I|we|it|they|about|the|a|an|was|were|is)\b)[\p{L}\p{N}'.:-]+\s+)"

# -- people forgotten -------------------------------------------------------------------

_MEETING = r"""(?:meeting|appointment|consultation|call|hearing|session|visit|interview|review|parents'?\s+evening|shift|surgery|clinic|
    viewing|site\s+visit|inspection|court\s+date|handover|home\s+visit|assessment|briefing|one-to-one|1:1|conference|case\s+conference|
    tutorial|lesson|fitting|audition|mediation|deposition|ward\s+round|school\s+run)s?"""
_PERSON = r"""(?:families|parties|interpreter|translator|locum|carer|client|customer|patient|parent|family|candidate|applicant|tenant|student|pupil|resident|guest|supplier|investor|board|
    director|judge|court|tribunal|inspector|auditor|regulator|donor|buyer|interviewer|doctor|consultant|solicitor|counsel|social\s+worker)(?:s|'s|s')?"""
# The meeting is the head of its noun phrase: not "the meeting room" or "the meeting notes".
_MEETING_END = r"""(?![\s-]+(?:rooms?|notes|minutes|invites?|invitations?|slides|agenda|link|booking|requests?|prep|preparation|packs?|papers|
    summary|plans?|forms?|paperwork|recording|schedule|times?|dates?|details|location|letters?|reminders?|note|log|sheet|reports?|records?|
    transcripts?|questions|actions|template)\b)"""
_FORGOTTEN = rf"""
      (?:forgot|forget|forgotten|clean\s+forgot)\s+(?:all\s+)?(?:about\s+)?(?:{_DET}\s+)?{_MOD}{{0,3}}?{_MEETING}{_MEETING_END}
    | (?:forgot|forget|forgotten)\s+(?:all\s+)?(?:about\s+)?(?:my|our|the|a|an)\s+(?:[\p{{L}}\p{{N}}.:'-]+\s+){{0,3}}?with\s+(?:{_DET}\s+)?{_MOD}{{0,2}}?{_PERSON}
    | forgot\s+(?:that\s+)?(?:I|we)\s+had\s+(?:a|an|the)\s+{_MOD}{{0,3}}?{_MEETING}{_MEETING_END}
    | (?:forgot|forget|failed|didn't|did\s+not|never)\s+(?:to\s+)?(?:book|arrange|order|organi[sz]e)\s+(?:the|a|an)\s+(?:[^\s.;,]+\s+){{0,2}}?
        (?:interpreter|translator|chaperone|escort|carer|ambulance|patient\s+transport|hoist|wheelchair|supply\s+teacher|cover\s+(?:teacher|nurse|staff))s?\b
    | forgot\s+to\s+(?:attend|turn\s+up|show\s+up|go\s+to|dial\s+in(?:to)?|join|collect|pick\s+up)(?:\s+(?:{_DET}\s+)?{_MOD}{{0,2}}?(?:{_MEETING}|child|children|pupils?|patients?|clients?))?
    | (?:didn't|did\s+not|never|failed\s+to)\s+(?:(?:turn(?:ed)?|show(?:ed)?)\s+up|go|went|attend(?:ed)?|make\s+it|dial(?:led)?\s+in|join(?:ed)?)\s+
        (?:up\s+)?(?:to|for|at|into)?\s*(?:{_DET}\s+)?{_MOD}{{0,3}}?{_MEETING}{_MEETING_END}
    | (?:missed|slept\s+through|double-?booked)\s+(?:{_DET}\s+)?{_MOD}{{0,1}}?{_PERSON}\s+{_MOD}{{0,1}}?{_MEETING}{_MEETING_END}
    | (?:missed|slept\s+through)\s+(?:{_DET}\s+)?{_MOD}{{0,1}}?(?:hearing|court\s+date|parents'?\s+evening|home\s+visit|shift|night\s+shift|early\s+shift)s?{_MEETING_END}
    | stood\s+up\s+(?:{_DET}\s+)?{_MOD}{{0,1}}?{_PERSON}
    | double-?booked\s+(?:{_DET}\s+)?{_MOD}{{0,1}}?{_PERSON}
    | (?:missed|skipped|didn't\s+(?:do|make|carry\s+out)|did\s+not\s+(?:do|make|carry\s+out)|failed\s+to\s+(?:do|make|carry\s+out|complete|attend))\s+
        (?:{_DET}\s+)?{_MOD}{{0,1}}?(?:statutory|mandatory|compulsory|legally[\s-]+required|court-?ordered|regulatory|required|safeguarding|welfare|safety)\s+
        {_MOD}{{0,1}}?(?:visits?|checks?|inspections?|reviews?|assessments?|filings?|hearings?|audits?|returns?|notifications?|observations|obs|rounds?)\b
    | overslept(?!\s+on\s+(?:my|a|the)\s+(?:day\s+off|weekend|holiday|rest\s+day))
    | slept\s+through\s+(?:my\s+|the\s+|both\s+(?:my\s+)?)?(?:alarms?|open|opening|(?:first|early|morning|opening)\s+(?:shift|train|bus|flight|meeting|appointment|lesson|class|call|delivery|round|patients?|clients?))\b
"""

# -- personal data to the wrong place ----------------------------------------------------

_SEND = r"""(?:put|placed|filed|stuffed|saved|stored|sent|emailed|e-mailed|forwarded|shared|posted|faxed|mailed|texted|messaged|cc'?d|cc'?ed|copied|attached|uploaded|gave|
    handed|released|disclosed|published|circulated|distributed|read\s+out|passed\s+on|passed)"""
_RECIPIENT = r"""(?:envelopes?|folders?|trays?|pigeon-?holes?|lockers?|bags?|person|people|recipients?|clients?|customers?|patients?|parents?|family|families|contacts?|(?:e-?mail\s+)?address(?:es)?|
    inbox|agency|agencies|firm|company|candidates?|applicants?|tenants?|group|chat|channel|mailing\s+list|distribution\s+list|list|team|
    department|ward|doctor|GP|surgery|school|supplier|account|colleague|member\s+of\s+staff|students?|pupils?|household|landlord|employer|
    solicitor|insurer|bank|branch|office|practice|hospital|organi[sz]ation|owner|buyer|provider|carer|teacher|manager)"""
_OTHER = r"(?:(?:a|an|the)\s+)?(?:wrong|different|incorrect|unintended|unrelated|another|other)"
_WRONG_RECIPIENT = rf"""{_SEND}\s+(?:[^.;!?]{{1,140}}?\s)?(?:to|on|onto|in|into)\s+
    (?:{_OTHER}\s+{_MOD}{{0,2}}?{_RECIPIENT}|(?:a|the|our|[\p{{L}}-]+'s)\s+(?:[^\s.;,]+\s+)?(?:public|open|publicly\s+\p{{L}}+)\s+{_MOD}{{0,2}}(?:folder|drive|site|website|page|channel|link|repository|repo|bucket|forum|group)
      |(?:a|the|our)\s+{_MOD}{{0,2}}(?:folder|drive|site|website|page|channel|link|repository|repo|bucket|forum|group)\s+(?:that|which|where)\s+(?:anyone|anybody|everyone|everybody|the\s+whole|all)\b)\b"""
# The wrong file, when it held personal data: "attached the wrong spreadsheet, with 300 customers' bank details".
# "to the All Managers list instead of the three directors it was meant for"
_INSTEAD = rf"""{_SEND}\s+(?:[^.;!?]{{1,140}}?\s)?(?:to|with)\s+(?:[^.;!?]{{1,80}}?\s)?(?:instead\s+of|rather\s+than|not\s+(?:just\s+)?(?:to\s+)?)\s*(?:just\s+|only\s+)?
    (?:the|a|an|my|our|its|his|her|ours|mine|theirs|\p{{N}}+|two|three|four|five|six)\b"""
# Everyone's data sent to one person: "the whole class's SEN notes to a parent".
_ALL_TO_ONE = rf"""{_SEND}\s+(?:the\s+)?(?:whole|entire|every|all\s+the|all\s+our)\s+(?:[^\s.;,]+\s+){{0,2}}?(?:notes|data|details|records|results|reports|list|spreadsheet|file|register|marks)\b
    [^.;]{{0,40}}?\bto\s+(?:a|an|one|the)\s+(?:single\s+)?(?:parent|customer|client|patient|tenant|member|supplier|candidate|student|pupil|family|applicant|employee|colleague)\b"""
# Sent "by mistake" or "in error": the writer says the recipient was wrong without naming it.
_MISSENT = rf"""{_SEND}\s+(?:[^.;!?]{{1,140}}?\s)?(?:by\s+mistake|in\s+error|by\s+accident)
    | (?:accidentally|mistakenly|inadvertently)\s+{_SEND}\s+(?:[^.;!?]{{1,140}}?\s)?(?:to|with|on)\s+(?:[^.;!?]{{0,60}}?\s)?(?:a|an|the|my|our|every|all|\p{{N}}+)\b"""
_WRONG_FILE = rf"""(?:sent|emailed|attached|shared|uploaded|forwarded|posted)\s+(?:the|a)\s+wrong\s+(?:file|spreadsheet|attachment|document|version|list|report|sheet)s?\b
    | (?:sent|emailed|attached|shared|uploaded|forwarded|posted)\s+(?:the|a|my|our)\s+(?:[^\s.;,]+\s+){{0,3}}?(?:file|spreadsheet|attachment|document|list|report|sheet|form|letter|notes)s?\s+instead\s+of\b"""
_TO_EVERYONE = rf"""{_SEND}\s+(?:[^.;!?]{{1,140}}?\s)?to\s+(?:everyone|everybody|all\s+staff|the\s+(?:whole|entire)\s+(?:company|team|office|school|department|firm|ward|staff|list|year\s+group)|
    all\s+(?:\p{{N}}+\s+)?(?:staff|parents|customers|clients|employees|students|pupils|tenants|of\s+(?:the|our)\s+\p{{L}}+))"""
_EXPOSED = rf"""
      (?:cc'?d|cc'?ed|copied|put|included|added|emailed|sent)\s+(?:[^.;!?]{{1,80}}?\s)?instead\s+of\s+(?:using\s+)?(?:the\s+)?(?:bcc|bcc'?ing|blind[- ]copy(?:ing)?)
    | (?:read\s+out|said|discussed|mentioned|announced|shouted|called\s+out|talked\s+about)\s+(?:\S+\s+){{0,4}}?(?:diagnosis|diagnoses|results|medical\s+history|condition|HIV\s+status|pregnancy|
        medication|salary|disciplinary|debts?|address)\b[^.;]{{0,60}}?\b(?:in\s+(?:the|a|an)\s+(?:waiting\s+room|reception|corridor|open[-\s]plan\s+office|staff\s+room|canteen|lift|public|bay|ward)
        |where\s+(?:\S+\s+){{0,2}}?(?:could|can)\s+(?:hear|see)|in\s+front\s+of)
    | (?:gave|handed|sent|showed|posted|read\s+out|emailed)\s+(?:\S+\s+){{0,4}}?(?:another|someone\s+else's|a\s+different|the\s+wrong)\s+
        (?:patient|client|customer|family|pupil|student|person|parent|tenant|employee|candidate)(?:'s|s')\s+{_MOD}{{0,1}}?
        (?:results?|records?|notes|letters?|details|data|file|prescription|report|payslip|scan|information)
"""
# What makes a wrong recipient a privacy failure rather than a misrouted parcel.
_DATA = compile_words(
    r"""lists?|files?|spreadsheets?|sheets?|e-?mails?|messages?|details|data|dataset|records?|results?|reports?|notes|letters?|payslips?|
        attachments?|documents?|information|info|passports?|addresses|(?:phone|passport|account|bank|national\s+insurance)\s+numbers|
        dates\s+of\s+birth|medical|salar(?:y|ies)|payroll|bank\s+details|statements?|invoices?|contracts?|references?|CVs?|forms?|
        referrals?|prescriptions?|scans?|x-rays?|photos?|personal|confidential|private"""
)
# Data about people, as opposed to about things: whose it is, or what kind of record it is.
_ABOUT_PEOPLE = compile_words(
    r"""[\p{L}-]+(?:'s|s')|details|records?|addresses|payslips?|results|passports?|references|CVs?|referrals?|prescriptions?|scans?|x-rays?|
        contacts|(?:phone|passport|account|bank|national\s+insurance)\s+numbers|dates\s+of\s+birth|personal|confidential|private|
        (?:client|customer|patient|staff|pupil|student|tenant|employee|member|candidate|applicant|parent|donor|user|resident)s?"""
)
# An email, a fax or an upload carries data even when the draft calls it "it".
_SENT_ELECTRONICALLY = compile_words(r"e-?mailed|forwarded|faxed|texted|messaged|cc'?d|cc'?ed|attached|uploaded")
_SENSITIVE = compile_words(
    r"""salar(?:y|ies)|payroll|personal|private|confidential|medical|patients?'?|passports?|dates?\s+of\s+birth|bank|home\s+address(?:es)?|
        disciplinary|performance\s+reviews?|grievances?|health|SEN|SEND|EHCP|special\s+(?:educational\s+)?needs|diagnos[ei]s|safeguarding|national\s+insurance|social\s+security|
        sickness|sick\s+(?:notes?|records?|leave\s+records?)|absence\s+records?|card\s+(?:details|numbers)|HR\s+(?:files?|records?|cases?|notes)|criminal|convictions?"""
)

# -- legal and compliance deadlines ------------------------------------------------------

_DEADLINE = r"(?:deadline|cut-?off|time\s+limit|limitation\s+(?:period|date)|filing\s+date|due\s+date|window)s?"
_LEGAL = compile_words(
    r"""legal|statutory|regulatory|compliance|court|filing|tax|VAT|HMRC|IRS|PAYE|RTI|P11D|self-assessment|Companies\s+House|limitation|
        tribunal|appeals?|visa|immigration|licen[cs]e|licensing|audit|SEC|FCA|GDPR|safeguarding|Ofsted|CQC|RIDDOR|inspection|
        accounts|tax\s+returns?|VAT\s+returns?|annual\s+returns?|confirmation\s+statement|probate|disclosure|notice|subject\s+access|
        SAR|FOI|freedom\s+of\s+information|payroll|pension|MOT|certification|accreditation|regulator|
        claim\s+forms?|(?:insurance|injury|tribunal|court|legal|small)\s+claims?|defence|planning\s+(?:application|appeal|objection)|
        serv(?:e|ing)|fil(?:e|ing)|lodg(?:e|ing)|declar(?:e|ing)|notify(?:ing)?|disclos(?:e|ing)|
        report(?:ing)?\s+to\s+(?:the\s+)?(?:regulator|authorit(?:y|ies)|council|HSE|ICO)"""
)
_REGULATOR = r"""(?:regulator|ICO|HSE|CQC|Ofsted|FCA|HMRC|IRS|SEC|authorit(?:y|ies)|local\s+authority|council|insurers?|
    data\s+protection\s+(?:officer|lead|team)|DPO|safeguarding\s+lead|DSL|designated\s+safeguarding\s+lead|police|court|tribunal|
    Companies\s+House|Information\s+Commissioner)"""
_LEGAL_DOC = r"""(?:tax\s+returns?|VAT\s+returns?|self-assessment(?:\s+returns?)?|returns?|accounts|claims?|claim\s+forms?|defence|appeals?|
    notices?|P11Ds?|payroll\s+submissions?|filings?|disclosures?|declarations?|SAR\s+responses?|confirmation\s+statements?)"""
# Any missed deadline; only a legal or regulatory one counts (see _LEGAL).
_MISSED_DEADLINE = rf"""(?:missed|blew|breached|overran|failed\s+to\s+meet|didn't\s+meet|did\s+not\s+meet|ran\s+past|slipped\s+past)\s+
    (?:{_DET}\s+)?{_MOD}{{0,3}}?{_DEADLINE}
    (?:\s+(?:for|to|on|of|at)(?:\s+(?!(?:and|but|so|because|which|when|after|before|while|as|until|since|who|by)\b)[\p{{L}}\p{{N}}'&-]+){{1,8}})?"""
_COMPLIANCE = rf"""
      {_DEADLINE}\s+(?:had\s+)?(?:expired|passed|lapsed)\s+(?:before|without)\s+(?:I|we)\b
    | (?:filed|submitted|lodged|served|registered|sent)\s+(?:{_DET}\s+)?{_MOD}{{0,2}}?{_LEGAL_DOC}\s+(?:\S+\s+){{0,4}}?
        (?:late|after\s+the\s+deadline|past\s+the\s+deadline|out\s+of\s+time|(?:a|one|two|three|\p{{N}}+)\s+(?:days?|weeks?|months?)\s+late)
    | let\s+(?:{_DET}\s+)?{_MOD}{{0,3}}?(?:licen[cs]e|insurance|registration|accreditation|permit|visa|indemnity|cover|
        (?:gas|fire|electrical|safety|practising|first[- ]aid|hygiene|insurance|MOT|DBS)\s+certificate|certificate|certification|DBS(?:\s+check)?|MOT)\s+(?:[^\s.;,]+\s+){{0,5}}?(?:lapse|expire|run\s+out|go\s+out\s+of\s+date|become\s+invalid)
    | (?:forgot|forgotten|failed|didn't|did\s+not|never|neglected)\s+to\s+renew\s+(?:[^\s.;,]+\s+){{0,4}}?(?:insurance|licen[cs]e|certificate|certification|registration|
        permit|visa|accreditation|MOT|DBS|membership|indemnity|cover)\b
    | (?:our|my|the)\s+(?:[^\s.;,]+\s+){{0,2}}?{_LEGAL_DOC}\s+(?:went\s+in|was\s+(?:filed|submitted|lodged|sent|served)|got\s+(?:filed|submitted|sent|in))\s+(?:\S+\s+){{0,4}}?late\b
    | (?:didn't|did\s+not|failed\s+to|forgot\s+to|never|neglected\s+to)\s+(?:report|notify|notified|inform|declare|disclose|escalate)(?:ed|d)?\s+
        (?:(?:it|this|that|them|the\s+\p{{L}}+)\s+)?(?:to\s+)?(?:the\s+|our\s+)?{_REGULATOR}\b
    | (?:didn't|did\s+not|failed\s+to|forgot\s+to|never|neglected\s+to)\s+(?:report(?:ed)?|log(?:ged)?|record(?:ed)?|escalate(?:d)?|declare(?:d)?|notif(?:y|ied)\s+anyone\s+of)\s+
        (?:{_DET}\s+)?{_MOD}{{0,3}}?(?:incident|breach|data\s+breach|near\s+miss|injury|accident|safeguarding\s+concern|disclosure|
        conflict\s+of\s+interest|fall|allegation|spill|observations|obs|early[\s-]+warning\s+score|NEWS2?\s+score|deteriorating\s+patient|
        score|deterioration|concern|hazard|defect|leak|symptoms|abuse|bruising)s?\b
"""

# -- injury -------------------------------------------------------------------------------

_VICTIM = rf"""(?:(?:a|an|the|(?:one|two|three|four|several|some|both|all)\s+of\s+(?:my|our|the)|our|my|two|three|another)\s+)?{_MOD}{{0,2}}?
    (?:apprentice|worker|labourer|laborer|colleague|member\s+of\s+staff|customer|patient|resident|pupil|child|student|guest|visitor|client|
       passenger|operator|cleaner|driver|nurse|porter|chef|cook|waiter|waitress|picker|packer|engineer|contractor|electrician|scaffolder|
       roofer|volunteer|trainee|intern|teammate|employee|man|woman|boy|girl|baby|toddler|diner|someone|somebody|he|she|they|two\s+of\s+them|
       parent|mother|father|member\s+of\s+the\s+public|pedestrian|cyclist|neighbour|neighbor|tenant|shopper|spectator|traveller|traveler|walker|
       rider|swimmer|climber|carer|patron)s?"""
_BODY = r"""(?:wrist|arm|leg|ankle|hip|hand|finger|foot|feet|back|head|nose|collarbone|rib|neck|knee|shoulder|thumb|toe|eye|face|skull|jaw|
    elbow|pelvis|spine|hamstring|calf|groin|achilles|tendon|ligament|muscle|shin|thigh|chest|lower\s+back)s?"""
_INJURY = rf"""
      (?:broke|fractured|cut|burned|burnt|injured|hurt|twisted|sprained|strained|pulled|tore|ruptured|herniated|wrenched|dislocated|crushed|trapped|scalded|gashed|lost|bruised|damaged)\s+
        (?:his|her|their)\s+{_MOD}{{0,1}}?{_BODY}\b
    | (?:caused|led\s+to|resulted\s+in)\s+(?:a|an)\s+{_MOD}{{0,1}}?(?:injury|injuries|burn|fall|fracture|allergic\s+reaction|anaphylaxis|fire)\b
    | (?:caused|led\s+to|resulted\s+in)\s+(?:a|an)\s+(?:personal\s+)?(?:data|privacy|security|GDPR|confidentiality)\s+breach
"""
# What happened to someone else: the span starts at the person, found by looking back from these words.
_HARMED = rf"""
      (?:was|were|got|had\s+been|ended\s+up)\s+(?:badly\s+|seriously\s+|slightly\s+|severely\s+)?
        (?:injured|hurt(?!\s*,|\s+(?:by|that|when|because|about|and\s+(?:upset|angry|confused|embarrassed|frustrated|disappointed))\b)|burned|burnt|scalded|electrocuted|hospitali[sz]ed|concussed|
           crushed|bitten|poisoned)\b
    | (?:had|suffered|went\s+into|developed|sustained)\s+(?:a\s+|an\s+)?(?:severe\s+|serious\s+|bad\s+|mild\s+|nasty\s+)?
        (?:allergic\s+reaction|anaphylaxis|anaphylactic\s+(?:shock|reaction)|burns?|concussion|head\s+injury|fracture|broken\s+{_BODY}|
           seizure|overdose|injur(?:y|ies)|(?:acute\s+)?(?:kidney|liver|renal|nerve|brain|spinal)\s+(?:injury|failure|damage)|(?:bad\s+|serious\s+)?fall(?!\s+(?:in|of)\b))\b
    | (?:fell|slipped|tripped)\b(?!\s+(?:behind|asleep|ill|out(?!\s+of\b)|silent|through|short|apart|in|into|away|past|up|back|quietly|for\b|
        down\s+the\s+(?:rankings|table|list|league)|
        over\s+(?:the|a|my|our)\s+(?:deadline|budget|line)))
    | (?:was|were|had\s+to\s+be|ended\s+up)\s+(?:taken|rushed|sent|admitted|in)\s+(?:to\s+|into\s+)?
        (?:A&E|hospital|the\s+hospital|the\s+emergency\s+(?:room|department)|the\s+ER|casualty|intensive\s+care|ICU|resus)
    | needed\s+(?:\S+\s+)?(?:stitches|surgery|hospital\s+treatment|an\s+operation)
"""
_VICTIM_BEFORE = compile_words(rf"{_VICTIM}(?:\s+(?:standing|sitting|working|waiting|walking|queueing|nearby)(?:\s+[^\s.;,]+){{0,4}}?)?\s+$")

# -- lost data ----------------------------------------------------------------------------

_RECORDS = r"""(?:backups?|back-ups?|databases?|data|datasets?|records|files|shared\s+drive|drive|server|tables?|e-?mails|archive|logs|
    recordings|evidence|hard\s+drives?|disks?|laptops?|copy|client\s+files?|case\s+files?|(?:patient|case|medical|clinical)\s+notes|
    (?:blood|patient|tissue|evidence|lab)\s+samples?)"""
_RECORDS_END = r"(?![\s-]+(?:centre|center|team|analysts?|entry|protection|contract|role|science|scientists?|format|names?|types?|path|size|structure|model|plan|project|strategy)\b)"
_QUALIFIER = r"""(?:only|entire|whole|live|production|prod|master|original|shared|client|customer|patient|staff|last|latest|nightly|weekly|
    \p{N}+%?\s+of\s+the|half\s+(?:of\s+)?the|most\s+of\s+the|some\s+of\s+the|every|months\s+of|years\s+of|weeks\s+of)"""
# "the lost data", "recovered the deleted files": the participle as an adjective is the recovery, not the loss.
_DATA_LOSS = rf"""
      (?<!\b(?:the|any|all|some|our|my|their|his|her|its|of|these|those)\s+)(?:lost|deleted|wiped|erased|overwrote|overwritten|corrupted|destroyed|shredded|purged|truncated|formatted|reformatted|binned|mislaid|misplaced)\s+
        (?:{_DET}\s+)?(?:(?:box|boxes|bag|bags|folder|stack|pile|crate|batch|set|trolley)\s+of\s+)?(?:{_QUALIFIER}\s+){{0,3}}{_MOD}{{0,2}}?{_RECORDS}{_RECORDS_END}\b
    | (?:lost|deleted|wiped|erased|corrupted|destroyed)\s+(?:\p{{N}}+|a|an|one|two|three|four|five|six|several|many)\s+
        (?:days?|weeks?|months?|years?|hours?)(?:'|'s)?\s+(?:worth\s+)?of\s+(?:\p{{L}}+\s+)?(?:data|records|files|e-?mails|recordings|results|backups)\b
    | dropped\s+(?:{_DET}\s+)?{_MOD}{{0,2}}?(?:table|tables|database|schema)\b
    | (?:never|didn't|did\s+not|hadn't|had\s+not|had\s+never|forgot\s+to|failed\s+to)\s+back(?:ed)?\s+up\s+(?:{_DET}\s+)?(?:{_QUALIFIER}\s+){{0,3}}{_MOD}{{0,3}}?{_RECORDS}{_RECORDS_END}\b
    | (?:never|didn't|did\s+not|hadn't|had\s+not|had\s+never|forgot\s+to|failed\s+to)\s+(?:set\s+up|configured?|turn(?:ed)?\s+on|enabled?|test(?:ed)?|take|took|run|ran|schedule[d]?)\s+
        (?:any\s+|the\s+|a\s+)?(?:\S+\s+)?(?:backups?|back-ups?|snapshots?)\b
    | (?:left|lost|mislaid|misplaced)\s+(?:{_DET}\s+)?(?:(?:box|bag|folder|stack|pile|file)\s+of\s+)?{_MOD}{{0,2}}?(?:laptop|phone|USB(?:\s+stick)?|memory\s+stick|hard\s+drive|folder|files|
        paperwork|briefcase|passports?|documents|records|(?:patient|case|medical|client|clinical)\s+notes)\s+
        (?:\S+\s+){{0,6}}?(?:on|in|at|of)\s+(?:a|the)\s+(?:train|bus|taxi|cab|tram|plane|caf[ée]|pub|restaurant|street|car\s+park|station)
    | (?:lost|mislaid|misplaced)\s+(?:{_DET}\s+)?{_MOD}{{0,2}}?(?:laptop|phone|USB(?:\s+stick)?|memory\s+stick|hard\s+drive|folder|files)\s+(?:with|containing|full\s+of|holding)
"""
# "the only backup was deleted": the passive needs the writer somewhere in the sentence.
_DATA_LOST_PASSIVE = compile_words(
    rf"""(?:{_DET}\s+)?(?:{_QUALIFIER}\s+){{0,3}}{_MOD}{{0,2}}?{_RECORDS}{_RECORDS_END}\s+(?:was|were|got|had\s+been)\s+
        (?:permanently\s+|accidentally\s+|all\s+|completely\s+)?(?:lost|deleted|wiped|erased|overwritten|corrupted|destroyed|shredded)\b"""
)

# -- medication and allergens ---------------------------------------------------------------

_GIVE = r"""(?:gave|given|administered|dispensed|handed|supplied|prescribed|injected|drew\s+up|hung|infused|issued|put\s+up|made\s+up|
    prepared|labelled|labeled)"""
_DOSE_UNIT = r"\p{N}+(?:\.\p{N}+)?\s?(?:mg|mcg|µg|micrograms?|milligrams?|ml|mL|millilitres?|milliliters?|units|g|grams)\b"
_MEDICATION = rf"""
      {_GIVE}\s+(?:\S+\s+){{0,6}}?(?:the\s+wrong|an?\s+(?:incorrect|wrong)|a\s+double|double\s+the|twice\s+the|\p{{L}}+\s+times\s+the|
        too\s+much|too\s+high\s+a|too\s+big\s+a|an\s+extra|the\s+adult|(?:\p{{L}}+|\p{{N}}+)\s+times\s+(?:the|her|his|their|its|a))\s+{_MOD}{{0,1}}?
        (?:dose|dosage|doses|medication|medicine|drug|tablets?|strength|insulin|injection|vaccine|bag|infusion|units|concentration|formula|feed)\b
    | {_GIVE}\s+(?:\S+\s+){{0,6}}?to\s+the\s+wrong\s+(?:patient|resident|person|child|baby|bed|room)\b
    | {_GIVE}\s+(?:\S+\s+){{0,6}}?[\p{{L}}-]+'s\s+(?:medication|medicines?|inhaler|tablets?|pills|drugs?|insulin|prescription|dose|injection|formula|milk|feed|epipen|antibiotics?|painkillers?|sedative)\b
        (?=[^.;]{{0,80}}?\b(?:by\s+mistake|in\s+error|by\s+accident|instead|wrong|rather\s+than)\b)
    | {_GIVE}\s+(?:the|a|an|my|our)\s+[\p{{L}}-]+\s+(?:the|a|an)\s+(?:other\s+)?[\p{{L}}-]+'s\s+(?:medication|medicines?|inhaler|tablets?|pills|drugs?|insulin|dose|injection|antibiotics?|painkillers?|sedative|feed|formula)\b
    | {_GIVE}\s+(?:\S+\s+){{0,6}}?(?:medication|medicines?|inhaler|tablets?|pills|drugs?|insulin|dose|injection|antibiotics?|painkillers?|sedative|feed|formula|bottle|bag)\s+
        (?:that\s+was\s+|which\s+was\s+)?(?:meant|intended|prescribed|drawn\s+up|labelled|charted|ordered)\s+for\s+(?:another|a\s+different|the\s+other|someone\s+else|the\s+\p{{L}}+\s+in|the\s+(?:man|woman|boy|girl|patient|resident|child|baby|dog|cat)\b)
    | {_GIVE}\s+(?:a|an|the)\s+(?:[\p{{L}}-]+\s+)?(?:resident|patient|child|pupil|baby|guest|diner)\s+(?:the|a|an)\s+(?:[^\s.;,]+\s+){{0,2}}?[\p{{L}}-]+\s+
        (?:that\s+was\s+|which\s+was\s+)?(?:meant|intended|prescribed|ordered)\s+for\s+(?:someone\s+else|another|a\s+different|the\s+other)
    | {_GIVE}\s+(?:\S+\s+){{0,6}}?(?:a\s+second|another|a\s+duplicate|an\s+extra|a\s+further)\s+(?:\S+\s+)?(?:dose|dosage|injection|tablet|bag|infusion|feed)s?\b
        (?=[^.;]{{0,80}}?\b(?:already|twice)\b)
    | {_GIVE}\s+(?:\S+\s+){{0,6}}?{_DOSE_UNIT}(?:\s+\S+){{0,8}}?\s+(?:when|but|instead\s+of|rather\s+than|although|whereas|while|not)\s+
        (?:\S+\s+){{0,6}}?(?:prescription|prescribed|chart|charted|order|ordered|dose|should\s+have|meant|was\s+for|were\s+for)(?:\s+\S+){{0,3}}?\s+{_DOSE_UNIT}
    | (?:made|caused)\s+(?:a|an|the)\s+(?:serious\s+|major\s+|potentially\s+fatal\s+)?(?:medication|drug|dosing|dosage|dispensing|prescribing|administration)\s+
        (?:error|mistake|incident)
    | (?:put|stuck|wrote|printed)\s+(?:the\s+)?wrong\s+(?:label|name|sticker|details|patient\s+details)\s+on\s+(?:a|the|two|both)\s+(?:[^\s.;,]+\s+)?(?:samples?|specimens?|bags?|bottles?|syringes?|prescriptions?|wristbands?|tubes?|vials?)
    | (?:mixed\s+up|swapped|mislabell?ed)\s+(?:the\s+|two\s+)?(?:patients'|patient|blood|specimen|lab|sample)\s+(?:(?:blood|urine|lab|test|swab)\s+)?(?:samples?|specimens?|labels?|results|records|notes|bottles|bags)
    | (?:double|over|under)-?dosed\s+(?:{_DET}\s+)?{_MOD}{{0,1}}?(?:patient|resident|child|baby|him|her|them)\b
    | (?:gave|administered|served|fed|prescribed|dispensed)\s+(?:\S+\s+){{0,6}}?(?:despite|even\s+though|although)\s+
        (?:his|her|their|the\s+[\p{{L}}-]+'s|a\s+documented|a\s+known|an?)\s+(?:known\s+|documented\s+|recorded\s+|severe\s+)?(?:\p{{L}}+\s+)?allerg(?:y|ies)
    | (?:served|gave|fed|sold)\s+(?:\S+\s+){{0,8}}?(?:to\s+)?(?:a|an|the)\s+(?:\S+\s+)?(?:guest|customer|child|pupil|diner|patient|resident)\s+
        (?:with|who|whose)\s+(?:\S+\s+){{0,6}}?(?:allerg(?:y|ies|ic)|coeliac|celiac|intoleran(?:ce|t))
    | (?:served|gave|fed)\s+(?:a|an|the)\s+(?:coeliac|celiac|nut-allergic|allergic)\s+(?:guest|customer|child|pupil|diner|patient|resident)
"""
# Personal data made public: "my change exposed 2,000 customers' email addresses".
_EXPOSED_DATA = compile_words(
    r"""(?:exposed|published)\s+(?:the\s+|our\s+|\p{N}[\p{N},]*\s+)?(?:customers'?|clients'?|users'?|patients'?|personal|customer|client|user|
        patient|staff|employee|private)\s+(?:\S+\s+)?(?:data|details|records|information|e-?mails|addresses|passwords)\b"""
)
# A fire in the writer's kitchen, workshop or site.
_FIRE = compile_words(r"caught\s+(?:fire|alight)|burst\s+into\s+flames|started\s+a\s+(?:small\s+)?fire")
_ALLERGEN_PASSIVE = compile_words(
    r"(?:a|an|the)\s+(?:coeliac|celiac|nut-allergic|allergic)\s+(?:guest|customer|child|pupil|diner|patient|resident)\s+(?:was|were|got)\s+(?:served|given|fed)"
    r"|(?:a|an|the)\s+(?:guest|customer|child|pupil|diner|patient|resident)\s+with\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?allerg(?:y|ies)\s+(?:was|were|got)\s+(?:served|given|fed)"
)

# -- unsafe conduct -------------------------------------------------------------------------

_UNSAFE = rf"""
      (?:fell|was|had\s+fallen)\s+asleep\s+(?:on|at|during|in\s+the\s+middle\s+of|while\s+on)\s+(?:{_DET}\s+)?{_MOD}{{0,1}}?
        (?:duty|shift|watch|wheel|post|desk|controls|monitors?|meeting|call|handover|training|job|work|obs|observations|supervision)\b
    | (?:fell|was)\s+asleep\s+while\s+(?:I\s+was\s+|we\s+were\s+)?(?:driving|supervising|monitoring|watching|looking\s+after|in\s+charge|on\s+(?:duty|watch|shift|call))
    | (?:nodded|dozed)\s+off\s+while\s+(?:I\s+was\s+|we\s+were\s+)?(?:driving|supervising|monitoring|watching|looking\s+after|in\s+charge|on\s+(?:duty|watch|shift|call))
    | (?:nodded|dozed)\s+off\s+(?:on|at|during|while)\s+(?:{_DET}\s+)?{_MOD}{{0,1}}?(?:duty|shift|watch|wheel|driving|supervising|meeting|call|handover|night\s+shift)\b
    | (?:left|leaving)\s+(?:{_DET}\s+)?{_MOD}{{0,2}}?(?:child|children|pupils?|patients?|residents?|baby|toddler|class|students?|vulnerable\s+\p{{L}}+)\s+
        (?:alone|unattended|unsupervised|behind|on\s+(?:the|a)\s+(?:coach|bus|minibus))
    | lost\s+(?:sight|track)\s+of\s+(?:{_DET}\s+)?(?:one\s+of\s+(?:the|my|our)\s+)?(?:child|pupil|student|resident|toddler|patient)s?\b
    | lost\s+(?:{_DET}\s+)?(?:one\s+of\s+(?:the|my|our)\s+)?(?:child|pupil|student|resident|toddler)s?\s+(?:on|during|at)\s+(?:a|the)\s+(?:\S+\s+)?(?:trip|visit|outing)
    | left\s+(?:{_DET}\s+)?{_MOD}{{0,2}}?(?:door|doors|gate|safe|till|cash\s+office|pharmacy|(?:controlled\s+)?drugs?\s+cupboard|drug\s+trolley|
        medication\s+trolley|medicines?\s+trolley|medicines?\s+cupboard|site|building|premises|warehouse|server\s+room|shop|store|office|back\s+door|fire\s+exit|van|vehicle|lorry|
        cabinet|cupboard)\s+(?:unlocked|open|unsecured|unattended)(?!\s+(?:for|to)\b)
    | left\s+(?:{_DET}\s+)?{_MOD}{{0,1}}?(?:gas|oven|hob|fryer|heater|iron|grill)\s+(?:on|running)
    | left\s+(?:the\s+)?keys?\s+(?:to|for)\s+(?:the\s+)?(?:[^\s.;,]+\s+){{0,3}}?(?:drugs?\s+cupboard|cupboard|safe|pharmacy|cabinet|till|cash\s+office|armoury|store\s*room)\s+(?:on|in|at|by)\b
    | (?:(?:forgot|failed|didn't|did\s+not|never)\s+(?:remembered\s+)?to|didn't|did\s+not|never)\s+lock\s+(?:up\s+)?(?:{_DET}\s+)?{_MOD}{{0,2}}?(?:door|doors|gate|safe|till|pharmacy|
        cupboard|cabinet|drugs?\s+cupboard|building|shop|store|office|site|premises|van|server\s+room|warehouse)\b
    | (?:forgot|failed|didn't|did\s+not|never)\s+to\s+(?:turn|switch)\s+off\s+(?:{_DET}\s+)?{_MOD}{{0,1}}?(?:gas|oven|hob|fryer|heater|iron|grill|burner)\b
    | (?:crashed|wrote\s+off|rolled|overturned)\s+(?:the|a|our|my)\s+(?:company\s+|work\s+|delivery\s+|hire\s+|pool\s+)?(?:van|car|vehicle|lorry|truck|forklift|minibus|ambulance)
    | (?:hit|clipped|struck|pinned|knocked\s+(?:over|down)|ran\s+over|(?:reversed|backed|crashed|drove)(?:\s+(?:the|a|my|our)\s+(?:\S+\s+)?
        (?:van|car|vehicle|lorry|truck|forklift|minibus|pallet\s+truck|reach\s+truck))?\s+into)\s+(?:a|an|the)\s+
        (?:cyclist|pedestrian|child|colleague|worker|person|man|woman|parked\s+car|racking|[\p{{L}}-]+'s\s+{_BODY})
    | sign(?:ed)?\s+(?:off\s+)?(?:[^\s.;]+\s+){{0,3}}?(?:tag|permit|inspection|certificate|register|checklist|risk\s+assessment|safety\s+\p{{L}}+)s?\b
        (?:\s+[^\s.;]+){{0,8}}?\s+without\s+(?:going|walking|climbing|checking|inspecting|looking|testing|seeing|visiting)\b
    | (?:kept|carried\s+on|continued|went\s+on)\s+\p{{L}}+ing\s+(?:[^\s.;]+\s+){{0,8}}?(?:above|over|past|beyond)\s+(?:the\s+)?(?:[^\s.;]+\s+){{0,4}}?(?:limit|threshold|maximum)s?\b
    | (?:landed|flew|drove|operated|lifted|loaded)\s+(?:[^\s.;]+\s+){{0,4}}?(?:below|under|above|over|beyond|past)\s+(?:the\s+)?(?:legal|minimum|maximum|safe|safety|rated|permitted|required)\s+
        (?:[^\s.;]+\s+)?(?:fuel\s+reserve|reserve|limit|load|weight|speed|height|hours|level|threshold)s?\b
    | (?:(?<=\b(?:bath|pool|water|cot|pram|buggy|road|playground|changing\s+table|high\s+chair|stairs)\b[^.;]{{0,160}})|(?=[^.;]{{0,100}}?\b(?:bath|pool|water|cot|pram|buggy|road|playground|changing\s+table|high\s+chair|stairs)\b))
        (?:left|leaving)\s+(?:her|him|them)\s+(?:alone|on\s+(?:her|his|their)\s+own|unattended|unsupervised)\b
    | (?:turned|showed)\s+up\s+(?:\S+\s+){{0,3}}?(?:still\s+)?(?:drunk|hungover|intoxicated|under\s+the\s+influence)
    | (?:was|came\s+in|came\s+to\s+work|went\s+to\s+work)\s+(?:still\s+)?(?:drunk|intoxicated|hungover|under\s+the\s+influence)
    | drank\s+(?:\S+\s+){{0,3}}?(?:on\s+(?:duty|shift|the\s+job)|at\s+work|before\s+(?:my\s+|a\s+|the\s+)?(?:shift|drive|surgery|flight))
"""

# Lapses told without the writer as subject, which still count: "the pay less notice deadline
# was missed", "she was served the starter" (with her allergy in the sentence), "her latex allergy
# alert got missed", one person's file sent on to another ("the mother's report ... to the father").
_PASSIVE_LAPSE = compile_words(
    rf"""(?:the|our|my|a|an)\s+(?:[^\s.;,]+\s+){{0,4}}?{_DEADLINE}\s+(?:was|were|got|had\s+been)\s+missed
      | allerg(?:y|ies|en)\s+(?:[^\s.;,]+\s+)?(?:alert|flag|note|warning|status|label)s?\s+(?:got|was|were|had\s+been)\s+(?:missed|overlooked|ignored)"""
)
_SERVED_PASSIVE = compile_words(
    r"""(?:she|he|they|the\s+(?:guest|customer|child|pupil|diner|patient|resident|bride|groom|client))\s+(?:was|were|got)\s+(?:served|given|fed|handed)"""
)
_OWNERS_FILE = compile_words(
    rf"""{_SEND}\s+(?:the|a|an)\s+(?P<owner>[\p{{L}}-]+)'s\s+(?:[^\s.;,]+\s+){{0,3}}?(?:copy|report|records?|notes|details|file|letter|results|data|address|information|payslip|scan|referral)\b
        [^.;]{{0,140}}?\bto\s+(?:the|his|her|their|a|an)\s+(?:[^\s.;,]+\s+)?(?P<to>father|mother|ex-?partner|ex|husband|wife|partner|employer|landlord|neighbour|press|journalist|perpetrator|abuser)\b"""
)
_ALLERGY_WORD = compile_words(r"allerg(?:y|ies|ic|en|ens)|coeliac|celiac|intoleran(?:ce|t)|anaphyla\p{L}*")
# A child or a vulnerable person gets away while in the writer's care.
_GOT_AWAY = compile_words(
    r"""(?:child|children|toddler|pupil|student|resident|boy|girl|kid|baby)s?\s+(?:[^\s.;,]+\s+){0,7}?
        (?:got\s+out|wandered\s+off|went\s+missing|ran\s+off|slipped\s+out|escaped|(?:was|were|got)\s+left\s+(?:behind|alone|unattended)|left\s+the\s+(?:building|site|ward|grounds|nursery|school|playground))"""
)
# The writer was in charge of them at the time: "while I was on my phone", "in my group".
_IN_CARE = compile_words(
    r"""(?:while|when|as|because)\s+(?:I|we)\b|(?:my|our)\s+(?:[^\s.;,]+\s+)?(?:care|group|class|watch|charge|ward|room|unit|bay|shift|trip|outing|tour|visit|session|nursery)|(?:I|we)\s+(?:was|were)\s+(?:meant|supposed)\s+to|
        (?:I|we)\s+(?:was|were|had\s+been)\s+(?:watching|supervising|looking\s+after|in\s+charge|on\s+duty)"""
)
_INJURY_PATTERN = compile_words(_INJURY)
_HARMED_PATTERN = compile_words(_HARMED)
_DATA_LOSS_PATTERN = compile_words(_DATA_LOSS)

# Near misses, conditions and prevention: nothing happened, or it is what the writer now avoids.
_NOT_AN_EVENT = compile_words(
    r"""if|unless|whether|could(?:\s+easily)?\s+have|would\s+have|might\s+have|may\s+have|nearly|almost|narrowly|in\s+case|to\s+avoid|
        to\s+make\s+sure|to\s+prevent|to\s+stop|risk(?:ed|ing)?(?:\s+of)?|in\s+danger\s+of|never\s+again|so\s+(?:that\s+)?(?:I|we|nobody|no\s+one)|
        afraid|worried|terrified|scared|before\s+anyone|avoid(?:ed|ing)?"""
)
_UNHARMED = compile_words(
    r"""(?:she|he|they|the\s+\p{L}+)\s+(?:was|were)\s+(?:completely\s+|absolutely\s+)?(?:fine|ok|okay|unhurt|unharmed|all\s+right|alright|not\s+hurt|uninjured)|
        (?:nobody|no\s+one|no-one)\s+(?:was|got)\s+(?:hurt|injured)|without\s+(?:injury|a\s+scratch)"""
)
# The injury is why the writer's work changed: "my manager broke her ankle, so I ran the audit".
_CONSEQUENCE = compile_words(r"(?:so|which\s+meant(?:\s+that)?)\s+(?:I|we)\b")
# Hurt away from the writer's work: "a trainee burned her hand at home".
_OFF_WORK = compile_words(r"at\s+home|on\s+holiday|at\s+the\s+weekend|skiing|at\s+the\s+gym|off\s+duty|on\s+(?:her|his|their|my)\s+day\s+off|outside\s+work|playing\s+\p{L}+")
# A scene-setting clause: the injury is the occasion, not the failure ("after a colleague broke her wrist, I covered").
_CIRCUMSTANCE = compile_words(r"^\s*(?:after|because|since|following|when|while|as)\b")
# ...or it happened before the writer was there.
_BEFORE_MY_TIME = compile_words(r"before\s+(?:I|we)\s+(?:joined|started|arrived|took\s+over|came)")
_WRITER = compile_words(r"I|we|(?:our|my)\s+(?:[\p{L}-]+\s+)?(?:team|firm|practice|unit|department|ward|office|shop|crew|squad|store|kitchen|site)")
_FIRST_PERSON = compile_words(r"I|I'[a-z]+|me|my|myself|we|we'[a-z]+|our|us")


def _always(draft, sentence, match) -> bool:
    return True


def _carries_data(draft, sentence, match) -> bool:
    """A misdirected parcel is a logistics slip; a misdirected list or file about people is a breach,
    class notes sent to the wrong year group are not."""
    if not (_DATA.search(match.group()) or _SENT_ELECTRONICALLY.match(match.group())):
        return False
    return bool(_ABOUT_PEOPLE.search(match.group()) or _SENSITIVE.search(plain(draft), sentence.start, sentence.end))


def _holds_data(draft, sentence, match) -> bool:
    """Sent to more people than meant: only a breach when what went out was a file or list of data."""
    return bool(_DATA.search(match.group()))


# Records meant to go: "I deleted the duplicate records after checking them".
_DISPOSABLE = compile_words(r"duplicate|duplicated|old|obsolete|test|temp|temporary|draft|spare|unused|redundant|stale|dummy|junk|expired")


def _not_disposable(draft, sentence, match) -> bool:
    return not _DISPOSABLE.search(match.group())


def _sensitive(draft, sentence, match) -> bool:
    return bool(_SENSITIVE.search(plain(draft), sentence.start, sentence.end))


def _legal(draft, sentence, match) -> bool:
    """'missed the VAT deadline', 'missed the deadline for serving a claim form'; not 'missed the deadline'."""
    return bool(_LEGAL.search(match.group(), len(match.group().split()[0])))


def _not_scene_setting(draft, sentence, match) -> bool:
    return not _scene_setting(draft, sentence, match.start(), plain(draft))


def _writer_in_sentence(draft, sentence, match) -> bool:
    return _has_first_person(draft, sentence)


def _legal_or_allergy(draft, sentence, match) -> bool:
    return bool(_ALLERGY_WORD.search(match.group()) or _legal(draft, sentence, match))


def _allergy_before(draft, sentence, match) -> bool:
    """'One guest had a severe sesame allergy ..., and she was served the starter'."""
    return bool(_ALLERGY_WORD.search(plain(draft), sentence.start, match.start()))


def _someone_else(draft, sentence, match) -> bool:
    return match.group("owner").lower() != match.group("to").lower()


def _writer_and_not_scene(draft, sentence, match) -> bool:
    in_care = _IN_CARE.search(plain(draft), sentence.start, sentence.end)
    return bool(in_care) and _has_first_person(draft, sentence) and _not_scene_setting(draft, sentence, match)


def _trigger(words: str) -> Stems:
    """The word beginnings a sentence must hold before a full pattern runs on it: the long
    patterns try their optional determiners and modifiers at every word, which is slow."""
    return Stems(words.replace("|", " "))


_NAMED = {
    "_FORGOTTEN": compile_words(_FORGOTTEN),
    "_INSTEAD": compile_words(_INSTEAD),
    "_WRONG_RECIPIENT": compile_words(_WRONG_RECIPIENT),
    "_TO_EVERYONE": compile_words(_TO_EVERYONE),
    "_WRONG_FILE": compile_words(_WRONG_FILE),
    "_MISSENT": compile_words(_MISSENT),
    "_ALL_TO_ONE": compile_words(_ALL_TO_ONE),
    "_EXPOSED": compile_words(_EXPOSED),
    "_MISSED_DEADLINE": compile_words(_MISSED_DEADLINE),
    "_COMPLIANCE": compile_words(_COMPLIANCE),
    "_MEDICATION": compile_words(_MEDICATION),
    "_UNSAFE": compile_words(_UNSAFE),
    "_DATA_LOSS_PATTERN": _DATA_LOSS_PATTERN,
    "_INJURY_PATTERN": _INJURY_PATTERN,
    "_FIRE": _FIRE,
    "_EXPOSED_DATA": _EXPOSED_DATA,
}


# (pattern, the words it cannot match without, must the writer be its subject, what else it needs)
_CHECKS = (
    (_NAMED["_FORGOTTEN"], _trigger(r"book|arrang|order|organi|forg|turn|show|missed|slept|double|stood|overslept|skipped|didn|did|failed"), True, _always),
    (_NAMED["_INSTEAD"], _trigger(r"instead|rather|not"), True, _holds_data),
    (_NAMED["_WRONG_RECIPIENT"], _trigger(r"wrong|different|incorrect|unintended|unrelated|another|other|public|open|anyone|anybody|everyone|everybody"), True, _carries_data),
    (_NAMED["_MISSENT"], _trigger(r"mistake|error|accident|accidentally|mistakenly|inadvertently"), True, _sensitive),
    (_NAMED["_ALL_TO_ONE"], _trigger(r"whole|entire|every|all"), True, _sensitive),
    (_NAMED["_TO_EVERYONE"], _trigger(r"everyone|everybody|all|whole|entire"), True, _sensitive),
    (_NAMED["_WRONG_FILE"], _trigger(r"wrong|instead"), True, _sensitive),
    (_NAMED["_EXPOSED"], _trigger(r"bcc|blind|another|someone|different|wrong|hear|front|waiting|reception|corridor|public"), True, _always),
    (_NAMED["_MISSED_DEADLINE"], _trigger(r"deadline|cut|time|limitation|filing|due|window"), True, _legal),
    (_NAMED["_COMPLIANCE"], _trigger(r"expired|passed|lapse|late|time|expire|run|report|notif|inform|declar|disclos|escalat|log|record|renew|date"), True, _always),
    (_DATA_LOSS_PATTERN, _trigger(r"backed|back|lost|delet|wiped|erased|overwr|corrupt|destroyed|shredded|purged|truncated|formatted|reformatted|binned|dropped|backup|backups|back-up|snapshot|snapshots|left|mislaid|misplaced"), True, _not_disposable),
    (_NAMED["_MEDICATION"], _trigger(r"wrong|gave|given|administ|dispens|handed|suppl|prescri|inject|drew|hung|infused|issued|put|made|prepared|label|caused|mixed|swapped|mislabel|dosed|overdos|underdos|double|served|fed|sold"), True, _always),
    (_NAMED["_UNSAFE"], _trigger(r"asleep|nodded|dozed|left|leaving|lost|lock|turn|switch|crashed|wrote|rolled|overturned|hit|clipped|struck|pinned|without|limit|limits|threshold|alarm|warning|reserve|knocked|ran|reversed|backed|drove|drunk|hungover|intoxicated|influence|drank"), True, _always),
    (_INJURY_PATTERN, _trigger(r"breach|fire|broke|fractur|cut|burn|injur|hurt|twisted|sprained|disloc|crushed|trapped|scald|gashed|lost|bruised|damaged|electrocut|hospital|concuss|bitten|poison|allerg|anaphyla|seizure|overdose|fall|fell|slipped|tripped|emergency|er|casualty|intensive|icu|resus|stitches|surgery|operation|strain|pull|tore|ruptur|hernia|wrench|kidney|liver|renal|nerve|brain|spinal"),
     False, _not_scene_setting),
    (_DATA_LOST_PASSIVE, _trigger(r"lost|delet|wiped|erased|overwr|corrupt|destroyed|shredded"), False, _writer_in_sentence),
    (_ALLERGEN_PASSIVE, _trigger(r"coeliac|celiac|allergic|nut-allergic|allergy|allergies"), False, _writer_in_sentence),
    (_FIRE, _trigger(r"caught|burst|started"), False, _writer_in_sentence),
    (_GOT_AWAY, _trigger(r"got|wandered|went|ran|slipped|escaped|left"), False, _writer_and_not_scene),
    (_PASSIVE_LAPSE, _trigger(r"missed|overlooked|ignored"), False, _legal_or_allergy),
    (_SERVED_PASSIVE, _trigger(r"allerg|coeliac|celiac|intoleran|anaphyla"), False, _allergy_before),
    (_OWNERS_FILE, _trigger(r"father|mother|ex|partner|husband|wife|employer|landlord|neighbour|press|journalist|perpetrator|abuser"), True, _someone_else),
    (_EXPOSED_DATA, _trigger(r"exposed|published"), False, _writer_in_sentence),
)


# The words the patterns above start with: those patterns are tried, anchored, only there.
_FIRST_WORDS = {
    "_FORGOTTEN": Stems("failed didn did never forget forgot forgotten clean didn did never missed slept double stood overslept skipped failed"),
    "_MISSENT": Stems("accidentally mistakenly inadvertently put placed filed stuffed saved stored sent emailed e mailed forwarded shared posted faxed texted messaged cc copied attached uploaded gave handed released disclosed published circulated distributed read passed"),
    "_ALL_TO_ONE": Stems("put placed filed stuffed saved stored sent emailed e mailed forwarded shared posted faxed texted messaged cc copied attached uploaded gave handed released disclosed published circulated distributed read passed"),
    "_INSTEAD": Stems("put placed filed stuffed saved stored sent emailed e mailed forwarded shared posted faxed texted messaged cc copied attached uploaded gave handed released disclosed published circulated distributed read passed"),
    "_WRONG_RECIPIENT": Stems("put placed filed stuffed saved stored sent emailed e mailed forwarded shared posted faxed texted messaged cc copied attached uploaded gave handed released disclosed published circulated distributed read passed"),
    "_TO_EVERYONE": Stems("put placed filed stuffed saved stored sent emailed e mailed forwarded shared posted faxed texted messaged cc copied attached uploaded gave handed released disclosed published circulated distributed read passed"),
    "_WRONG_FILE": Stems("sent emailed attached shared uploaded forwarded posted"),
    "_EXPOSED": Stems("cc copied put included added emailed sent gave handed showed posted read said discussed mentioned announced shouted called talked"),
    "_MISSED_DEADLINE": Stems("missed blew breached overran failed didn did ran slipped"),
    "_DATA_LOSS_PATTERN": Stems("never didn hadn had forgot failed reformatted lost deleted wiped erased overwrote overwritten corrupted destroyed shredded purged truncated formatted binned dropped left mislaid misplaced"),
    "_MEDICATION": Stems("stuck wrote printed gave given administered dispensed handed supplied prescribed injected drew hung infused issued put made prepared labelled labeled caused mixed swapped mislabelled mislabeled double over under overdosed underdosed served fed sold"),
    "_UNSAFE": Stems("fell was had nodded dozed left leaving lost forgot failed didn did never crashed wrote rolled overturned hit clipped struck pinned knocked ran reversed backed drove turned showed came went drank sign kept carried continued landed flew operated worked lifted loaded"),
    "_INJURY_PATTERN": Stems("broke fractured cut burned burnt injured hurt twisted sprained strained pulled tore ruptured herniated wrenched dislocated crushed trapped scalded gashed lost bruised damaged caused led resulted"),
    "_FIRE": Stems("caught burst started"),
    "_COMPLIANCE": Stems(
        "our my the filed submitted lodged served registered sent let didn did failed forgot never neglected deadline cut time limitation filing due window"
    ),
    "_EXPOSED_DATA": Stems("exposed published"),
}
_FIRST = {}
for _check in _CHECKS:
    for _name, _stems in _FIRST_WORDS.items():
        if _check[0] is _NAMED[_name]:
            _FIRST[id(_check[0])] = _stems


def check(draft, context: RuleContext):
    text = plain(draft)
    found: dict[tuple[int, int], object] = {}
    for sentence, match in _matches(draft, _HARMED_STEMS, _HARMED_PATTERN):
        victim = _VICTIM_BEFORE.search(text, max(sentence.start, match.start() - 80), match.start())
        if victim and not _scene_setting(draft, sentence, victim.start(), text) and not _UNHARMED.search(text, match.end(), sentence.end):
            found.setdefault((victim.start(), match.end()), sentence)
    for pattern, trigger, by_writer, needs in _CHECKS:
        for sentence, match in _check_matches(draft, text, pattern, trigger):
                if (not by_writer or _by_writer(draft, sentence, match.start(), text)) and needs(draft, sentence, match):
                    found.setdefault(match.span(), sentence)
    extra = phrase_pattern(context.extra_phrases)
    if extra is not None:
        for sentence, match in sentence_matches(draft, extra):
            found.setdefault(match.span(), sentence)
    last_start, last_end = -1, -1
    for (start, end), sentence in sorted(found.items(), key=lambda item: (item[0][0], -item[0][1])):
        if last_start <= start and end <= last_end:
            continue  # inside a longer finding of the same slip
        if quoted(draft, sentence, start, end) or reported(draft, sentence, start) or negated(draft, sentence, start, window=5):
            continue
        if _NOT_AN_EVENT.search(clause_before(draft, sentence, start)):
            continue
        last_start, last_end = start, end
        yield META.finding(start, end)


# A passive loss is found from its verb, then the pattern runs over the few words before it.
_LOST_VERB = regex.compile(
    r"\b(?:was|were|got|had\s+been)\s+(?:permanently\s+|accidentally\s+|all\s+|completely\s+)?(?:lost|deleted|wiped|erased|overwritten|corrupted|destroyed|shredded)\b",
    regex.I,
)


def _check_matches(draft, text, pattern, trigger):
    """Matches of one check: anchored at its first words where it has them, else by scanning."""
    first = _FIRST.get(id(pattern))
    sentences = candidate_sentences(draft, trigger)
    if pattern is _DATA_LOST_PASSIVE:
        for sentence in sentences:
            for verb in _LOST_VERB.finditer(text, sentence.start, sentence.end):
                for match in pattern.finditer(text, max(sentence.start, verb.start() - 120), verb.end()):
                    yield sentence, match
        return
    if first is None:
        for sentence in sentences:
            for match in pattern.finditer(text, sentence.start, sentence.end):
                yield sentence, match
        return
    yield from anchored(draft, text, sentences, first, pattern)


_HARMED_STEMS = Stems(
    """injur hurt burn burnt scald electrocut hospital concuss crush bitten poison allerg anaphyla burns seizure overdose fall fell
    slipped tripped taken rushed sent admitted a&e needed kidney liver renal nerve brain spinal fracture broken"""
)


def _matches(draft, stems, pattern):
    text = plain(draft)
    for sentence in candidate_sentences(draft, stems):
        for match in pattern.finditer(text, sentence.start, sentence.end):
            yield sentence, match


def _scene_setting(draft, sentence, start: int, text: str) -> bool:
    """An injury that is the occasion of the story, not its failure."""
    if _CONSEQUENCE.match(text, start + len(clause_after(draft, sentence, start)) + 1, sentence.end) or _CONSEQUENCE.match(
        text, start + len(clause_after(draft, sentence, start)) + 2, sentence.end
    ):
        return True
    if _OFF_WORK.search(text, sentence.start, sentence.end):
        return True
    return bool(_CIRCUMSTANCE.search(clause_before(draft, sentence, start)) or _BEFORE_MY_TIME.search(text, start, sentence.end))


def _by_writer(draft, sentence, start: int, text: str) -> bool:
    """The writer is the subject: 'I' or 'we' in the clause before the verb, or before a bare 'and'."""
    before = clause_before(draft, sentence, start)
    if _WRITER.search(before) or text[start : start + 4].lower() in ("our ", "my "):
        return True  # "our VAT return went in late": the writer's own, as subject
    if before.strip().lower() in ("", "and", "then", "and then", "but"):
        return bool(_WRITER.search(text, max(sentence.start, start - WINDOW), start))
    return False


def _has_first_person(draft, sentence) -> bool:
    cache = per_sentence(draft, "red-flag-first-person")
    if sentence.start not in cache:
        cache[sentence.start] = bool(_FIRST_PERSON.search(plain(draft), sentence.start, sentence.end))
    return cache[sentence.start]


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
