"""The front matter names a target role, and nothing ties the lesson to that kind of work.

## What it does
Runs only when the front matter has a `role:` ("Community pharmacist",
"Site supervisor"). It reads the lesson: the sentences that say what the
writer learned or changed, and everything after the first of them. The draft
is tied to the role when, from the lesson on, it names the role as a role
("as a charge nurse I would…", "for a senior ecologist, …") or addresses the
new job ("in this role", "your team", "when I join"), or when a sentence
that states the lesson, or carries it on right after one, speaks of the
role's kind of work. A sentence carries a lesson on when it talks of work to
come or in general ("that means…", "I'd check…", "a child only goes home
with…"), not of the past ("would have laughed").
The kind of work comes from the role's title: its own words in any form
("librarian": "library"), and for common kinds of role (care, teaching,
software, logistics, law, trades, hospitality, and others) the things that
work is done with ("Site supervisor": "on any build I run"; "Mechanic": "the
job card"). Field words in the rest of the story do not count, and neither
does having done the same job before: a story told as a buyer still has to
carry its lesson into the buying job. Otherwise it fires once per draft.

## Why it matters to an interviewer
The interviewer is hiring for one job. A lesson from a different world is
fine, but only if you carry it across for them: say where it will show up in
the work they are hiring for. Left implicit, the story can sound like an
answer prepared for somebody else.

## Example
```markdown
---
role: Logistics coordinator
---
As a sous chef I over-ordered fish for a cancelled event. I learned to
confirm numbers the day before.
```

## Use instead
```markdown
…I learned to confirm numbers the day before. As a logistics coordinator I
would confirm every collection with the carrier the day before it is due.
```
"""

import functools

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import LazyPattern, compile_words, fold, plain
from answerlint_rules.parts import answer_parts

META = RuleMeta(
    code="AL408",
    name="no-role-link",
    family="structure",
    kind="document",
    severity=Severity.INFO,
    summary="The front matter names a target role and nothing ties the lesson to that kind of work.",
    message="Tie the lesson to the role you want: say where you would use it in that job.",
    docs=rule_docs(__doc__),
)

# Words of a role that say nothing about its field.
_PLAIN = frozenset(
    """senior junior lead chief head graduate trainee assistant associate deputy entry level intern newly qualified
    experienced the a an of and for in at to with career change changer remote part full time contract temporary locum
    band grade staff global regional community primary secondary principal general front office charge i ii iii iv
    manager officer coordinator co ordinator specialist consultant executive director administrator adviser advisor
    representative rep partner supervisor worker operative agent member professional team role position job new first""".split()
)
# Words of a role kept when it is named whole ("charge nurse"), but for its rank only.
_RANK = frozenset("senior junior graduate trainee lead chief deputy newly qualified".split())
_SUFFIXES = ("ists", "ist", "ers", "er", "ors", "or", "ians", "ian", "ing", "ies", "y", "es", "s", "e")

