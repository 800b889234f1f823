"""The failure is pinned on someone else, or on luck, and the writer is absent from the cause.

## What it does
Flags sentences that make another person or group (a teammate, "my team", a
manager, the client, a vendor, "they") or plain bad luck and the market the
cause of the failure: "the vendor was late", "because of my manager", "nobody
told me", "if the supplier had delivered on time". It stays quiet when the
same sentence, or the next one, says what part was the writer's own ("but the
call to wait was mine", "I should have caught it"), when the blame is negated
("it wasn't the vendor's fault") and when it is someone else's words, quoted
or reported ("my director said the agency was slow").

## Why it matters to an interviewer
The question is a test of accountability. A listener who hears the cause
placed on other people stops listening for the lesson and starts wondering
how you will talk about *them* after a bad quarter. Other people can be in
the story; they cannot be the reason it went wrong.

## Example
```markdown
The launch slipped because the vendor was late with the payment API.
```

## Use instead
```markdown
The vendor was late with the payment API, but the call to wait for them
instead of building a fallback was mine.
```
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import (
    WINDOW,
    clause_after,
    compile_words,
    merge_spans,
    negated,
    owned_nearby,
    per_sentence,
    phrase_pattern,
    plain,
    quoted,
    reported,
)

META = RuleMeta(
    code="AL101",
    name="blame-shifting",
    family="ownership",
    kind="span",
    severity=Severity.WARNING,
    summary="The failure is pinned on other people or on luck, with the writer absent from the cause.",
    message="This places the cause on someone else. Say which decision or check was yours.",
    docs=rule_docs(__doc__),
    phrases=True,
)

# -- who: other people and groups --------------------------------------------------------

# Outside the writer's organisation: "our vendor" is still someone else.
_EXTERNAL = r"""
    clients?|customers?|vendors?|suppliers?|contractors?|sub-?contractors?|agency|agencies|freelancers?|consultants?|
    landlords?|carriers?|couriers?|hauliers?|airline|partners?|recruiters?|printers?|caterers?|builders?|insurers?|
    investors?|backers?|funders?|sponsors?|distributors?|wholesalers?|retailers?|manufacturers?|factory|shipping\s+company|
    (?:opposing|other\s+side's)\s+(?:counsel|solicitors?|lawyers?)
"""
_PEOPLE = rf"""
    {_EXTERNAL}|
    team(?:mate)?s?|colleagues?|co-?workers?|managers?|line\s+managers?|boss|bosses|supervisors?|lead|leads|directors?|
    owners?|founders?|CEO|MD|chair|chairman|chairwoman|others|other\s+people|rest\s+of\s+(?:the|my)\s+(?:team|staff|group|department)|
    head\s+of\s+[\p{{L}}-]+|heads\s+of\s+[\p{{L}}-]+|headteacher|head\s+teacher|principal|head\s+chef|sous\s+chef|chefs?|cooks?|
    developers?|devs|engineers?|designers?|testers?|interns?|juniors?|direct\s+reports?|apprentices?|trainees?|new\s+hires?|
    stakeholders?|department|dept|leadership|management|execs?|executives?|
    professors?|teachers?|lecturers?|tutors?|coach|coaches|instructors?|examiners?|advisors?|advisers?|PI|mentors?|
    analysts?|reviewers?|editors?|producers?|architects?|surveyors?|electricians?|plumbers?|foreman|foremen|
    staff|crew|nurses?|doctors?|registrars?|pharmacists?|pharmacy|porters?|locums?|midwives|midwife|carers?|
    coordinators?|assistants?|predecessors?|successors?|counterparts?|co-?founders?|co-?authors?|users?|
    students?|pupils|parents|baristas?|waiters?|waitress(?:es)?|kitchen|pickers?|packers?|drivers?|dispatchers?|
    captain|first\s+officer|controllers?|paralegals?|clerks?|barristers?|solicitors?|associates?|
    (?:night|day|early|late|other|previous|weekend)\s+shift|(?:other|offshore|outsourced)\s+teams?|
    (?:product|dev|development|design|sales|marketing|ops|operations|IT|HR|QA|finance|legal|procurement|support|data|
       engineering|platform|infra(?:structure)?|compliance|security|research|admin|accounts|payroll|client|customer|account|
       project|delivery|creative|editorial|kitchen|warehouse|nursing|medical|upstream|downstream|front-?end|back-?end)
       (?:\s+[\p{{L}}-]+)?\s+(?:teams?|department|dept|people|folks|side|leads?|managers?|directors?|group|staff|crew)
"""
_DETERMINER = r"(?:my|the|a|an|one\s+of\s+(?:my|the)|his|her|their|this|that|these|those)"
# A word between the determiner and the person ("the night nurse"), never a function word.
_MOD = r"""(?:(?!(?:was|were|is|are|be|been|had|has|have|the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|that|this|
    who|which|I|we|me|us|my|our|it|they|he|she|not|never|so|too|very|did|didn't|do|don't)\b)[\p{L}-]+\s+)"""
_OWNED_OBJECT = r"""
    plan|estimate|code|data|numbers|spec|specs|requirements|brief|API|build|work|part|figures|forecast|instructions|
    directions|handover|notes|email|emails|feedback|guidance|documentation|schedule|timeline|design|designs|files|
    paperwork|figures|delivery|deliveries|communication|updates|answers?|reply|replies|sign-?off|approval|review|advice
"""
# A person by name, "Sarah" or "Tom Reed", but not a capitalised word that opens a sentence.
_NAME = r"""(?-i:(?!(?:The|This|That|These|Those|It|Its|We|I|They|He|She|You|Our|My|Their|His|Her|Then|When|After|Before|So|But|And|
    If|Because|Since|Once|As|At|In|On|By|For|From|With|Without|Nobody|Nothing|No|None|Everyone|Everything|Someone|Something|
    Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|
    October|November|December|Christmas|Easter|Eventually|Finally|Unfortunately|Luckily|Honestly|Sadly|Later|Still|Yet|
    Also|Even|Just|Only|Both|Each|Every|All|Some|Most|Many|Few|Several|One|Two|Three|There|Here|What|Which|Who|Why|How|
    Looking|Since|Next|Last|Now|Today|A|An|Not|Never|Half|Everybody|Anyone|Any|Meanwhile|Instead|However|Overall|Apparently|
    Mum|Mom|Dad|Excel|Word|Outlook|Teams|Slack|Jira|Zoom|Google|Salesforce|Windows|GitHub|Git|Azure|Python|SAP|Xero|Sage|
    Shopify|Trello|Notion|Asana|Figma|Photoshop|Android|Apple|Linux|Chrome|Gmail|Siri|Alexa)\b)
    \p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?!\s+(?:\p{Lu}|[&]))
    )"""
_NOUN_SUBJECT = rf"""
    (?:{_DETERMINER}\s+{_MOD}{{0,2}}?(?:{_PEOPLE})
     | our\s+{_MOD}{{0,2}}?(?:{_EXTERNAL})
     | the\s+(?:board|committee|panel|council|regulator|auditors?)
     | (?:upper|senior|middle)\s+management | senior\s+leadership | head\s+office | opposing\s+counsel | management | leadership
     | everyone\s+else | nobody\s+else | other\s+people | the\s+others | (?:some|most|half|all|two|three)\s+of\s+(?:my|the)\s+(?:[\p{{L}}-]+\s+)?(?:team|colleagues|staff|reports|crew)
     | {_NAME}
     | (?-i:Finance|Legal|Procurement|HR|IT|QA|Compliance|Ops|Payroll|Accounts)
    )
    (?:'s\s+(?:{_OWNED_OBJECT}))?
"""
_PRONOUN_SUBJECT = r"(?:they|he|she)"

# -- what they did: a failed duty, or a state that makes them the cause ----------------------

# A duty whose neglect is a failure in itself ("the intern didn't test his changes").
_DUTY = r"""
    deliver(?:ed)?|inform(?:ed)?|warn(?:ed)?|test(?:ed)?|follow(?:ed)?\s+(?:up|through|the\s+\p{L}+|our\s+\p{L}+|my\s+\p{L}+)|
    finish(?:ed)?|complete[d]?|show(?:ed)?\s+up|turn(?:ed)?\s+up|turn(?:ed)?\s+(?:it\s+)?in|
    (?:do|did)\s+(?:their|his|her)\s+(?:job|part|bit|homework|checks)|meet|met|review(?:ed)?|check(?:ed)?|
    flag(?:ged)?|execute[d]?|document(?:ed)?|escalate[d]?|sign(?:ed)?\s+off|hand(?:ed)?\s+(?:it\s+)?over|fix(?:ed)?|catch|caught|
    notice[d]?|prepare[d]?|keep\s+(?:to|their|his|her)|kept\s+(?:to|their|his|her)|honou?r(?:ed)?|step(?:ped)?\s+up|
    pull(?:ed)?\s+(?:their|his|her)\s+weight|bother(?:ed)?|show(?:ed)?\s+(?:up|the\s+\p{L}+\s+to)
"""
# A duty whose neglect is only blame when the sentence also tells of the failure
# ("they never replied, so the deal died"; not "the customer didn't respond, so I called her").
_WEAK_DUTY = r"""
    sen[dt]|tell(?!\s+(?:me|us|him|her|them)\s+off)(?!\s+(?:which|whether|what|if|the\s+difference|apart|how|where|when|who)\b)|told|respond(?:ed)?|repl(?:y|ied)|provide[d]?|update[d]?|communicate[d]?|
    share[d]?|understand|understood|listen(?:ed)?|read|help(?:ed)?|support(?:ed)?|care[d]?|answer(?:ed)?|give|gave|
    get\s+back|got\s+back|commit(?:ted)?|plan(?:ned)?|brief(?:ed)?|train(?:ed)?|call(?:ed)?\s+(?:back|me|us)|return(?:ed)?|
    pay|paid|approve[d]?|submit(?:ted)?|mention(?:ed)?|pass(?:ed)?\s+(?:on|it\s+on|along)|chase[d]?|confirm(?:ed)?|
    own(?:ed)?|sign(?:ed)?|follow(?:ed)?|do|did|provide
"""
_DUTY_PAST = r"""
    delivered|sent|told|informed|warned|tested|followed(?:\s+(?:up|through))?|finished|completed|responded|replied|
    shown\s+up|turned\s+up|done\s+(?:their|his|her)\s+\p{L}+|met|provided|reviewed|checked|updated|communicated|
    flagged|shared|listened|read|briefed|trained|signed(?:\s+off)?|approved|paid|confirmed|called|given|handed\s+(?:it\s+)?over|
    fixed|caught|noticed|prepared|kept\s+(?:to\s+)?(?:their|his|her)\s+\p{L}+|honou?red|got\s+back|stepped\s+up|
    submitted|mentioned|asked|listened|answered|escalated|documented|supported|helped|responded
"""
_ADVERBS = r"(?:\s+(?:had|has|have|also|just|completely|totally|simply|then|again|kept|always|really|clearly|obviously|repeatedly|all|still|once\s+again|consistently))*"
_NEGLECT = r"(?:didn't|did\s+not|never|couldn't|could\s+not|wouldn't|would\s+not|won't|refused\s+to|forgot\s+to|neglected\s+to)"
_PERSON_PREDICATE = rf"""
    {_ADVERBS}\s+
    (?:
        (?:failed|fails)\s+to\s+(?:even\s+)?\p{{L}}+ | failed\s+(?:me|us)\b
      | {_NEGLECT}\s+(?:even\s+|bother\s+to\s+|actually\s+|properly\s+)?(?:{_DUTY})(?:\s+(?:me|us|anyone|anybody))?
      | (?:never|didn't|did\s+not)\s+(?:give|gave|provide[d]?|offer(?:ed)?)\s+(?:me\s+|us\s+)?(?:clear|proper|any|enough|adequate|real)\s+
        (?:direction|feedback|guidance|instructions|support|training|notice|information|priorities|requirements)
      | missed\s+(?:the|their|his|her|a|every|our|my)\s+(?:[\p{{L}}-]+\s+)?(?:deadline|date|handover|meeting|call|brief|briefing|
          cut-?off|window|delivery|slot|email|message|memo|update|warning|error|bug|problem|issue|signs?|step|check|booking)s?
      | dropped\s+the\s+ball | (?:let|lets|letting)\s+(?:me|us|the\s+(?:team|project|client|side|ward)|everyone)\s+down
      | (?:sent|gave|delivered|supplied|provided|allocated)\s+(?:(?:us|me)\s+)?(?:only\s+)?
        (?:half|a\s+fraction|a\s+third|a\s+quarter|fewer|less|too\s+few|not\s+enough|none)(?:\s+(?:of\s+)?(?:the\s+)?[\p{{L}}-]+)?
      | (?:\p{{L}}+ed|made|put|took|sent|did|went|shipped|rolled|moved|dropped)\s+(?:\S+\s+){{0,5}}?without\s+
        (?:telling|warning|asking|consulting|informing|checking\s+with|letting\s+(?:anyone|anybody|us|me)\s+know)(?:\s+(?:anyone|anybody|us|me|the\s+team))?
      | (?:didn't|did\s+not|never)\s+(?:really\s+)?know\s+what\s+(?:she|he|they)\s+wanted
      | couldn't\s+make\s+up\s+(?:her|his|their)\s+minds?
      | had\s+(?:already\s+)?(?:more\s+or\s+less\s+)?(?:already\s+)?(?:decided|chosen|picked|made\s+up\s+(?:their|his|her)\s+minds?)\s+(?:on|before)
      | messed\s+(?:it\s+|things\s+|everything\s+)?up | screwed\s+(?:it\s+|things\s+|everything\s+)?up
      | botched\s+(?:it|the\s+\p{{L}}+) | blew\s+(?:it|the\s+\p{{L}}+) | ruined\s+(?:it|the\s+\p{{L}}+|everything) | sabotaged | derailed\s+(?:it|the\s+\p{{L}}+)
      | (?:was|were|is|are)\s+(?:completely\s+|entirely\s+|totally\s+|partly\s+|mostly\s+|largely\s+)?
        (?:to\s+blame|at\s+fault|responsible\s+for\s+(?:this|that|it)\b
          |responsible\s+for\s+the\s+(?:delay|failure|mistake|mess|problem|error|outage|loss|slip|overrun|miss|mix-up)s?)
      | chang(?:ed|ing)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:requirements|scope|priorities|spec|specs|brief|mind|plan|deadline|goalposts)
      | mov(?:ed|ing)\s+the\s+goalposts
      | kept\s+(?:changing|moving|adding|cancelling|canceling|chopping)\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?[\p{{L}}-]+
      | pulled\s+(?:out|the\s+plug) | went\s+(?:silent|dark|quiet|missing|AWOL|behind\s+my\s+back|over\s+my\s+head)
      | gave\s+(?:me|us)\s+(?:the\s+)?(?:wrong|bad|incorrect|outdated|conflicting|misleading|inaccurate)(?:\s+[\p{{L}}-]+){{0,2}}
      | (?:delivered|sent|shipped|submitted|handed\s+(?:over|in)|produced|wrote)\s+(?:(?:us|me)\s+)?(?:[\p{{L}}-]+\s+)?
        (?:buggy|broken|bad|poor|sloppy|incomplete|wrong|inaccurate|incorrect|faulty|outdated|half-finished|unusable|shoddy)(?:\s+[\p{{L}}-]+)?
      | under-?delivered | over-?promised | ghosted\s+(?:me|us) | ignored\s+(?:my|our)\s+[\p{{L}}-]+ | held\s+(?:us|me|everything|things|the\s+project)\s+up
      | dragged\s+(?:their|his|her)\s+feet | made\s+(?:a|the|several|many|so\s+many|too\s+many|a\s+lot\s+of|lots\s+of|loads\s+of|some|basic|careless|silly)\s+(?:\p{{L}}+\s+)?mistakes?
      | made\s+(?:mistakes|errors|a\s+mess\s+of\s+(?:it|things|the\s+\p{{L}}+))
      | left\s+(?:the\s+[\p{{L}}-]+|us|me|everything|things|it)\s+in\s+(?:a\s+|such\s+a\s+)?(?:mess|state|chaos|shambles|tip)
      | didn't\s+(?:do|pull)\s+(?:their|his|her)\s+(?:job|part|bit|weight) | couldn't\s+be\s+bothered
    )
"""
_STATE_PREDICATE = r"""
    (?:\s+(?:had|also|again|still|just|always|clearly|frankly))*\s+
    (?:was|were|is|are|had\s+been|'d\s+been)\s+(?:(?:way|so|too|very|completely|totally|always|just|extremely|hopelessly|really|frankly|
       consistently|painfully|far\s+too|incredibly|notoriously|chronically|also|again|badly|seriously|simply)\s+)*
    (?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\p{N}+)\s+(?:full\s+)?(?:days?|weeks?|months?|hours?)\s+)?
    (?:late|slow(?!\s+to\s+(?:trust|forgive|warm|open|accept|believe|recover|heal|anger))|unreliable|unprepared|incompetent|lazy|
       careless|disorgani[sz]ed|useless|unresponsive|wrong|unclear|vague|
       uncooperative|difficult|impossible|hopeless|sloppy|negligent|absent|unavailable|behind(?:\s+schedule)?|unreasonable|
       inflexible|unhelpful|obstructive|rude|hostile|incompetent|clueless|out\s+of\s+their\s+depth|out\s+of\s+(?:his|her)\s+depth|
       the\s+(?:real\s+|main\s+|whole\s+)?(?:problem|cause|bottleneck|weak\s+link))
