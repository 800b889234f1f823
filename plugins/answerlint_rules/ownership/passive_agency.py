"""Passive or agentless phrasing hides who acted in the failure or its repair.

## What it does
Flags a passive that tells a failure event, or its repair, without saying who
did it: "mistakes were made", "the deadline got missed", "the ball was
dropped", "the file was deleted", "the overtime file was uploaded twice",
"the error was only spotted when a carer rang", "it all got sorted out".

Most passives are fine, and the rule only looks at verbs of failure and
repair:

* slips and losses ("missed", "overlooked", "skipped", "lost", "deleted",
  "wiped", "mislabelled", "overcharged") always count;
* ordinary actions ("sent", "uploaded", "pushed", "loaded", "given") count
  as a "got" passive ("the trailer got loaded with the wrong cages") or when
  the sentence says what went wrong ("twice", "to the wrong", "without
  testing", "never", "late");
* repairs ("fixed", "resolved", "sorted out") count when what was repaired is
  the failure itself ("the error was fixed", "it got sorted");
* discoveries ("spotted", "noticed", "caught") count when what was found is the
  failure ("the error wasn't noticed for a week");
* a change put on other people with no one deciding counts ("the new rota
  was announced to staff", "rolled out without a pilot", "imposed on the
  night team"), unless it predates the writer ("long before I joined"); so
  does an account that names no one ("I explained what had been done");
* "made" counts for a mistake or a cut corner ("a decision was made",
  "corners were cut") or a booking made wrong ("made for the wrong
  weekend"), never for others' complaints and claims;
* "went out" and "went live" count only with a lapse beside them ("went out
  without being checked"); "went out two hours late" is a consequence.

"Got", "never got", "didn't get" and "hadn't been" passives count like "was"
ones, and so do states of neglect that need no verb of doing: "the email went
unanswered", "her complaint slipped through the cracks", "the renewal fell off
the radar".

It stays quiet when the writer is the subject ("I was asked to lead the
audit", "we were given three weeks"), when the agent is named ("the shipment
was held by HM Revenue & Customs", "it was fixed by me"), when the same
sentence says what the writer did ("the deadline was missed because I had
not booked the courier"), when nothing went wrong ("no data was lost"), and
in quoted or reported speech, or when the writer owns the act outright in the
same sentence ("... and I'm the one who typed them in"). "By" with a time, a figure or "mistake" names
no agent: "the target was missed by 3%" is still flagged.

## Why it matters to an interviewer
"Mistakes were made" is the classic non-apology. Agentless phrasing sounds
evasive even when the rest of the answer is candid: the listener has to ask
"who missed it?", and the honest answer, usually "I did", lands better when
you say it first.

## Example
```markdown
Mistakes were made in the March run, and the overtime file was uploaded twice.
```

## Use instead
```markdown
I uploaded the March overtime file twice, and I didn't check the run total
against the timesheets before approving it.
```
"""

import regex

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import (
    FLAGS,
    LazyPattern,
    clause_after,
    clause_before,
    compile_words,
    merge_spans,
    owns,
    per_sentence,
    phrase_pattern,
    plain,
    quoted,
    reported,
    sentence_matches,
)


META = RuleMeta(
    code="AL103",
    name="passive-agency",
    family="ownership",
    kind="span",
    severity=Severity.INFO,
    summary="Passive or agentless phrasing hides who acted in the failure or its repair.",
    message="Who did this? Say who acted: 'I missed the deadline', not 'the deadline was missed'.",
    docs=rule_docs(__doc__),
    phrases=True,
)

_AUX = r"""(?<aux>was|were|wasn't|weren't|(?:never\s+|somehow\s+|just\s+)?got|(?:didn't|did\s+not|never)\s+get|
    (?:had|has|have)(?:n't|\s+not)?\s+(?:already\s+|just\s+|also\s+|never\s+|ever\s+)?been|'d\s+(?:already\s+|never\s+)?been|
    was\s+being|were\s+being)"""
_ADVERB = r"""(?:\s+(?:already|only|never|not|then|accidentally|mistakenly|somehow|eventually|finally|quickly|all|just|also|still|
    later|apparently|inadvertently|completely|partly|simply|wrongly|incorrectly|actually|even|entirely|soon|promptly|
    immediately|quietly|silently|automatically|twice|again|properly|ever))*"""