# The kinds of work roles do. For each: the words of a role's title that name it (whole words or
# phrases, "pharmac*" for any word beginning so), and the things that work is done with and for.
# A role gets the work words of every kind its title names ("dental nurse": dental and nursing).
_KINDS = (
    ("midwi*", "mother woman women birth labour antenatal postnatal pregnancy baby babies family families caseload clinic appointment"),
    ("nurse nursing carer clinic* ward paramedic* doctor physician gp medic* health* hospital* therap* icu physio* surgeon radiograph*",
     """patient ward clinical bedside nursing nurse medication medicine dose drug handover hospital clinic icu triage discharge
     safeguarding observation obs chart bed theatre care-plan"""),
    ("pharmac* dispens*", "prescription dispensing patient medicine dose pharmacy tablet label counter"),
    ("dental dentist* hygienist orthodont*", "patient chair dentist appointment treatment x-ray surgery"),
    ("vet veterinar* animal", "animal pet owner dog cat dose drip kennel vet surgery"),
    ("teach* tutor* lecturer educat* school* classroom senco instructor*",
     """pupil student class classroom curriculum marking homework parent learner school term child children assessment
     lesson-plan home-time playground"""),
    ("nursery childcare childminder nanny early-years", "child children parent toddler baby collection nursery key-person ratio"),
    ("software develop* devops sre reliability backend back-end frontend front-end fullstack full-stack web platform programm* it-engineer",
     """code codebase release deploy deployment production migration schema server outage pull-request commit rollback config
     api bug on-call sprint staging test feature pipeline"""),
    ("it-support helpdesk service-desk desktop it-technician", "user ticket laptop password fix account access device printer network"),
    ("data analy* bi insight* statistic* machine-learning ml",
     "data dataset report reporting dashboard pipeline table query sql metric model analysis spreadsheet feature figure"),
    ("research* scien* ux user-experience lab academic phd postdoc ecolog*",
     "research experiment study participant interview usability user prototype hypothesis sample finding lab protocol survey"),
    ("design* creative art-director illustrat* brand copywrit*", "design brief proof print font layout artwork mockup mock-up prototype brand copy"),
    ("project* programme product* delivery pmo scrum agile",
     "project deadline milestone timeline schedule stakeholder deliverable scope roadmap dependency launch"),
    ("logistic* supply warehouse* freight shipping procurement operation* dispatch* fleet transport* purchas*",
     """shipment delivery freight warehouse stock inventory supplier carrier courier route dispatch customs trailer
     lead-time booking collection depot van driver pallet"""),
    ("sales account-manager account-executive business-development bdr sdr",
     "deal pipeline forecast customer client quota prospect account pitch renewal demo"),
    ("marketing social-media communications comms content pr campaign*",
     "campaign audience creator influencer post content brand engagement conversion channel launch"),
    ("financ* accountan* accounting audit* bookkeep* payroll tax controller treasury actuar*",
     "return ledger reconciliation reconcile account forecast budget invoice claim tax audit payroll month-end year-end sign-off"),
    ("legal law lawyer solicitor* paralegal* barrister* attorney* counsel compliance conveyanc* litigat*",
     "matter court filing contract limitation compliance case client completion search bundle hearing disclosure deadline"),
    ("construct* site civil structural building estimat* surveyor* electric* plumb* carpent* joiner* trade* apprentic* architect*",
     """site crew scaffold drawing tender subcontractor contractor circuit installation inspection snagging build scheme
     survey consent utilities foundation work-at-height"""),
    ("chef cook kitchen restaurant* hotel* hospitality front-office barista cafe café bar front-of-house guest*",
     "guest customer kitchen service rota stock reception booking menu cover pass ticket table allergen"),
    ("retail* shop store", "customer shop-floor till aisle stock shelf display planogram price"),
    ("customer-service customer-support customer-success support call-centre call-center contact-centre complaints",
     "customer complaint call ticket query caller queue backlog sla"),
    ("social-work* social-care children-services safeguarding support-worker youth probation family-support",
     "child children family case caseload visit safeguarding placement assessment client risk service-user care-plan"),
    ("buyer buying merchandis* fashion womenswear menswear category", "range buy buying order supplier stock season sell-through margin sample line collection markdown"),
    ("hr human-resources recruit* talent people-partner", "candidate hire hiring interview employee onboarding placement referee vacancy"),
    ("policy public civil-serv* government council local-authority", "policy minister briefing councillor consultation resident public"),
    ("event* planner wedding* conference*", "event venue supplier guest wedding conference booking deposit"),
    ("firefight* fire police* emergency* ambulance* coastguard* lifeguard*",
     "call-out call incident scene casualty crew appliance ladder hose patrol shift rescue"),
    ("cabin-crew flight pilot airline* aviation air-traffic steward*", "passenger flight cabin crew boarding door aircraft"),
    ("translat* interpret* locali*", "translation termbase glossary terminology term source target text document reviewer"),
    ("journalis* reporter editor* news*", "story source quote copy editor headline article reader newsroom"),
    ("librar* archiv* curator* museum* gallery", "library book reader catalogue collection exhibition loan object visitor"),
    ("estate-agent letting* property", "property viewing vendor buyer tenant landlord listing offer"),
    ("mechanic* motor vehicle* garage", "car vehicle job-card torque wheel brake service workshop"),
    ("coach fitness gym personal-trainer", "client session programme athlete"),
    ("fundrais* charity", "donor grant funder supporter appeal"),
    ("bank* insurance mortgage claims underwrit*", "customer claim application policy loan account"),
    ("farm* agri*", "crop harvest field livestock herd"),
    ("manager head-of director supervisor team-leader founder operating", "my-team the-team direct-report delegate my-staff"),
)
# Where a title names no kind above, a bare "engineer" is most often software ("solutions engineer").
_FALLBACK_KIND = ("engineer*", _KINDS[6][1])