"""
_DEPARTMENT = r"(?-i:Sales|Marketing|Design|Product|Engineering|Support|Security|Operations|Dev|Ops)"
# States only a person can be in, so "they" may be the subject ("they were slow to reply", not "they were slow").
_PERSON_STATE = r"""
    (?:\s+(?:had|also|again|still|just|always|clearly|frankly))*\s+
    (?:was|were|had\s+been|'d\s+been)\s+(?:(?:so|too|very|completely|totally|always|just|extremely|hopelessly|really|frankly|
       consistently|painfully|far\s+too|incredibly|notoriously|also|again|simply)\s+)*
    (?:unreliable|unprepared|incompetent|lazy|careless|disorgani[sz]ed|useless|unresponsive|uncooperative|unreasonable|
       unhelpful|obstructive|rude|hostile|clueless|negligent|to\s+blame|at\s+fault|out\s+of\s+(?:their|his|her)\s+depth|
       (?:slow|late)\s+(?:to\s+(?:respond|reply|answer|act|deliver|send|sign|approve|share|tell|confirm|get\s+back|pay|decide)|
         (?:with|in)\s+(?:the|their|his|her|every|sending|delivering|getting|paying|approving|signing)))
"""
_SUBJECT_BLAME = compile_words(
    rf"""
      (?:{_NOUN_SUBJECT}|{_PRONOUN_SUBJECT}|{_DEPARTMENT})(?:'d|\s+who)?{_PERSON_PREDICATE}
    | {_NOUN_SUBJECT}(?:\s+who)?{_STATE_PREDICATE}
    | {_PRONOUN_SUBJECT}{_PERSON_STATE}
    """
)

# -- someone else named as the cause ------------------------------------------------------

_PERSON_AFTER = rf"""(?:(?:my|our|the|a|an|his|her|their|this|that|some)\s+)?{_MOD}{{0,2}}?(?:{_PEOPLE})|{_NOUN_SUBJECT}
    |procurement|finance|legal|HR|IT|QA|payroll|accounts|compliance|ops|management|leadership|marketing|sales|engineering"""
_SUBJECT_BLAME_WEAK = compile_words(
    rf"(?:{_NOUN_SUBJECT}|{_PRONOUN_SUBJECT}|{_DEPARTMENT})(?:'d|\s+who)?{_ADVERBS}\s+{_NEGLECT}\s+(?:even\s+|bother\s+to\s+|actually\s+|properly\s+)?(?:{_WEAK_DUTY})(?:\s+(?:me|us|anyone|anybody))?"
)
# Strong on their own: these say "someone else did it".
_CAUSE_STRONG = compile_words(
    rf"""
      (?:let\s+down\s+by|sabotaged\s+by|thrown\s+under\s+the\s+bus\s+by|at\s+the\s+mercy\s+of|held\s+back\s+by|
         dragged\s+down\s+by|fault\s+of|blame\s+(?:goes|went|lies|lay|rests|rested|falls|fell|sits|sat)\s+(?:with|on)|
         fault\s+(?:lies|lay|rests|rested|sat|sits|was)\s+with|set\s+up\s+to\s+fail\s+by)
      \s+(?:{_PERSON_AFTER}|them|him|her)
    | (?:their|his|her|{_DETERMINER}\s+{_MOD}{{0,2}}?(?:{_PEOPLE})'s)\s+(?:fault|doing)
    | I\s+(?:blame|blamed)\s+(?:my|our|the|them|him|her)(?:\s+[\p{{L}}-]+){{0,2}}?(?:\s+(?:{_PEOPLE}))?
    | I\s+(?:was|had\s+been)\s+never\s+(?:told|informed|warned|trained|shown|briefed|consulted)
    | I\s+(?:wasn't|was\s+not|hadn't\s+been|had\s+not\s+been)\s+(?:told|informed|warned|trained|shown|briefed|consulted)
    | (?:nobody|no\s+one|no-one)\s+(?:had\s+|ever\s+|even\s+|bothered\s+to\s+)*
      (?:told|warned|informed|trained|showed|mentioned|flagged|briefed|consulted)(?:\s+(?:me|us))?(?!\s+to\b)
    | I\s+(?:wasn't|was\s+not|was\s+never|hadn't\s+been|had\s+not\s+been|had\s+never\s+been)\s+given\s+
      (?:enough|any|the|proper|adequate|clear|sufficient|much|the\s+right)(?:\s+(?!to\b|for\b)[\p{{L}}-]+){{1,2}}
    | I\s+(?:didn't|did\s+not|never)\s+(?:get|receive)\s+(?:enough\s+|any\s+|the\s+|proper\s+|much\s+)?[\p{{L}}-]+(?:\s+[\p{{L}}-]+)?\s+from\s+(?:{_PERSON_AFTER})
    | (?:was|were|got|had\s+been|'d\s+been)\s+(?:\p{{L}}+\s+)?(?:delayed|held\s+up|blocked|stalled|derailed|sabotaged|undermined|
      overruled|cancell?ed|miscalculated|mishandled|botched|pushed\s+back|put\s+on\s+hold|forgotten|overlooked|
      dropped|ignored)\s+by\s+(?:{_PERSON_AFTER}|them|him|her)
    | (?:the\s+)?(?:real\s+|main\s+|root\s+|whole\s+|biggest\s+)?(?:problem|issue|cause|reason\s+(?:it|we|the\s+\p{{L}}+)\s+(?:failed|slipped|went\s+wrong|was\s+late))
      \s+(?:was|were)\s+(?:that\s+)?(?:{_PERSON_AFTER})(?!\s*(?:'s|\s+and\s+I|\s+and\s+me))
    | (?:bad|sheer|pure|rotten|terrible|plain|dumb)\s+luck | unlucky | unluckily | (?:bad|unfortunate|terrible|awful)\s+timing
    | (?:the\s+)?timing\s+(?:was|just\s+wasn't)\s+(?:bad|terrible|awful|against\s+us)
    | (?:a|the)\s+(?:\p{{L}}+\s+)?(?:communication|comms)\s+(?:problem|issue|breakdown|failure|gap)\s+(?:between|across)\s+(?:the\s+)?
      (?:teams|departments|sites|shifts|offices|functions|[\p{{L}}-]+\s+and\s+[\p{{L}}-]+)
    | (?:a\s+)?breakdown\s+(?:in|of)\s+communication\s+(?:between|across|with)\s+(?:the\s+)?[\p{{L}}-]+
    | (?:was|were)\s+(?:just\s+|only\s+|always\s+|really\s+)?(?:a\s+)?(?:box-ticking\s+exercise|done\s+deal|foregone\s+conclusion|stitch-up|rigged|fixed\s+from\s+the\s+start)
    # the market as the cause, not as the time of the story ("the year the market crashed")
    | (?<!\b(?:year|month|week|summer|winter|spring|autumn|day|time|when|as|before|after|since|until|just\s+as)\s+)
      (?:the|a)\s+(?:[\p{{L}}-]+\s+)?(?:market|economy)\s+(?:crashed|collapsed|tanked|turned|dried\s+up|wasn't\s+ready|
      moved\s+against\s+us|went\s+south)
    """
)
# Need the failure itself somewhere else in the sentence ("due to the client's request" is not blame).
_CAUSE_WEAK = compile_words(
    rf"""
      (?:because\s+of|due\s+to|caused\s+by|(?<=\b(?:was|is|were|it's)\s+(?:all\s+|entirely\s+|largely\s+|mostly\s+|really\s+|purely\s+|mainly\s+)?)down\s+to|
         courtesy\s+of)\s+(?:{_PERSON_AFTER})
    | (?:because\s+of|due\s+to|caused\s+by)\s+(?:[\p{{L}}-]+\s+){{1,3}}?(?:from|by|on\s+the\s+part\s+of|within)\s+(?:{_PERSON_AFTER})
    | (?:{_DETERMINER}\s+{_MOD}{{0,2}}?(?:{_PEOPLE})|their|his|her|{_NAME})'s\s+(?:[\p{{L}}-]+\s+)?
      (?:delays?|mistakes?|errors?|negligence|incompetence|failures?|oversight|poor\s+[\p{{L}}-]+|lack\s+of\s+[\p{{L}}-]+|late\s+[\p{{L}}-]+|
         slowness|indecision|disorgani[sz]ation|carelessness|screw-?up|blunder)
    | (?:because\s+of|due\s+to|caused\s+by|thanks\s+to|blame)\s+(?:the|a)\s+(?:[\p{{L}}-]+\s+)?
      (?:economy|market|recession|pandemic|weather|strikes?|lockdown|downturn|crisis)
    | (?:the|a)\s+(?:[\p{{L}}-]+\s+)?(?:market|economy)\s+(?:shifted|slowed|softened|cooled)
    """
)
# "...because the client kept adding features": the clause after "because" is the blame.
# Only a named person or group: "because she couldn't tell which breaker..." is a reason, not blame.
_BECAUSE = compile_words(rf"because\s+(?<subject>{_NOUN_SUBJECT})(?=(?:'d)?\s+(?!and\b|or\b|who\b)\p{{L}})")
# "If the supplier had delivered on time, we would have..."
_COUNTERFACTUAL = compile_words(
    rf"if\s+(?:only\s+)?(?:{_NOUN_SUBJECT}|{_PRONOUN_SUBJECT})\s*(?:had|'d)\s+(?:just\s+|only\s+|actually\s+|bothered\s+to\s+)?(?:{_DUTY_PAST})"
)
_WOULD = compile_words(r"would(?:n't)?|could(?:n't)?|might")

_FAILURE = compile_words(
    r"""
    fail(?:ed|ure|ures|ing|s)?|miss(?:ed|ing)?|late|later|delay(?:ed|s)?|slip(?:ped|s)?|overr?an|over\s+budget|behind|
    lost|lose|losing|broke|broken|crash(?:ed|es)?|outage|wrong|mistakes?|errors?|problems?|issues?|
    fell\s+(?:through|apart|over|short|behind)|collaps(?:ed|e)|cancel(?:l)?ed|complain(?:ed|ts?)?|refunds?|penalt(?:y|ies)|
    rejected|unhappy|angry|furious|disaster|mess|short|dropped|died|bounced|escalat(?:ed|ion)|breach|incident|stalled|
    stuck|derailed|flopped|bombed|overran|couldn't|could\s+not|unable|went\s+badly|badly|poorly|slow|down\s+by|drift(?:ed)?|blamed|
    chaos|chaotic|confus(?:ed|ion)|scrambl(?:e|ed|ing)|angry|upset|disappointed|cost|costs|meant\s+(?:we|I)|ran\s+out|short-?staffed|
    which\s+meant|so\s+(?:the|our|my|it|nothing|everything|half)
    """
)
_NOT_BECAUSE = compile_words(r"(?:not|n't|never)\s+(?:\p{L}+\s+)?(?:because|due\s+to|since)\s+$")
_CLAUSE_END = compile_words(r"\s+(?:and|so)\s+(?:I|we)\b")


def _failure_elsewhere(draft, sentence, start: int, end: int) -> bool:
    """Whether the sentence tells of a failure outside ``[start, end)``."""
    cache = per_sentence(draft, "blame-failures")
    if sentence.start not in cache:
        cache[sentence.start] = [m.span() for m in _FAILURE.finditer(plain(draft), sentence.start, sentence.end)]
    spans = cache[sentence.start]  # in order: the first ends earliest, the last starts latest
    return bool(spans) and (spans[0][1] <= start or spans[-1][0] >= end)


def _clause_span(draft, sentence, start: int) -> tuple[int, int]:
    """From ``start`` to the end of its clause, without closing punctuation."""
    rest = clause_after(draft, sentence, start)
    stop = _CLAUSE_END.search(rest)
    if stop:
        rest = rest[: stop.start()]
    rest = rest.rstrip(" \t\r\n.!?…\"'”’)")
    return start, start + len(rest)


def _candidates(draft, sentence, extra):
    """(connector start, span start, span end, broad) for every blaming phrase in the sentence.

    A broad candidate is a whole "because ..." clause; it stands only where no tighter
    phrase was found inside it.
    """
    text = plain(draft)
    for pattern in (_SUBJECT_BLAME, _CAUSE_STRONG, extra):
        if pattern is not None:
            for match in pattern.finditer(text, sentence.start, sentence.end):
                yield match.start(), match.start(), match.end(), False
    for pattern in (_CAUSE_WEAK, _SUBJECT_BLAME_WEAK):
        for match in pattern.finditer(text, sentence.start, sentence.end):
            if _failure_elsewhere(draft, sentence, match.start(), match.end()):
                yield match.start(), match.start(), match.end(), False
    for match in _COUNTERFACTUAL.finditer(text, sentence.start, sentence.end):
        if _WOULD.search(text, match.end(), min(sentence.end, match.end() + WINDOW)):
            yield match.start(), match.start(), match.end(), False
    for match in _BECAUSE.finditer(text, sentence.start, sentence.end):
        start, end = _clause_span(draft, sentence, match.start("subject"))
        if _failure_elsewhere(draft, sentence, match.start(), end):
            yield match.start(), start, end, True


def check(draft, context: RuleContext):
    extra = phrase_pattern(context.extra_phrases)
    text = plain(draft)
    for sentence in draft.sentences:
        spans, tight = [], []
        for connector, start, end, broad in _candidates(draft, sentence, extra):
            if broad and any(s < end and start < e for s, e in tight):
                continue
            if not broad:
                tight.append((start, end))
            if quoted(draft, sentence, start, end) or reported(draft, sentence, connector):
                continue
            if negated(draft, sentence, connector) or _NOT_BECAUSE.search(text[max(sentence.start, start - 40) : start]):
                continue
            spans.append((start, end))
        if spans and not owned_nearby(draft, sentence):
            for start, end in merge_spans(spans):
                yield META.finding(start, end)


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