# Slips and losses: a failure whoever the subject is.
_LAPSE = r"""missed|overlooked|forgotten|skipped|ignored|mislaid|misread|misheard|misunderstood|misspelt|mis-?\p{L}{3,}ed|
    botched|bungled|lost|deleted|wiped|
    erased|overwritten|corrupted|dropped|double-?booked|overbooked|overcharged|undercharged|overpaid|underpaid|double-?counted|
    (?:mixed|muddled|messed|screwed)\s+up|neglected"""
# Ordinary actions: a failure only as a "got" passive or in a sentence that says what went wrong.
_ACTION = r"""(?:\p{L}+-)?(?:checked|tested|protected|approved|signed)|filled\s+(?:in|out)|backed\s+up|locked|secured|encrypted|
    logged|recorded|followed\s+up|chased|consulted|told|informed|escalated|briefed|warned|notified|
    (?<forced>imposed|pushed\s+through|forced\s+through|rushed\s+through)|
    (?<imposed>announced|communicated|introduced|rolled\s+out|brought\s+in|implemented|decided)|
    called(?:\s+back)?|rung(?:\s+back)?|phoned|contacted|switched\s+(?:off|on)|turned\s+(?:off|on)|
    sent(?:\s+out)?|circulated|distributed|passed\s+round|emailed|posted|published|printed|uploaded|pushed(?:\s+(?:out|live|back|through))?|deployed|released|
    shipped|loaded|packed|labell?ed|entered|keyed(?:\s+in)?|typed|filed|submitted|approved|signed(?:\s+off)?|booked|ordered|
    processed|paid|charged|changed|moved|updated|cancell?ed|delayed|postponed|launched|given|handed(?:\s+over)?|
    applied|run|scheduled|set(?:\s+up)?|configured|installed|merged|copied|checked|tested|reviewed|counted|put|placed|stored|
    delivered|dispatched|prescribed|administered|dispensed|issued|assigned|allocated|quoted|priced|closed|opened|removed|
    replaced|written|drafted|built|broken(?!\s+down)|damaged|destroyed|done|carried\s+out|used|presented|shown|shared|sold|
    served|offered|taken|picked|chosen|selected|transferred|forwarded|routed|passed\s+on|handed\s+on"""
_REPAIR = r"""sorted(?:\s+out)?|fixed|resolved|handled|dealt\s+with|cleared\s+up|taken\s+care\s+of|restored|recovered|
    rolled\s+back|reverted|patched|(?<righted>smoothed\s+over|ironed\s+out|straightened\s+out|put\s+right|set\s+right|
    corrected|rectified)"""
_NOTICE = r"""spotted|noticed|caught(?!\s+up)|found(?!\s+(?:to|guilty|out))|discovered|flagged|picked\s+up|detected|identified|uncovered"""

_PASSIVE = compile_words(
    rf"""
    {_AUX}(?<adverbs>{_ADVERB})\s+
    (?:(?<lapse>{_LAPSE})|(?<repair>{_REPAIR})|(?<action>{_ACTION})|(?<notice>{_NOTICE})|(?<made>made|cut)|(?<left>left))
    | (?<aux>went|had\s+gone|has\s+gone|goes|go)(?<adverbs>{_ADVERB})\s+(?<lapse>un(?!der)\p{{L}}{{3,}}(?:ed|en))
    | (?<aux>went|had\s+gone)(?<adverbs>{_ADVERB})\s+(?<action>out|live|ahead|to\s+print|to\s+(?:the\s+)?(?:client|customer|printers?|press))
    | (?<aux>slipped|fell|falls|slips|slip|fall|fallen)(?<adverbs>{_ADVERB})\s+(?<lapse>through\s+(?:the\s+)?(?:cracks|net|gaps?)
        |off\s+(?:the|everyone's|everybody's|our)\s+radar)
    """
)