# The new job addressed directly.
_DIRECT = compile_words(
    r"""
      this\s+(?:role|job|position|post|team|company|organi[sz]ation) | the\s+role | (?:a|any)\s+role\s+like\s+(?:this|yours|this\s+one)
    | the\s+(?:job|position|post|role)\s+(?:I'm|I\s+am)\s+applying | (?:when|if|once)\s+I\s+join | here\s+at
    | your\s+(?:team|teams|company|organi[sz]ation|business|firm|school|ward|clients|customers|patients|practice|department|store|site|
        kitchen|users|students|pupils|office|lab|hotel|restaurant|readers|members|residents)
    | (?:in|for)\s+(?:a|my|the)\s+(?:new|next|future)\s+(?:role|job|position|career|field)
    | (?:in|for|into)\s+(?:a\s+)?(?:role|job|position)s?\s+like\s+(?:this|yours|this\s+one|the\s+one) | as\s+your\s+(?:new\s+|next\s+)?\p{L}+
    | (?:matters|applies|counts|carries\s+over|translates|transfers)\s+(?:directly\s+|just\s+as\s+much\s+)?(?:here|to\s+(?:this|the\s+(?:role|job|work)|your|a\s+role))
    | (?:the|a)\s+(?:team|company|role|job)\s+I(?:'d|\s+would|'m|\s+am)\s+(?:join|joining|applying|be\s+joining)
    | I(?:'d|\s+would|'ll|\s+will)\s+bring\s+(?:that|this|it|the\s+same)
    """
)

# Words that put a role word to work as a role: "as a", "for a senior ecologist", "any good buyer".
_AS_ROLE = frozenset({"as", "for", "like", "any", "every", "good", "being"})
# Words that carry a lesson forward to work still to come, as against the past of the story: "that means",
# "I'd", "is", "every time it goes".
_FORWARD = frozenset(
    """would will i'd we'd you'd i'll we'll you'll can must means mean matters matter is are isn't aren't that's it's
    there's here's what's goes works does doesn't don't now whenever""".split()
)
_WORD = LazyPattern(r"[\p{L}\p{N}&]+(?:'\p{L}+)?", 0)


@functools.lru_cache(maxsize=256)
def _domain(role: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """What a role's title says of its work: the stems of its distinctive words ("pharmac"), its head noun
    where that is a plain one ("assistant"), the title as words ("charge", "nurse"), and the words of the
    kinds of work it names."""
    tokens = [t.split("'")[0] for t in _WORD.findall(role.casefold())]
    # the title's own words, and its head noun however plain ("assistant", "lead"): "as a senior assistant"
    stems = tuple(_stem(t) for t in tokens if t not in _PLAIN and len(t) >= 2)
    head = tokens[-1:] if tokens and tokens[-1] not in stems else []
    phrase = tuple(t for t in tokens if t not in _RANK)
    grams = _grams(tokens)
    work = set()
    for kinds, words in _KINDS:
        if any(_names_kind(gram, kind) for kind in kinds.split() for gram in grams):
            work.update(words.split())
    if not work and any(_names_kind(gram, _FALLBACK_KIND[0]) for gram in grams):
        work.update(_FALLBACK_KIND[1].split())
    return stems, tuple(head), phrase, frozenset(work)


def _names_kind(word: str, kind: str) -> bool:
    """A title word names a kind: "nurse" names "nurse", "pharmacist" names "pharmac*"."""
    if kind.endswith("*"):
        return word.startswith(kind[:-1])
    return word == kind or word == kind + "s"


def _grams(tokens: list[str]) -> set[str]:
    """Words and runs of up to three, hyphen-joined, as the lexicon spells phrases ("shop-floor")."""
    grams = set(tokens)
    for size in (2, 3):
        grams.update("-".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))
    return grams


