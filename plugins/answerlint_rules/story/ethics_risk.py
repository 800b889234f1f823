"""The story is an integrity failure, which no lesson can redeem in an interview.

## What it does
Flags admissions of dishonest or abusive conduct by the writer: padding
expenses or timesheets, falsifying records, data or a CV, evading tax,
leaking confidential information, lying to a client or a manager, plagiarism,
taking credit for others' work, harassment, bullying, theft, bribes. It does
not fire when the writer refused, resisted or reported such conduct
("I refused to backdate the invoices"), when the conduct was someone else's
("a colleague had padded his timesheets"), only a temptation or a request
("I was asked to inflate the numbers"), or an accident that belongs to a
different rule ("I accidentally emailed the list to the wrong ward").

## Why it matters to an interviewer
A missed deadline says you misjudged something once. A padded expense claim
says you might do it again, with their money. Interviewers are told to treat
integrity as a gate, not a score: a candidate who volunteers such a story is
usually out, however well the learning is told.

## Example
```markdown
To hit the quarter I backdated two contracts, and finance caught it in the audit.
```

## Use instead
Choose a different failure: a judgment call, an estimate or a plan that went
wrong for reasons you can own and have fixed.
```markdown
I committed to a quarter-end date without checking legal's review queue, and
two contracts slipped into the next quarter.
```
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import (
    WINDOW,
    clause_before,
    compile_words,
    negated,
    per_sentence,
    phrase_pattern,
    plain,
    quoted,
    sentence_matches,
)

META = RuleMeta(
    code="AL201",
    name="ethics-risk",
    family="story",
    kind="span",
    severity=Severity.ERROR,
    summary="The story admits an integrity failure an interviewer cannot get past.",
    message="This reads as an integrity failure; no lesson will outweigh it. Choose a different story.",
    docs=rule_docs(__doc__),
    phrases=True,
)

_DET = r"(?:the|my|our|a|an|some|his|her|their|its|two|three|four|five|several|a\s+few|a\s+couple\s+of|both|all\s+(?:the|my|our)|that|those|these|\p{N}+)"
# One or two words before the head noun ("the fridge temperature logs"), never a function word.
_MOD = r"""(?:(?!(?:to|for|from|with|and|or|but|so|because|after|before|when|which|that|in|on|at|by|of|I|we|it|they)\b)[\p{L}\p{N}'-]+\s+)"""
# What a falsifier alters: records that state facts to someone who relies on them.
_RECORDS = r"""
    (?:expense\s+(?:reports?|claims?|forms?)|test\s+results?|lab\s+results?|data\s+points?|(?:case|clinical|care|patient|medical|nursing)\s+notes|
       records?|numbers|figures|results|reports?|logs?|log\s+books?|logbooks?|timesheets?|time\s+sheets?|hours|receipts?|invoices?|
       contracts?|signatures?|documents?|paperwork|expenses|mileage|metrics|sales|references?|credentials|qualifications?|
       degree|grades?|marks|scores|attendance|inventory|stock\s+counts?|books|accounts|minutes|readings?|entries|survey\s+responses|
       certificates?|checklists?|audit\s+trail|KPIs?|forecasts?|quotes?|billable\s+hours|sick\s+notes?|survey\s+responses|responses|
       interview\s+notes|citations|sources|observations|data)
"""
# Verbs that mean falsification whatever they touch.
_FALSIFY = r"""
    falsif(?:y|ied|ies|ying)|fabricat(?:e|ed|es|ing)|forg(?:e|ed|es|ing)(?!\s+ahead)|doctor(?:ed|ing)|fudg(?:e|ed|es|ing)|
    massag(?:ed|ing)|backdat(?:e|ed|es|ing)|fak(?:ed|ing)|cook(?:ed|ing)(?=\s+the\s+books)|tamper(?:ed|ing)\s+with
"""
# Verbs that mean falsification only with a record that states a fact ("inflated my timesheets",
# not "inflated the budget estimate").
_WEAK_FALSIFY = r"""
    pad(?:ded|ding|s)?|inflat(?:e|ed|es|ing)|misreport(?:ed|ing)?|misrepresent(?:ed|ing)?|embellish(?:ed|ing)?|
    made\s+up|invent(?:ed|ing)
"""
# "altered the records" is falsification; "altered the figures" after a correction is not.
_ALTER = r"alter(?:ed|ing)|amend(?:ed|ing)|chang(?:ed|ing)|edit(?:ed|ing)|rewr(?:ote|itten|iting)|tweak(?:ed|ing)"
_STRICT_RECORDS = r"""
    (?:expense\s+(?:reports?|claims?|forms?)|test\s+results?|lab\s+results?|data\s+points?|(?:case|clinical|care|patient|medical|nursing)\s+notes|
       records|logs?|log\s+books?|logbooks?|timesheets?|time\s+sheets?|hours|receipts?|invoices?|expenses|mileage|
       references?|credentials|qualifications?|grades|attendance|readings?|signatures?|audit\s+trail|sick\s+notes?|billable\s+hours|
       survey\s+responses|interview\s+notes|citations|observations|
       (?:sales|survey|safety|inspection|temperature|fridge|stock|audit)\s+(?:numbers|figures|results|records|logs?|counts?|checks?))
"""
_CV = r"(?:r[ée]sum[ée]s?|CVs?|C\.V\.|(?:job\s+)?applications?|LinkedIn(?:\s+profile)?|job\s+history|work\s+history|cover\s+letter)"
_PERSON = r"""
    (?:colleagues?|co-?workers?|juniors?|interns?|(?:new\s+)?starters?|new\s+hires?|employees?|students?|pupils?|apprentices?|trainees?|
       members?\s+of\s+(?:staff|the\s+team|my\s+team)|staff\s+members?|team\s*mates?|team\s+members?|(?:direct\s+)?reports?|assistants?|
       women|woman|man|men|girls?|guys?|waitress(?:es)?|waiters?|nurses?|patients?|residents?|subordinates?|peers?|classmates?|
       designers?|developers?|engineers?|analysts?|associates?|someone|somebody|her|him|them)
"""
_SECRET = r"(?:confidential|proprietary|internal|sensitive|private|personal|customer|client|patient|company|salary|source|unreleased|embargoed)"
_OUTSIDER = r"""
    (?:(?:a|an|the|my|our|one\s+of\s+(?:my|our)|some)\s+)?(?:[\p{L}-]+\s+)?
    (?:friends?|journalists?|reporters?|press|competitors?|rivals?|recruiters?|outsiders?|contacts?|former\s+colleagues?|
       partner|spouse|wife|husband|family|brother|sister|investors?|personal\s+(?:e-?mail|account|address|gmail|drive))
"""

_ETHICS = compile_words(
    rf"""
    # falsified records, a padded CV
      (?:{_FALSIFY})\s+(?:{_DET}\s+)?{_MOD}{{0,2}}(?:{_RECORDS}|{_CV})
    | (?:{_WEAK_FALSIFY})\s+(?:{_DET}\s+)?{_MOD}{{0,2}}(?:{_STRICT_RECORDS}|{_CV}|numbers|figures|results|books|sales\s+\p{{L}}+)
    | (?:{_ALTER})\s+(?:{_DET}\s+)?{_MOD}{{0,2}}(?:{_STRICT_RECORDS})(?!\s+(?:template|format|system|layout|process|policy|form|software))
      (?=\s+(?:to|so|after|before|because|when|and)\b|\s*[,.;:!?]|\s*$)
    | (?:lied|lying)\s+(?:on|in)\s+(?:my\s+|the\s+)?{_CV} | lied\s+about\s+(?:my\s+)?[\p{{L}}-]+(?:\s+[\p{{L}}-]+)?\s+(?:on|in)\s+(?:my\s+)?{_CV}
    | exaggerat(?:ed|ing)\s+(?:{_DET}\s+)?{_MOD}{{0,2}}(?:{_CV}|qualifications?|credentials|experience\s+on\s+(?:my\s+)?{_CV})
    | (?:fake|forged|falsified|doctored|fabricated|phony|phoney|bogus|made-up)\s+{_MOD}?
      (?:receipts?|invoices?|signatures?|references?|sick\s+notes?|doctor's\s+notes?|degrees?|qualifications?|credentials|
         certificates?|timesheets?|expense\s+claims?|reviews)
    | (?:forged|falsified|doctored|fabricated)\s+{_MOD}?(?:{_RECORDS})
    # money
    | tax\s+(?:evasion|fraud) | evad(?:e|ed|ing)\s+(?:the\s+|my\s+)?tax(?:es)?
    | (?:didn't|did\s+not|never)\s+declare\s+(?:the\s+|my\s+|our\s+|some\s+)?(?:[\p{{L}}-]+\s+)?(?:income|earnings|cash|tips|profits?|rental\s+income)
    | (?:stole|steal|stealing|nicked|pinched)\s+
      (?:from\s+(?:the|my|a|our)\s+[\p{{L}}-]+|(?:{_DET}\s+)?(?:[\p{{L}}-]+\s+)?(?:money|cash|funds|stock|inventory|supplies|equipment|tips|goods|
         products|petty\s+cash|laptops?|medication|drugs|merchandise|fuel|tools|client\s+list|clients|customers|code|designs?|ideas?))
    | embezzl(?:ed|ing|ement) | misappropriat(?:ed|ing|ion)
    | pocketed\s+(?:the\s+|some\s+|a\s+bit\s+of\s+the\s+)?(?:difference|cash|money|tips|change|refunds?|fees?|commission|savings|surplus|float|deposit)
    | skimm(?:ed|ing)\s+(?:money|cash|off|from|a\s+little|a\s+bit|some)
    | took\s+(?:some\s+)?(?:money|cash|\p{{Sc}}\s*\p{{N}}+|\p{{N}}+\s+(?:pounds|dollars|euros))\s+(?:from|out\s+of)\s+(?:the\s+|a\s+|our\s+)?
      (?:till|register|float|petty\s+cash|company|client|account|safe|cash\s+box|tips?\s+jar)
    | helped\s+myself\s+to\s+(?:the\s+)?(?:stock|cash|money|float|petty\s+cash|supplies|tips)
    | (?:used|put|charged)\s+(?:the\s+|my\s+|a\s+)?(?:company|corporate|work|business)\s+(?:credit\s+)?card\s+(?:for|on)\s+
      (?:a\s+)?(?:personal|private|family|my\s+own|holiday)(?:\s+[\p{{L}}-]+)?
    | claimed\s+(?:a\s+|my\s+|the\s+|for\s+(?:a\s+|my\s+)?)?(?:personal|private|family)\s+[\p{{L}}-]+\s+(?:as|on)\s+(?:a\s+)?(?:business\s+)?expenses?
    | billed\s+(?:the\s+|a\s+|my\s+)?(?:client|customer|insurer)s?\s+for\s+(?:hours|time|work|visits|sessions)\s+(?:that\s+)?(?:I|we)\s+
      (?:hadn't|had\s+not|didn't|did\s+not|never)\s+\p{{L}}+
    | (?:took|accepted|offered|paid|gave)\s+(?:a\s+|an\s+)?(?:bribes?|kickbacks?|backhanders?) | bribed(?!\s+(?:\S+\s+){{0,4}}?with\s+(?:\S+\s+)?(?:pizza|doughnuts|donuts|cake|biscuits|coffee|snacks|food|treats|sweets|beer|lunch|chocolate|cookies|croissants|bacon))
    | insider\s+(?:trading|dealing)
    # records of work not done
    | (?:charted|documented|recorded|logged|ticked\s+off|signed\s+for|signed\s+off)\s+(?:{_DET}\s+)?{_MOD}{{0,2}}(?:that\s+)?(?:I|we)(?:'d)?\s+
      (?:hadn't|had\s+not|never|didn't|did\s+not)\s+\p{{L}}+
    | (?:signed|ticked|initialled|initialed)\s+(?:off\s+)?(?:{_DET}\s+)?{_MOD}{{0,2}}
      (?:checklists?|checks?|logs?|forms?|inspections?|observations|obs|charts?|safety\s+checks?|risk\s+assessments?|registers?)
      \s+without\s+(?:actually\s+)?(?:completing|doing|reading|checking|running|carrying\s+out|performing|finishing)\s+(?:it|them|the\s+[\p{{L}}-]+)
    | (?:signed|clocked|punched|swiped)\s+in\s+for\s+(?:a\s+|my\s+)?(?:colleague|friend|someone|somebody|him|her|them|co-?worker|mate)
    | called\s+in\s+sick\s+(?:to|so\s+(?:that\s+)?I\s+could)\s+(?:go|attend|interview|travel|watch|see)\b | pulled\s+a\s+sickie
    # lies
    | lied\s+to\s+(?:the\s+|my\s+|our\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\p{{L}}-]+\s+)?
      (?:client|customer|manager|boss|auditor|regulator|team|patient|investor|board|inspector|director|stakeholder|teacher|professor|
         supervisor|partner|family|parent|police|HR|insurer|examiner|panel|interviewer|landlord|tenant|editor|lead|owner|chef)s?
    | (?:I|we)(?:\s+had|'d)?\s+lied\b(?!\s+(?:to|on|in)\b) | (?:which|that|it)\s+was\s+a\s+(?:flat\s+|white\s+|outright\s+)?lie
    | told\s+(?:the\s+|my\s+|our\s+)?(?:[\p{{L}}-]+\s+)?(?:client|customer|manager|boss|patient|board|director|team|auditor|inspector|teacher|
         supervisor|partner|family|parents?|stakeholders?)s?\s+(?:that\s+)?(?:it|the\s+[\p{{L}}-]+|we|I|they|everything)\s+
      (?:was|were|had\s+been|had|'d\s+been)\s+(?:already\s+|fully\s+|all\s+)?(?:[\p{{L}}-]+\s+)?(?:done|finished|complete|completed|ready|tested|fixed|sent|shipped|
         delivered|signed|on\s+track|approved|checked|posted|paid|booked|filed|submitted|in\s+hand)
      \s+when\s+(?:it|they|he|she|we|I)\s+(?:wasn't|hadn't|weren't|was\s+not|had\s+not|did\s+not|didn't|haven't|had\s+never)(?:\s+(?:been|even|yet|actually))*(?:\s+\p{{L}}+ed\b)?
    # someone else's work
    | plagiari[sz](?:ed|ing) | committed\s+plagiarism
    | copied\s+(?:a\s+|an\s+|my\s+)?(?:colleague|classmate|competitor|someone|somebody|friend|another\s+[\p{{L}}-]+|former\s+[\p{{L}}-]+)(?:'s)?\s+
      (?:work|code|essay|report|design|thesis|answers|homework|assignment|coursework|paper|slides)
    | (?:copied|copy-pasted|copied\s+and\s+pasted|pasted|lifted|reused)\s+(?:\S+\s+){{0,12}}?without\s+(?:\p{{L}}+\s+(?:or|and)\s+)?
      (?:quoting|citing|crediting|referencing|acknowledging|attributing|attribution|credit|a\s+citation|a\s+reference|permission)
    | (?:listed|presented|described|claimed|put|submitted|showed|showcased)\s+(?:\S+\s+){{0,10}}?as\s+(?:my|our)\s+own(?:\s+[\p{{L}}-]+)?
      \s+when\s+(?:it|they)\s+(?:was|were)\s+(?:really|actually|in\s+fact)
    | (?:filed|submitted|signed|sent|approved|published|shipped|released|certified|passed|prepared|issued)\s+(?:\S+\s+){{0,6}}?
      (?:anyway\s*,?\s*)?knowing\s+(?:that\s+)?(?:\S+\s+){{0,3}}?(?:had\s+|was\s+|were\s+)?
      (?:understated|under-?declared|overstated|hidden|hid|falsified|inflated|fake|false|fraudulent|wrong|incorrect|inaccurate|unsafe|
         illegal|untrue|not\s+true|misleading)
    | (?:took|taken|helped\s+myself\s+to)\s+(?:\S+\s+){{1,8}}?without\s+paying
    | (?:took|taken)\s+(?:\S+\s+){{0,4}}?(?:bottles?|cash|money|stock|goods|food|supplies|equipment|items?|products?|laptops?|tools?|fuel|medication)
      \s+(?:\S+\s+){{0,4}}?without\s+(?:permission|asking|authori[sz]ation)
    | passed\s+off\s+(?:[\p{{L}}'-]+\s+){{1,4}}?as\s+(?:my|our)\s+own
    | took\s+(?:the\s+|all\s+the\s+|sole\s+)?credit\s+for\s+(?:(?:a|an|my|our|the|his|her|their)\s+)?{_MOD}{{0,2}}
      (?:{_PERSON}|team)(?:'s)?(?:\s+(?:work|idea|ideas|concept|design|analysis|code|research|report|fix|solution|proposal|deck))?
    # conduct towards people
    | (?:sexually\s+)?harass(?:ed|ing)\s+(?:(?:a|an|my|the|one\s+of\s+(?:my|the)|our)\s+)?{_MOD}{{0,2}}{_PERSON}(?!\s+(?:for|about|until|into)\b)
    | bull(?:ied|ying)\s+(?:(?:a|an|my|the|one\s+of\s+(?:my|the)|our)\s+)?{_MOD}{{0,2}}{_PERSON}
    # hiding it
    | (?:covered|hushed)\s+up\s+(?:{_DET}\s+)?{_MOD}{{0,2}}(?:mistake|error|incident|bug|breach|leak|loss|defect|problem|accident|spill|near\s+miss|fall|shortfall|fraud)s?
    | (?:hid|concealed|buried)\s+(?:{_DET}\s+)?{_MOD}{{0,2}}(?:mistake|error|incident|bug|breach|loss|defect|accident|spill|near\s+miss|shortfall)s?\s+from\s+(?:my|the|our)\s+[\p{{L}}-]+
    | kept\s+(?:the\s+|my\s+)?(?:mistake|error|incident|breach|loss|accident)\s+from\s+(?:my|the|our)\s+[\p{{L}}-]+
    # leaks
    | (?:sold|smuggled|traded)\s+(?:out\s+)?(?:{_DET}\s+)?(?:confidential|proprietary|internal|secret|sensitive|private|patients?'|customers?'|clients?')\s+{_MOD}{{0,2}}
      (?:news|plans|roadmap|figures|results|details|data|information|info|documents?|files?|pricing|prices|salaries|list|secrets|designs?|code|records)
    | (?:sold|smuggled|passed)\s+(?:{_DET}\s+)?{_MOD}{{0,2}}(?:data|information|info|documents?|files?|plans|list|designs?|code|records|details)\s+to\s+{_OUTSIDER}
    | leak(?:ed|ing)\s+(?:out\s+)?(?:{_DET}\s+)?{_MOD}{{0,2}}
      (?:news|plans|roadmap|date|figures|results|story|deal|details|data|information|info|documents?|files?|pricing|prices|salaries|
         list|secrets|designs?|code|specs?|minutes|emails?|contracts?|bids?|tender|numbers)
      (?:\s+to\s+{_OUTSIDER})?
    | (?:forwarded|emailed|shared|sent|passed|posted|gave|uploaded|copied)\s+(?:out\s+|on\s+)?(?:{_DET}\s+)?{_SECRET}\s+{_MOD}{{0,2}}
      (?:data|information|info|documents?|files?|plans|secrets|code|designs?|records|details|figures|roadmap|list|pricing|sheet|
         spreadsheet|deck|model|notes|emails?|contracts?)
      \s+(?:to|with|on)\s+(?:{_OUTSIDER}|social\s+media|twitter|linkedin|reddit|(?:a\s+)?public\s+[\p{{L}}-]+)
    # exams
    | cheat(?:ed|ing)\s+on\s+(?:{_DET}\s+)?{_MOD}{{0,2}}(?:exam|test|quiz|assessment|audit|certification|coursework|assignment|inspection|module|paper)s?
    | cheat(?:ed|ing)\s+(?:the|a|my|our)\s+(?:system|clients?|customers?|test|exam|audit|company|insurer)
    """
)

# The conduct is someone else's, or a request the writer resisted.
_OTHER_ACTOR = compile_words(
    r"(?:a|my|one\s+of\s+my|the|our|his|her)\s+(?:[\p{L}-]+\s+)?(?:colleague|coworker|co-worker|manager|boss|teammate|intern|contractor|vendor|predecessor|employee|report|rep|engineer|analyst|peer|supplier|client|customer|candidate|student|pupil|director|partner|friend|trainee|apprentice|nurse|doctor|chef|driver)s?"
    r"(?:\s+(?:who|had|was|were|had\s+been|kept))?\s*[\p{L}\s]{0,20}$"
    r"|(?:he|she|they|someone|somebody|anyone|anybody|nobody|no\s+one)\s+(?:had\s+)?(?:\p{L}+\s+)?$"
    r"|(?:asked|told|pressured|pushed|instructed|wanted|expected|urged|encouraged|ordered|invited)\s+(?:me|us)\s+to\s+$"
    r"|(?:caught|found|discovered|reported|noticed|suspected|flagged|investigated|realised|realized|learned|learnt)\s+(?:that\s+)?(?:a|my|the|our|one|someone|somebody)\b.{0,40}$"
    r"|(?:refus|declin|resist|object|push\s+back|pushed\s+back|won't|wouldn't|would\s+not)\w*\s+(?:to\s+|against\s+)?(?:\p{L}+\s+){0,4}$"
)
# A temptation, a request or a suspicion, not a deed.
_NOT_A_DEED = compile_words(
    r"(?:tempted|temptation|tempting|easy|pressure|pressured|option|chance|urge|asked|told|instructed|expected|wanted|urged|"
    r"encouraged|pushed|invited|ordered)\s+(?:me\s+|us\s+)?to\s+(?:\p{L}+\s+){0,2}$"
    r"|(?:considered|contemplated|thought\s+about|accused\s+of|suspected\s+of|alleged|allegations?\s+(?:of|that)|rumou?rs?\s+(?:of|that)|"
    r"accusations?\s+(?:of|that))\s+(?:\p{L}+\s+){0,2}$"
    r"|(?:accused|suspected)\s+(?:me|us)\s+of\s+(?:\p{L}+\s+){0,2}$"
)
_WENT_ALONG = compile_words(r"(?:and|so)\s+(?:I|we)\s+(?:did|went\s+along|agreed|complied|just\s+did\s+it|did\s+it)|which\s+(?:I|we)\s+did")
_CHANGED_MIND = compile_words(
    r"^\s*(?:\S+\s+){0,6}?but\s+(?:I\s+|we\s+)?(?:didn't|did\s+not|never|stopped|resisted|thought\s+better|held\s+off|decided\s+against)"
    r"|^\s*,?\s*(?:and|but)\s+(?:I\s+|we\s+)?(?:told|warned|informed|flagged|disclosed|explained\s+(?:this|that|it))\b"
)
_ACCIDENT = compile_words(
    r"accidentally|by\s+accident|by\s+mistake|inadvertently|unknowingly|unintentionally|without\s+realis(?:ing|ing)|without\s+realiz(?:ing)|"
    r"to\s+the\s+wrong\s+[\p{L}-]+|wrong\s+(?:recipient|address|distribution\s+list|ward|client)"
)
_FIRST_PERSON = compile_words(r"I|I'[a-z]+|me|my|mine|myself|we|we'[a-z]+|us|our|ours|ourselves")


def check(draft, context: RuleContext):
    text = plain(draft)
    for pattern in (_ETHICS, phrase_pattern(context.extra_phrases)):
        if pattern is None:
            continue
        for sentence, match in sentence_matches(draft, pattern):
            start, end = match.span()
            if quoted(draft, sentence, start, end) or negated(draft, sentence, start, window=5):
                continue
            before = text[max(sentence.start, start - WINDOW) : start]
            after = text[end : min(sentence.end, end + WINDOW)]
            if _OTHER_ACTOR.search(before) or _sentence_has(draft, sentence, _ACCIDENT):
                continue
            if _NOT_A_DEED.search(clause_before(draft, sentence, start)) or _NOT_A_DEED.search(before):
                if not _WENT_ALONG.search(after):
                    continue
            if _CHANGED_MIND.search(after):
                continue
            if pattern is _ETHICS and not _sentence_has(draft, sentence, _FIRST_PERSON):
                continue
            yield META.finding(start, end)


def _sentence_has(draft, sentence, pattern) -> bool:
    cache = per_sentence(draft, f"ethics-{id(pattern)}")
    if sentence.start not in cache:
        cache[sentence.start] = bool(pattern.search(plain(draft), sentence.start, sentence.end))
    return cache[sentence.start]


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