# The subject just before the verb: "the overtime file", "it all", "Mistakes", "a Leeds trailer";
# its head noun is what a repair or a discovery must be about.
_SUBJECT = compile_words(
    r"""
    (?<subject>
        (?:the|a|an|our|my|their|his|her|its|this|that|these|those|some|several|both|each|every|all\s+(?:the|our|my)|no|
           not\s+a\s+single|none\s+of\s+the|
           one\s+of\s+(?:the|our|my)|\p{N}[\p{N},.]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of)\s+
        (?:(?!(?:was|were|is|are|got|had|has|have|did|do|and|or|but|of|to|in|on|at|for|with|by|from|that|which|who|the|a|an|I|we|
            said|says|told|thought|think|knew|know|felt|feel|found|realised|realized|saw|heard|learned|learnt|believed|
            claimed|admitted|explained|meant|wrote|reported|noticed)\b)[\p{L}\p{N}&'-]+\s+){0,3}?
        (?<head>[\p{L}\p{N}&'-]+)
        (?:\s+of\s+(?:the|a|an|our|my|their|his|her|its|this|that)\s+(?:[\p{L}\p{N}&'-]+\s+){0,2}?[\p{L}\p{N}&'-]+)?   # "the wrong version of the deck"
      | (?<head>[\p{L}-]+)
    )
    (?:\s+all)?\s*$
    """
)
# A subject that is the writer or another person hides no one, and nor does an elided one
# ("I called the agency and got written confirmation"); "which" leaves it unknown.
_PERSON = compile_words(r"I|we|you|he|she|there|what|and|or|but|then|so")
_RELATIVE = compile_words(r"which|that|who")
# "No data was lost": the failure did not happen.
_NOBODY = compile_words(r"nothing|none|nobody|no|not")
# What a repair or a discovery must be about for it to hide who acted.
_FAILURE_NOUN = compile_words(
    r"""it|this|that|things|everything|errors?|mistakes?|bugs?|problems?|issues?|faults?|discrepanc(?:y|ies)|gaps?|overpayments?|
    duplicates?|typos?|mix-ups?|slips?|leaks?|breach(?:es)?|omissions?|oversights?|miscounts?|mismatch(?:es)?|defects?|
    regressions?|incidents?|shortfalls?|backlogs?|overcharges?|double-bookings?|clash(?:es)?|outages?|failures?|mess|
    things?|situation|matter|complaints?|confusion|damage"""
)
# A decision put into effect with no one deciding: "the change was announced to staff".
_DECISION_NOUN = compile_words(
    r"""changes?|decisions?|polic(?:y|ies)|plans?|cuts?|restructur\p{L}*|reorgani[sz]ation|switch|move|rules?|
    timetables?|schedules?|rotas?|rollout|system|process|patterns?"""
)
# "I explained what had been done": an account of the failure that names no one.
_ACCOUNT = compile_words(
    r"""(?:explained|explain|told|tell|described|describe|admitted|admit|reported|report|confessed|disclosed|outlined|
    set\s+out|owned\s+up\s+to|apologi[sz]ed\s+for|walked\s+\p{L}+\s+through)\s+(?:\p{L}+\s+){0,2}?what\s*$"""
)
_DONE = compile_words(r"done|changed|happened")
# The writer owns the act outright: "I'm the one who guessed", "it was me who typed it".
_THE_ONE_WHO = compile_words(
    r"""(?:I'm|I\s+am|I\s+was|it\s+was\s+(?:me|I))\s+(?:the\s+(?:one|person)\s+)?(?:who|that)\s+
    (?!(?:spotted|noticed|found|caught|raised|flagged|fixed|reported|sorted|picked)\b)\p{L}+"""
)
_MISTAKE_NOUN = compile_words(r"mistakes?|errors?|decisions?|calls?|choices?|assumptions?|misjudge?ments?|promises?|cuts?|compromises?|corners")
_MADE_BY_OTHERS = compile_words(r"complaints?|claims?|requests?|referrals?|offers?|appeals?|enquir(?:y|ies)|inquir(?:y|ies)|allegations?")
# Whom an announced change was put on: "announced to staff", "rolled out across all four wards".
_RECIPIENT = LazyPattern(
    r"""\s+(?:\S+\s+){0,2}?(?:to|on|across|for)\s+(?:the\s+|all\s+|both\s+|each\s+|every\s+|our\s+|my\s+|\p{N}+\s+|two\s+|three\s+|four\s+)?
    (?:[\p{L}-]+\s+)?(?:staff|team|teams|ward|wards|department|departments|school|office|offices|site|sites|company|business|
    everyone|customers|clients|users|parents|pupils|students|members|branch(?:es)?|stores?|shifts?|crews?|workforce|
    employees|colleagues|volunteers|tenants|residents|patients)\b""",
    FLAGS | regex.X,
)
_UNPREPARED = LazyPattern(
    r"\s+(?:\S+\s+){0,3}?without\s+(?:a|any|proper|much|enough)\s+(?:\p{L}+\s+)?(?:pilot|trial|consultation|testing|test|warning|notice|training|discussion)",
    FLAGS,
)
# A change that predates the writer is background: "introduced in 2015, long before I joined".
_BEFORE_ME = compile_words(r"before\s+(?:I|we)\s+(?:joined|arrived|started|came|took\s+over)|before\s+my\s+time")
# The sentence says what went wrong: anywhere in it ("the tills crashed"), or, for words that
# are a mishap only beside the verb, within a few words of it ("uploaded twice", "sent two days late").
_MISHAP = compile_words(
    r"""wrong(?:ly)?|incorrect(?:ly)?|in\s+error|by\s+(?:mistake|accident)|accidentally|mistakenly|inadvertently|erroneously|
    without\s+(?:any\s+|a\s+|proper\s+)?(?:being\s+)?(?:[\p{L}-]+\s+)?(?:check|test|review|approv|sign|tell|ask|consult|backup|second\s+pair)\p{L}*|
    unchecked|untested|unreviewed|unsigned|unlabell?ed|(?:all\s+)?at\s+once|duplicated?|instead\s+of|overdue|
    before\s+(?:anyone|anybody|(?:[\p{L}'-]+\s+){1,3}?(?:had|was|were|could)\s+(?:\p{L}+\s+)?(?:sign|check|approv|review|test|finish|read|seen|ready|confirm)\p{L}*)|
    the\s+(?:old|previous|outdated|draft|test|unsigned)\s+(?:version|file|copy|price|rate|list|template|figures|data|address|account|
       number|contact|spec|form|sheet|code|model)|
    failed|crashed|broke|outage|errors?|mistakes?"""
)
_MISHAP_BESIDE = compile_words(r"(?:\S+\s+){0,3}?(?:twice|late|early|again|too\s+(?:early|late|soon)|prematurely)")
_NEGATION = compile_words(r"\p{L}+n't|not|never")
# A left-behind state: "left unlocked", "left behind", "left running".
_LEFT_STATE = LazyPattern(r"\s+(?:un\p{L}+ed|open|behind|unattended|running|switched\s+on|on|off|out|in\s+(?:the|a)\s+[\p{L}-]+)\b", FLAGS)
# The same sentence says what the writer did: "... when I ran the clean-up script".
_WRITER_ACTS = compile_words(r"(?:when|after|as|once|because|since|while|until)\s+(?:I|we)\s+(?!(?:was|were|had|'d|got|am|wasn't|weren't)\b)\p{L}+")
# "by" naming no one: a time, a figure, a means or a mistake.
_AGENT = LazyPattern(
    r"""(?:\S+\s+){0,4}?by\s+
    (?!(?:mistake|accident|error|then|now|default|hand|chance|design|far|nature|law|midnight|noon|lunchtime|phone|email|post|
          courier|car|van|text|fax|the\s+(?:time|end|start|next|following|same|deadline|morning|afternoon|evening|weekend|day|
          week|month|hour|close|book)|a\s+(?:day|week|month|mile|margin|fraction|factor|hair|long\s+way)|\p{N}|
          (?:one|two|three|four|five|six|seven|eight|nine|ten|half|about|around|roughly|nearly|almost|over|more|less|some|far)|
          (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|
             September|October|November|December)|someone|somebody|anyone|anybody)\b)
    \S""",
    FLAGS | regex.X,
)