def _forms(tokens: list[str]) -> set[str]:
    """The words and phrases of a sentence, also without a plural ending ("patients", "searches", "deliveries")."""
    singular = []
    for token in tokens:
        if token.endswith("ies") and len(token) > 4:
            singular.append(token[:-3] + "y")
        elif token.endswith(("ches", "shes", "sses", "xes")):
            singular.append(token[:-2])
        elif token.endswith("s") and not token.endswith("ss") and len(token) > 3:
            singular.append(token[:-1])
        else:
            singular.append(token)
    return _grams(tokens) | _grams(singular)


def check(draft, context: RuleContext):
    role = _role(draft.front_matter.get("role"))
    if not role or not draft.sentences:
        return
    text = plain(draft)
    stems, head, phrase, work = _domain(role)
    for start, end, carries in _lesson_spans(draft):
        if _DIRECT.search(text, start, end):
            return
        words = _WORD.findall(text[start:end].casefold())
        tokens = [w.split("'")[0] for w in words]
        if _names_role(tokens, stems, phrase, anywhere=carries) or _names_role(tokens, head, (), anywhere=False):
            return
        if carries and not work.isdisjoint(_forms(tokens)):
            return
    yield META.finding(*draft.anchor())


def _names_role(tokens: list[str], stems: tuple[str, ...], phrase: tuple[str, ...], anywhere: bool) -> bool:
    """Whether ``tokens`` speak of the role: its full name anywhere ("charge nurse"), or one of its words where
    ``anywhere`` (a sentence that states or carries the lesson), else only named as a role ("for a senior ecologist")."""
    if len(phrase) > 1:
        for i in range(len(tokens) - len(phrase) + 1):
            if all(tokens[i + k] == phrase[k] for k in range(len(phrase) - 1)) and _is(tokens[i + len(phrase) - 1], phrase[-1]):
                return True
    for i, token in enumerate(tokens):
        if any(_is(token, stem) for stem in stems) and (anywhere or not _AS_ROLE.isdisjoint(tokens[max(0, i - 4) : i])):
            return True
    return False


# Endings by which a word is another form of a role word: "pharmacist", "pharmacy", "pharmacies"; "librarian", "library".
_ENDINGS = frozenset("s es er ers or ors ist ists ian ians ing y ies ism al ary acy ment ments ion ions".split()) | {""}


def _is(token: str, stem: str) -> bool:
    return token.startswith(stem) and token[len(stem) :] in _ENDINGS


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _role(value) -> str:
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value)
    if not isinstance(value, str):
        return ""
    return " ".join(_BRACKETED.sub(" ", value).split())


_BRACKETED = LazyPattern(r"\([^)]*\)", 0)  # "(career change)": how the writer comes to the role, not the role


def _lesson_spans(draft) -> list[tuple[int, int, bool]]:
    """From the first sentence that says what was learned or changed on: each sentence, and whether it states
    the lesson or carries it on (right after one that does, speaks of work to come or in general)."""
    spans, started, carries = [], False, False
    for classified in answer_parts(draft).sentences:
        states_lesson = bool(classified.parts & {"learning", "change"})
        if not (started or states_lesson):
            continue
        started = True
        sentence = classified.sentence
        carries = states_lesson or (carries and _forward(sentence.text))
        spans.append((sentence.start, sentence.end, carries))
    return spans


def _forward(sentence: str) -> bool:
    """Whether a sentence speaks of work to come or in general: "that means", "I'd check"; not "would have laughed"."""
    words = [w.casefold() for w in _WORD.findall(fold(sentence))]
    return any(w in _FORWARD and (i + 1 == len(words) or words[i + 1] != "have") for i, w in enumerate(words))


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