def check(draft, context: RuleContext):
    text = plain(draft)
    spans = []
    for sentence, match in sentence_matches(draft, _PASSIVE):
        span = _hidden_agent(draft, sentence, match, text)
        if span is not None:
            spans.append(span)
    extra = phrase_pattern(context.extra_phrases)
    if extra is not None:
        for sentence, match in sentence_matches(draft, extra):
            if not (quoted(draft, sentence, *match.span()) or reported(draft, sentence, match.start())):
                spans.append(match.span())
    for start, end in merge_spans(spans):
        yield META.finding(start, end)


def _hidden_agent(draft, sentence, match, text) -> tuple[int, int] | None:
    """The span of a passive that hides who acted in a failure, or None."""
    before = clause_before(draft, sentence, match.start())
    found = _SUBJECT.search(before)
    subject = found.group("subject") if found else ""
    if subject.lower() == "what" and _ACCOUNT.search(before):
        negative = bool(_NEGATION.search(match.group("aux") + match.group("adverbs")))
        if negative or not (match.group("lapse") or (match.group("action") and _DONE.fullmatch(match.group("action")))):
            return None
        if quoted(draft, sentence, match.start(), match.end()) or reported(draft, sentence, match.start()):
            return None
        return match.start() - len(before) + found.start("subject"), match.end()
    if _PERSON.fullmatch(subject):
        return None
    if _RELATIVE.fullmatch(subject):
        found, subject = None, ""
    head = found.group("head") if found else ""
    end = match.end()
    negative = bool(_NEGATION.search(match.group("aux") + match.group("adverbs"))) or bool(_NOBODY.match(subject))
    if match.group("lapse"):
        fires = not negative
    elif match.group("made"):
        # "the booking was made for the wrong weekend"; a complaint or a claim is made by others
        fires = not negative and (
            bool(_MISTAKE_NOUN.fullmatch(head))
            or (
                not _MADE_BY_OTHERS.fullmatch(head)
                and _MISHAP.search(text, match.end(), min(sentence.end, match.end() + 40)) is not None
            )
        )
    elif match.group("left"):  # the state is part of the span: "the door was left unlocked"
        state = _LEFT_STATE.match(text, end, sentence.end)
        fires = not negative and state is not None
        end = state.end() if state else end
    elif match.group("action") and match.group("aux").lower().startswith(("went", "had")) and not match.group("aux").lower().endswith("been"):
        # "went out without being checked" is a lapse; "went out two hours late" is a consequence
        fires = negative or _MISHAP.search(text, end, min(sentence.end, end + 60)) is not None
    elif match.group("action"):
        fires = (
            _got(match)
            or negative
            or (bool(match.group("forced")) and bool(_DECISION_NOUN.fullmatch(head)))
            or (
                bool(match.group("imposed"))
                and bool(_DECISION_NOUN.fullmatch(head))
                and (
                    _RECIPIENT.match(text, match.end(), sentence.end) is not None
                    or _UNPREPARED.match(text, match.end(), sentence.end) is not None
                )
                and not _BEFORE_ME.search(text, sentence.start, sentence.end)
            )
            or _mishap(draft, sentence, match.end())
        )
    elif match.group("repair"):
        fires = not negative and (_got(match) or bool(match.group("righted")) or bool(_FAILURE_NOUN.fullmatch(head)))
    else:  # a discovery: "the error wasn't noticed for a week" hides who missed it, too
        fires = bool(_FAILURE_NOUN.fullmatch(head))
    if not fires or _AGENT.match(clause_after(draft, sentence, end).lstrip()):
        return None
    start = match.start() - len(before) + found.start("subject") if found else match.start()
    if quoted(draft, sentence, start, end) or reported(draft, sentence, match.start()):
        return None
    if owns(draft, sentence.start, sentence.end) or _WRITER_ACTS.search(text, end, sentence.end):
        return None
    if _THE_ONE_WHO.search(text, sentence.start, sentence.end):
        return None
    return start, end


def _got(match) -> bool:
    """Whether the passive is told with "got"/"get": "it got sorted", "the invoice never got sent"."""
    return match.group("aux").lower().endswith(("got", "get"))


def _mishap(draft, sentence, verb_end: int) -> bool:
    """Whether the sentence says what went wrong with the action that ends at ``verb_end``."""
    text = plain(draft)
    if _MISHAP_BESIDE.match(clause_after(draft, sentence, verb_end).lstrip()):
        return True
    cache = per_sentence(draft, "passive-mishap")
    if sentence.start not in cache:
        cache[sentence.start] = bool(_MISHAP.search(text, sentence.start, sentence.end))
    return cache[sentence.start]


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
