"""The story is an integrity failure, which no lesson can redeem in an interview.

## What it does
Flags a story in which the writer did something dishonest or unlawful on
purpose, however plainly it is told:

- false records: falsifying, backdating, fudging, doctoring, faking, padding,
  inflating or "adjusting" figures, hours, timesheets, expenses, test
  results, logs, notes or a CV; claiming, billing, charting or ticking off
  work that was never done;
- lies: lying to or misleading a client, a manager, an auditor or a patient;
  telling them something was done "when it wasn't"; denying it when asked;
- hiding a mistake: covering it up, deleting the evidence, keeping quiet
  "hoping nobody would notice";
- other people's work: taking the credit, passing it off as one's own,
  plagiarism, cheating in an exam;
- forged signatures ("I signed my colleague's name", "I wrote my supervisor's
  initials on the drug chart"), numbers "I made up";
- a sick day taken "to go to a festival"; an allowance drawn for a car "I had
  already sold";
- money and goods: stealing, pocketing cash, taking stock home without
  asking, petty cash or the company card spent on oneself, undeclared
  income, bribes, a contract steered to a relative's firm, goods sold and the
  money kept, a refund paid into one's own account;
- confidential data leaked, sold or shared on purpose, exam questions passed
  on;
- harassment, bullying, discrimination;
- a safety or legal rule broken knowingly to hit a target, or a limit worked
  past ("I kept lifting above the wind limit ... because we were behind").

Beyond these families it reads the idea in any words: a sentence where the
writer acts ("I moved", "we set", "I was writing") and the same sentence
gives the deceit away:

- the purpose, when what is made to look right is a record, a figure or the
  work on paper: "so the numbers would look right", "so it wouldn't count
  against us", "so my class would hit the target", "so she would not get a
  warning", "to make the file look complete", "to protect my bonus";
- the truth beside it: "when really I had a GCSE", "but it had actually been
  on my drive", "although I knew we were behind", "which nobody had", "as if
  I had", "as if they were my work", "even though the test log showed
  eleven", "even though policy said I had to declare it", "the courier's
  fault when I had simply forgotten", "because the owner was my friend";
- someone impersonated ("pretending to be my reference"), goods kept "that
  were meant to go back to the supplier";
- the silence after a cover or a gain: "packed the gap with filler and said
  nothing", "kept the extra £40 and didn't tell anyone", "charged three
  clients for the same hour and didn't mention it" (not "didn't tell my
  manager until Monday");
- "deliberately" with leaving something out, deleting, hiding or misstating
  it;
- something internal or confidential posted or shared where the public,
  fans, a friend or a rival can see it.

A false statement the writer believed ("I told her the bed was ready when
it wasn't, because I misread the board") is a mistake, not a lie. It stays
quiet when the writer refused, resisted or only considered it ("I
was tempted to round the hours up, but didn't"), when the conduct was someone
else's ("I found out a colleague had padded his claims") or only alleged,
when it is negated ("I never altered a record"), when it was an accident
("I accidentally sent the list to the wrong client", which is a different
kind of failure), when the writer believed what a system showed ("because the
tracker showed it as finished"), when the "truth" only shows an estimate was
wrong ("I told the team we'd be done by Friday, when actually it took until
Tuesday"), for tidying ("so the shop would look good") and for a change of
plan not passed on, and inside quotations or other people's words.

## Why it matters to an interviewer
A missed deadline says you misjudged something once. A padded expense claim
says you might do it again, with their money. Interviewers treat integrity
as a gate, not a score: a candidate who volunteers such a story is usually
out, however well the learning is told.

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

import functools

import regex

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import (
    WINDOW,
    LazyPattern,
    clause_before,
    merge_spans,
    negated,
    phrase_pattern,
    plain,
    quoted,
    reported,
    sentence_matches,
)
from answerlint_rules.story._cues import (
    ACCIDENT,
    CHANGED_MIND,
    HYPOTHETICAL,
    NOT_DONE,
    SUBJECT,
    WENT_ALONG,
    last_subject,
    sentence_tokens,
    words,
    writer_is_subject,
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

# -- vocabulary ----------------------------------------------------------------------------

_DET = r"(?:(?:the|my|our|a|an|some|his|her|their|its|all\s+(?:the|my|our)|both|several|a\s+few|those|these|that|this|\p{N}+|two|three|four|five|six|a\s+couple\s+of|one\s+of\s+(?:the|my|our))\s+)"
# Up to two words before the head noun ("the fridge temperature logs"), never a function word.
_MOD = r"(?:(?!(?:to|for|from|with|and|or|but|so|because|when|which|that|in|on|at|by|of|as|I|we|it|they|was|were)\b)[\p{L}\p{N}'’/.&-]+\s+)"
# What states a fact to someone who relies on it.
_RECORD = r"""
    (?:figures|numbers|stats|statistics|data\s+points?|dataset|data|results?|readings?|measurements?|logs?|log\s*books?|
       records?|notes?|sick\s+notes?|entries|hours|timesheets?|time\s*sheets?|time\s+cards?|overtime|expenses|expense\s+(?:claims?|reports?|forms?)|
       claims?|mileage|receipts?|invoices?|dates?|signatures?|CV|CVs|r[ée]sum[ée]s?|application|qualifications?|credentials|degree|
       grades?|marks|scores|attendance|register|sales|revenue|pipeline|KPIs?|metrics|targets?\s+figures|stock\s*(?:counts?|takes?)|
       inventory|books|accounts|ledger|minutes|income|earnings|takings|profits?|losses|costs|turnover|contracts?|agreements?|orders?|POs|timestamps?|delivery\s+notes?|reports?|report\s+cards?|responses|survey|surveys|references?|citations|sources|
       quotes|testimonials|reviews|observations|obs|charts?|paperwork|forms?|checklists?|certificates?|audit\s+trail|evidence|
       footage|photos|temperatures?|sign-?offs?|approvals?|test\s+coverage|experience|job\s+titles?|titles?|employment\s+(?:dates|history)|work\s+history)
"""
_CV = r"(?:CV|CVs|r[ée]sum[ée]s?|application|LinkedIn|cover\s+letter|job\s+history|work\s+history)"
# Verbs that make any record false.
_FALSIFY = r"""
    falsif(?:y|ies|ied|ying)|fabricat(?:e|es|ed|ing)|forg(?:e|es|ed|ing)|doctor(?:ed|ing)|fudg(?:e|es|ed|ing)|
    back-?dat(?:e|es|ed|ing)|fak(?:e|ed|ing)|manipulat(?:e|ed|ing)|fiddl(?:e|ed|ing)|tamper(?:ed|ing)?\s+with|
    massag(?:e|ed|ing)|pad(?:ded|ding)?|inflat(?:e|ed|ing)|exaggerat(?:e|ed|ing)|embellish(?:ed|ing)?|
    ma(?:de|ke|king)\s+up(?!\s+(?:the\s+|for\s+the\s+|my\s+|some\s+|lost\s+)?(?:hours|time|shortfall|difference|deficit|ground|lost|shifts?|days?)\b)
        (?!\s+(?:a|an|the|our|my)?\s*(?:new|fresh|quick|simple|proper|better|revised|standard|spare|temporary)\b)|
    bump(?:ed|ing)?\s+up|beef(?:ed|ing)?\s+up|juic(?:e|ed|ing)|gam(?:e|ed|ing)|misreport(?:ed|ing)?|misrepresent(?:ed|ing)?|
    overstat(?:e|ed|ing)|understat(?:e|ed|ing)|under-?report(?:ed|ing)?|over-?report(?:ed|ing)?|under-?declar(?:e|ed|ing)
"""
# Neutral verbs that falsify only with a purpose of looking better or hiding something.
_ALTER = r"""alter(?:s|ed|ing)?|adjust(?:s|ed|ing)?|tweak(?:s|ed|ing)?|chang(?:e|es|ed|ing)|edit(?:s|ed|ing)?|rewr(?:ite|ote|itten|iting)|
    amend(?:s|ed|ing)?|updat(?:e|ed|ing)|correct(?:ed|ing)?|filled\s+in|fill(?:ing)?\s+in|wr(?:ote|ite|iting)\s+(?:in|down|up)"""
_COVER_PURPOSE = r"""
    (?:so|so\s+that|to\s+make|hoping|in\s+the\s+hope)\b[^.;]{0,60}?
    \b(?:look(?:ed|s)?|appear(?:ed)?|seem(?:ed)?|nobody|no\s+one|no-one|hide|hid|cover|green|on\s+track|in\s+line\s+with\s+(?:the\s+)?target|
       hit|meet|met|notice|noticed|find\s+out|spot|(?:wouldn't|would\s+not|didn't|did\s+not)\s+(?:show|appear|come\s+up|be\s+(?:seen|noticed|spotted|flagged)))
  | to\s+(?:hit|meet|make|reach|hide|cover|conceal|pass|get\s+(?:past|through)|look|save\s+face|
         keep\s+(?:the|my|our)\s+(?:bonus|job|numbers|target|rating))\b
"""
# Work or things that were never done, seen or real.
_DONE = r"""(?:worked|work|done|do|did|made|taken|take|took|given|give|gave|attended|attend|travell?ed|drove|driven|incurred|spent|
    performed|carried\s+out|completed|finished|delivered|visited|held|run|ran|eaten|had|taught|seen|met|checked|check|tested|test|
    inspected|cleaned|counted|measured|administered|fitted|installed|bought|happened|existed|occurred|taken\s+place|took\s+place|
    been\s+(?:there|in|on\s+site|at\s+work|done|checked|tested|given))"""
_NOT_DONE_TAIL = rf"""
    (?:that\s+|which\s+|when\s+|though\s+|although\s+|even\s+though\s+)?(?:I|we|nobody|no\s+one|no-one)
    (?:'d|\s+had)?\s+(?:never|hadn't|had\s+not|didn't|did\s+not|wasn't|weren't|was\s+not|were\s+not|had\s+never|haven't)\s+
    (?:actually\s+|even\s+|really\s+|yet\s+|properly\s+)?(?:{_DONE}|there|in|on\s+shift|at\s+work|present)
  | (?:when|though|although|even\s+though)\s+(?:I|we)(?:'d|\s+had)?\s+only\s+(?:actually\s+|really\s+)?(?:{_DONE})
  | (?:and|but)\s+(?:I\s+|we\s+)?never\s+(?:actually\s+|even\s+)?(?:went\s+near|went\s+out\s+to|set\s+foot)
  | (?:who|that|which)\s+(?:never|hadn't|had\s+not|didn't|did\s+not|had\s+never)\s+(?:actually\s+|even\s+|really\s+)?(?:came|come|turned\s+up|attended|arrived|existed|worked|happened|showed\s+up|been)
  | (?:that|which|when)\s+(?:I|we)(?:'d|\s+had)\s+(?:cut\s+short|skipped|cancelled|abandoned|not\s+finished|never\s+finished|left\s+early)
  | (?:I|we)(?:'d|\s+had)\s+only\s+(?:actually\s+|ever\s+)?(?:phoned|rung|called|emailed|e-mailed|messaged|texted|spoken\s+to|seen\s+online|driven\s+past)
  | (?:that|which)\s+(?:never|didn't|did\s+not|had\s+never|hadn't)\s+(?:actually\s+|even\s+|really\s+)?(?:happened|happen|existed|exist|take\s+place|took\s+place|taken\s+place|occurred|occur)
"""
_CLAIM = r"""claim(?:s|ed|ing)?(?:\s+for)?|bill(?:s|ed|ing)?(?:\s+for)?|charg(?:e|es|ed|ing)(?:\s+for)?|invoic(?:e|ed|ing)(?:\s+for)?|
    expens(?:e|ed|ing)|chart(?:ed|ing)|logg(?:ed|ing)|log|record(?:s|ed|ing)?|document(?:ed|ing)|tick(?:ed|ing)(?:\s+off)?|
    mark(?:ed|ing)|initiall?(?:ed|ing)|entered|enter|certif(?:y|ied|ying)|sign(?:s|ed|ing)\s+(?:off|for)|signed|put\s+(?:in|down)(?:\s+for)?|
    wr(?:ote|ite|iting)\s+(?:down|up|in)|filled\s+in|paid\s+(?:myself|ourselves)(?:\s+for)?"""
_LISTENER = r"""(?:[\p{L}-]+\s+)?(?:client|customer|manager|boss|auditor|regulator|team|patient|investor|board|inspector|director|
    stakeholder|teacher|professor|supervisor|partner|family|parent|police|HR|insurer|examiner|panel|interviewer|landlord|tenant|editor|
    lead|owner|chef|recruiter|assessor|lecturer|tutor|doctor|consultant|sister|matron|head|principal|buyer|user|officer|nurse|
    committee|council|court|bank|lender|tax\s+office|school|university|everyone|everybody|them|him|her|us|people|colleague)s?"""
_SAID = r"""(?:told|tell|telling|said|say|saying|assured|assuring|promised|reported|wrote|emailed|confirmed|insisted|claimed|swore|
    answered|replied|informed)"""
_OTHERS_WORK = r"""(?:(?:his|her|their|someone\s+else's|somebody\s+else's|another\s+[\p{L}-]+'s|(?:a|an|the|my|our|one\s+of\s+my)\s+
    (?:[\p{L}-]+\s+)?[\p{L}-]+'s|(?-i:\p{Lu}\p{Ll}+)'s)\s+(?:[\p{L}-]+\s+)?)"""
_SECRET = r"(?:confidential|proprietary|internal|sensitive|private|personal|secret|restricted|embargoed|unreleased|classified|customer|client|patient|salary|pricing)"
_OUTSIDER = r"""(?:[\p{L}-]+\s+){0,2}?(?:friends?|journalists?|reporters?|press|media|competitors?|rivals?|recruiters?|outsiders?|contacts?|
    former\s+(?:colleague|employer|boss)s?|partner|spouse|wife|husband|family|brother|sister|cousin|mate|investors?|
    personal\s+(?:e-?mail|account|address|gmail|drive|phone|laptop)|(?:my\s+)?(?:gmail|hotmail|home\s+(?:email|computer|laptop))|
    social\s+media|twitter|linkedin|reddit|facebook|instagram|tiktok|whatsapp\s+group|group\s+chat)"""
_PROTECTED = r"""(?:age|accent|race|religion|gender|sex|pregnan(?:cy|t)|disability|disabled|name|nationality|ethnicity|sexuality|
    headscarf|hijab|skin|colour|color|faith|background|surname|maternity|wheelchair|older|too\s+old|a\s+woman|a\s+mother|female)"""
_SAFETY = r"""(?:safety|(?:speed\s+)?limiters?|governors?|sensors?|trackers?|smoke\s+detectors?|lock-?out|tag-?out|guards?|interlocks?|alarms?|PPE|harness(?:es)?|hard\s+hats?|fall\s+protection|permits?|
    regulations?|the\s+law|legal\s+\p{L}+|compliance|speed\s+limits?|driving\s+hours|rest\s+breaks?|tachograph|licen[cs]es?|hygiene|checks?|
    allergens?|food\s+safety|temperature\s+(?:checks?|controls?)|fire\s+(?:doors?|exits?|alarms?|codes?|regs)|quarantine|
    infection\s+control|consent|DBS|background\s+checks?|two-person|second\s+signature|controlled\s+drugs?|safeguarding|
    building\s+(?:code|regs|regulations)|health\s+and\s+safety|H&S|protocols?|SOPs?|procedures?|rules?|polic(?:y|ies))"""
_INTENT = r"""(?:on\s+purpose|deliberately|knowingly|intentionally|anyway|to\s+(?:hit|meet|make|save|get|keep|finish|speed|avoid|stay|beat|win|
    look|close)|so\s+(?:that\s+)?(?:I|we)\s+could|because\s+(?:I|we)\s+(?:were|was)\s+(?:[^\s.;,]+\s+){0,3}?(?:behind|late|short|under\s+pressure))"""

_ETHICS_SOURCE = (
    rf"""
    # a record made false
      (?P<falsify>{_FALSIFY})\s+(?:with\s+)?{_DET}?{_MOD}{{0,2}}{_RECORD}
    | (?P<rounded>(?:round|invent)(?:ed|ing)?\s+(?:up\s+)?{_DET}?{_MOD}{{0,1}}(?:hours|timesheets?|time\s*sheets?|mileage|expenses|claims?|overtime|
        results|data|data\s+points|readings|quotes|quotations|sources|references|responses|survey\s+responses|citations|interviews?|testimonials|receipts|figures|numbers|
        times|entries|temperatures|checks|visits|signatures|names|dates|values|scores)
      |round(?:ed|ing)?\s+(?:[^\s.;]+\s+){{0,4}}?up\s+(?:[^\s.;]+\s+){{0,6}}?(?:on|in)\s+(?:my|the|our)\s+(?:time\s*sheets?|expenses|expense\s+claims?|claims?|invoices?|mileage|logs?|bills?))
    | (?P<made_fit>ma(?:de|ke|king)\s+{_DET}?{_MOD}{{0,1}}(?:readings|data|results|numbers|figures|values|points|measurements|entries|stats|statistics)\s+
        (?:[^\s.;]+\s+){{0,4}}?(?:fit|match|agree|line\s+up|look\s+(?:better|good|right|nicer)|better|nicer|prettier|more\s+(?:beautiful|attractive|positive|impressive)))
    | (?P<alter>{_ALTER})\s+{_DET}?{_MOD}{{0,2}}{_RECORD}(?=[^.;]{{0,40}}?\b(?:{_COVER_PURPOSE}))
    | (?P<fake_thing>fake|forged|falsified|doctored|fabricated|bogus|phony|phoney|made-up|false|backdated|padded|inflated|fraudulent)\s+
      {_MOD}{{0,1}}(?:receipts?|invoices?|signatures?|references?|sick\s+notes?|doctor's\s+notes?|degrees?|qualifications?|
         credentials|certificates?|timesheets?|time\s*sheets?|claims?|expense\s+claims?|reviews|records?|entries|hours|expenses|
         readings|results|figures|numbers|notes|logs?|ID|documents?|dates?|paperwork|accounts)
    | (?P<cv>(?:put|listed|added|claimed|wrote|said|stated|included|ticked)\s+(?:[^\s.;]+\s+){{0,10}}?(?:on|in|to)\s+(?:my|the|our)\s+{_CV}\b
        (?=[^.;]{{0,80}}?\b(?:when|though|although|even\s+though|while)\s+(?:really|actually|in\s+fact|in\s+reality|I\s+(?:still|only|hadn't|had\s+not|didn't|never|had\s+only)|I'd\s+only)))
    | (?P<cooked>cook(?:ed|ing)\s+the\s+books|lie[ds]?\s+(?:on|in)\s+(?:my|the|an?)\s+(?:[\p{{L}}-]+\s+)?{_CV}|lying\s+(?:on|in)\s+(?:my|the)\s+{_CV})
    # work claimed or recorded that was never done
    | (?P<claim>{_CLAIM})\s+(?:[\p{{L}}\p{{N}}'’£$€-]+\s+){{0,12}}?(?:{_NOT_DONE_TAIL}|without\s+(?:actually\s+|ever\s+)?
        (?:(?:doing|completing|carrying\s+out|performing|giving|visiting|seeing|attending|working|running)\s+(?:it|them|the|any)
           |(?:going|climbing|opening)\b|(?:checking|looking\s+at|inspecting|testing|counting|measuring)\s+(?:it|them)\b))
    | (?P<claim_as>(?:{_CLAIM}|report(?:ed|ing)))\s+(?:[\p{{L}}\p{{N}}'’-]+\s+){{0,6}}?as\s+(?:done|complete|completed|checked|passed|given|tested|present|
        clean|fixed|resolved|delivered|cleaned|inspected|signed\s+off)\b(?=[^.;]{{0,60}}?\b(?:though|when|but|although)\b[^.;]{{0,40}}?
        (?:n't|\bnot\b|\bnever\b|\bno\s+one\b|\bnobody\b))
    | (?P<clock>(?:sign(?:ed)?|clock(?:ed)?|punch(?:ed)?|swip(?:e|ed))\s+in\s+for\s+(?:a\s+|my\s+)?(?:[\p{{L}}-]+\s+)?(?:colleague|friend|someone|somebody|him|her|them|co-?worker|mate|team\s*mate))
    | (?P<sick>called\s+in\s+sick\s+(?:to|so|when|though|even\s+though|because\s+I\s+wanted)|
        (?:put\s+in|took|booked|claimed|phoned\s+in|called\s+in|rang\s+in)\s+(?:a\s+)?(?:sick(?:\s+day|\s+leave|ness)?|sickie)\s+
          (?:to\s+(?:go|attend|watch|see|travel|fly|interview|move|finish|play|catch|visit)|so\s+(?:that\s+)?I\s+could|because\s+I\s+wanted)|pulled\s+a\s+sickie|faked\s+(?:being\s+)?(?:sick|ill|illness))
    # lies
    | (?P<lie>(?<!\bthe\s)(?:lied|lie|lying|lies)(?!\s+(?:down|back|low|still|flat|awake|in\s+bed|ahead|dormant|idle|empty|unused|behind|beneath|under|within|with\s+(?:me|us|you|the)|to\s+(?:myself|ourselves))\b))
    | (?P<told_lie>(?:told|tell|telling)\s+(?:a\s+|an?\s+outright\s+|a\s+white\s+|a\s+few\s+|some\s+|little\s+)?lies?)
    | (?P<mislead>misl(?:ed|ead|eading)|deceiv(?:e|ed|ing)|dup(?:ed|ing)|hoodwink(?:ed|ing)|defraud(?:ed|ing)?|con(?:ned|ning))\s+
        (?:{_LISTENER}|(?:the|my|our|a|an)\s+[\p{{L}}-]+)
    | (?P<pretend>pretend(?:ed|ing)?\s+(?:that\s+)?(?:I|we|it|nothing|everything|the\s+[\p{{L}}-]+)(?:\s+had|\s+was|\s+were|\s+hadn't|\s+wasn't|'d|\s+had\s+been|\s+was\s+still)?\s+
        (?:happened|been|done|sent|finished|checked|fine|normal|ok|okay|working|received|seen|there|tested|wrong|on\s+track|ready|read|gone))
    | (?P<said_false>{_SAID}\s+(?:{_LISTENER}\s+)?(?:that\s+)?(?:[\p{{L}}\p{{N}}'’-]+\s+){{0,5}}?
        (?:[\p{{L}}]*(?:'s|’s|'d|’d|'re|’re)|was|were|is|are|had|has|have)\s+(?:[\p{{L}}\p{{N}}'’-]+,?\s+){{0,14}}?
        (?:when|though|although|even\s+though|while)\s+(?:in\s+fact\s+|really\s+|actually\s+|in\s+reality\s+)?(?:I|we|it|they|he|she|nothing|none|the\s+[\p{{L}}-]+)
        (?:'d|\s+had)?\s+(?:still\s+)?(?:wasn't|weren't|hadn't|haven't|hasn't|didn't|had\s+not|was\s+not|were\s+not|did\s+not|had\s+never|never|isn't|aren't|knew|was\s+still|had\s+only|only)
        (?!\s+(?:even\s+|actually\s+|properly\s+|yet\s+)?(?:looked|checked|read|asked|confirmed|verified|reviewed|counted|seen|spoken|talked|thought|considered|look|check|ask|confirm|verify|review|see)\b))
    | (?P<said_false2>(?:{_SAID}|{_CLAIM}|listed|put|wrote|added|described)\s+(?:{_LISTENER}\s+)?(?:that\s+)?(?:[\p{{L}}\p{{N}}'’-]+[,:]?\s+){{0,12}}?[\p{{L}}\p{{N}}'’-]+\s*[,—–-]\s*
        (?:which|and\s+that|and\s+it|it|that)\s+(?:wasn't|was\s+not|was\s+never|isn't|is\s+not|was\s+(?:a\s+(?:lie|fib)|false|untrue|made\s+up|invented|fiction)|weren't|were\s+not|
           nobody\s+had|no\s+one\s+had|nobody\s+was|they\s+hadn't|they\s+weren't|he\s+hadn't|she\s+hadn't|I\s+hadn't|we\s+hadn't|I\s+had\s+not|it\s+hadn't|hadn't)
        (?:\s+(?:true|the\s+case|accurate|correct|so|real))?(?!\s+(?:yet|at\s+the\s+time)))
    | (?P<made_up>ma(?:de|ke|king)\s+up\s+(?:a|an|some|the)\s+(?:[\p{{L}}-]+\s+)?(?:excuse|story|reason|explanation|alibi|number|figure|date|quote|source|answer))
    | (?P<denied>den(?:ied|y|ying)\s+(?:it|everything|all\s+knowledge|any\s+knowledge|that\s+I|that\s+we|having|doing|making|taking|breaking|knowing|touching|seeing|sending))
    | (?P<dishonest>dishonest|untruthful|deceitful|(?<=(?:n't|\bnot)\s+(?:\p{{L}}+ly\s+)?)(?:honest|truthful|straight|upfront|up-front)\s+(?:with|about|to))
    # hiding it
    | (?P<cover>cover(?:ed|ing)?\s+(?:it|this|that|them|everything|the\s+[\p{{L}}-]+(?:\s+[\p{{L}}-]+)?|my\s+[\p{{L}}-]+|our\s+[\p{{L}}-]+)?\s*up
        |cover(?:ed|ing)?\s+(?:my|our)\s+tracks|hush(?:ed|ing)?\s+(?:it\s+)?up|swe(?:pt|ep|eping)\s+(?:it|this|that|the\s+[\p{{L}}-]+|everything)\s+under\s+the\s+(?:carpet|rug))
    | (?P<hid>(?:hid|hide|hiding|hidden|conceal(?:ed|ing)?|bur(?:ied|y|ying))\s+(?:{_DET}?{_MOD}{{0,2}}(?:mistake|error|incident|bug|breach|loss|defect|
        accident|spill|near\s+miss|shortfall|problem|issue|fault|damage|discrepancy|evidence|results?|data|figures|numbers|failure|
        breakage|slip|it|this|that|them|what\s+(?:I|had|happened))|the\s+fact|{_DET}?(?:broken|damaged|faulty|cracked|dented|ruined|spoiled|smashed|burnt|burned|torn)\s+[\p{{L}}-]+))
    | (?P<quiet>(?:kept|keep|keeping)\s+(?:it|this|that|(?:the|my|our)\s+(?:mistake|error|incident|breach|loss|accident|slip|problem|shortfall|damage))\s+(?:quiet|secret|hidden|under\s+wraps|from\s+(?:(?:my|the|our)\s+[\p{{L}}-]+|everyone|anyone|them|him|her))\b
        |(?:kept|keep|keeping|stayed|stay)\s+(?:quiet|silent|my\s+mouth\s+shut|schtum|mum)\s+(?:about\s+(?:it|this|that|the|my|what)|and\s+hoped|hoping|rather\s+than|instead\s+of))
    | (?P<delete>(?:delet(?:ed|e|ing)|destroy(?:ed|ing)?|shredd(?:ed|ing)|shred|wip(?:ed|e|ing)|threw\s+away|binned|dumped)\s+{_DET}?{_MOD}{{0,2}}
        (?:emails?|evidence|logs?|messages?|records?|entries|files?|footage|notes|paperwork|forms?|receipts?|incident\s+reports?|audit\s+trail|history)
        (?=[^.;]{{0,50}}?\b(?:{_COVER_PURPOSE}|before\s+(?:anyone|anybody|the|my|it|they)|that\s+showed|that\s+proved)))
    | (?P<hoping>hop(?:ed|ing)\s+(?:that\s+)?(?:nobody|no\s+one|no-one|no\s+one\s+else|they\s+wouldn't|it\s+wouldn't\s+be|the\s+[\p{{L}}-]+\s+wouldn't|(?:my|our)\s+[\p{{L}}-]+\s+wouldn't)\s+(?:would\s+)?
        (?:notice|noticed|find\s+out|found\s+out|spot|spotted|check|checked|ask|asked|look|looked|see|saw|realise|realize|catch|trace|discover|be\s+(?:noticed|found|spotted|caught)))
    | (?P<blame>let\s+(?:[\p{{L}}-]+\s+){{1,3}}?take\s+the\s+(?:blame|fall|rap|heat)|blamed\s+(?:it\s+on\s+)?(?:[\p{{L}}-]+\s+){{1,3}}?for\s+(?:my|our)\s+(?:own\s+)?(?:mistake|error|slip|oversight))
    # other people's work
    | (?P<credit>t(?:ook|ake|aking|aken)\s+(?:the\s+|all\s+the\s+|all\s+of\s+the\s+|sole\s+|full\s+|most\s+of\s+the\s+)?credit\s+for
        |claim(?:ed|ing)?\s+(?:the\s+)?credit\s+for\s+(?!(?:my|our)\s+own)
        |pass(?:ed|ing)?\s+(?:[\p{{L}}'’-]+\s+){{1,6}}?off\s+as\s+(?:my|our)\s+own|pass(?:ed|ing)?\s+off\s+(?:[\p{{L}}'’-]+\s+){{1,6}}?as\s+(?:my|our)\s+own
        |(?:presented|presenting|submitted|submitting|listed|listing|showed|showing|claimed|claiming|described|describing|put|putting|signed|signing|
          handed|handing|passed|passing|included|including|published|publishing|ran|running|printed|printing)\s+(?:in\s+)?(?:[\p{{L}}'’-]+\s+){{0,8}}?as\s+(?:(?:my|our)\s+own\b(?!\s+(?:risk|fault|mistake|failure|time|expense))|mine\b|ours\b|(?:my|our)\s+(?:work|idea|design|analysis|code|research))
        |(?:{_CLAIM}|put|submitted|registered|booked|filed|published|presented|entered|ran|printed)\s+(?:[\p{{L}}'’-]+\s+){{1,5}}?under\s+(?:my|our)\s+(?:own\s+)?(?:names?|byline|credit|account)
        |let\s+(?:[\p{{L}}'’-]+\s+){{1,3}}?(?:congratulate|thank|praise|credit)\s+(?:me|us)\b(?=[^.;]{{0,40}}?\b(?:as\s+if|as\s+though|in\s+front\s+of|even\s+though|though|when|for\s+(?:her|his|their|the\s+team's)))
        |put\s+(?:only\s+)?my\s+(?:own\s+)?name\s+on\s+{_OTHERS_WORK}?(?:work|report|paper|analysis|design|research|code|slides|deck|idea))
    | (?P<plagiarism>plagiari[sz](?:e|es|ed|ing)|committed\s+plagiarism|copy-?past(?:ed|ing)|past(?:ed|ing)|photocopied|copied(?:\s+and\s+pasted)?|lift(?:ed|ing)|reus(?:ed|ing)|us(?:ed|ing)|
        t(?:ook|ake|aking)(?=\s+(?:\S+\s+){{0,3}}?(?:paragraphs?|sentences|passages?|text|sections?|chunks?|pages?|slides|wording|code|images?|photos?|diagrams?)\b))
        (?=\s+(?:[^.;]{{0,160}}?)\b(?:without|with\s+no)\s+(?:\p{{L}}+\s+(?:or|and)\s+)?(?:quoting|citing|crediting|referencing|acknowledging|attributing|attribution|credit|a\s+citation|
           citations?|a\s+reference|references?|quotation\s+marks|quote\s+marks|permission|a\s+licen[cs]e|paying))
    | (?P<plag2>plagiari[sz](?:ed|ing)|copied\s+{_OTHERS_WORK}(?:work|code|essay|report|design|thesis|answers|homework|assignment|coursework|paper|slides|analysis|proposal|pitch|deck|bid|
        content|article|blog|post|photos?|images?|text|wording|logo|lesson\s+plans?))
    | (?P<cheat>cheat(?:ed|ing)\s+(?:on|in|at|during)\s+{_DET}?{_MOD}{{0,2}}(?:exams?|tests?|quiz(?:zes)?|assessments?|audits?|certifications?|coursework|assignments?|inspections?|modules?|papers?|interviews?|tasks?|timesheets?|expenses|hours)
        |cheat(?:ed|ing)\s+(?:the|a|my|our)\s+(?:system|clients?|customers?|company|insurer|firm|business|tax|taxman|test|exam|audit)
        |(?:got|paid)\s+(?:a\s+|my\s+)?(?:friend|someone|somebody|brother|sister|classmate|flatmate)\s+to\s+(?:sit|take|write|do)\s+(?:my|the)\s+(?:exam|test|essay|assignment|coursework))
    # money and goods
    | (?P<steal>(?:stole|steal|stealing|(?<=(?:\bhad|'d|\bhave)\s+)stolen|shoplift(?:ed|ing)?|embezzl(?:e|ed|ing)|misappropriat(?:e|ed|ing)|siphon(?:ed|ing)?\s+off|
        skimm(?:ed|ing)\s+(?:off|money|cash|from|a\s+little|a\s+bit|some)|
        pocket(?:ed|ing)\s+(?:the\s+|some\s+|a\s+bit\s+of\s+the\s+|part\s+of\s+the\s+)?(?:difference|cash|money|tips|change|refunds?|fees?|commission|savings|surplus|float|deposit|\p{{Sc}}|\p{{N}}))\b
        (?!\s+(?:an?|the|some|a\s+few|few|\p{{N}}+|two|three|ten|twenty)\s+(?:hours?|minutes?|days?|moments?|weeks?|glances?|looks?|march|show|naps?|kiss)\b)(?!\s+(?:the\s+)?(?:show|glances?|moments?|a\s+look|base|bases|idea))
        |help(?:ed|ing)?\s+(?:myself|ourselves)\s+to|ma(?:de|ke)\s+off\s+with)
    | (?P<took>t(?:ook|ake|aking|aken)\s+(?:[\p{{L}}\p{{N}}£$€'’-]+\s+){{1,9}}?(?:without\s+(?:paying|permission|authori[sz]ation)|from\s+(?:the\s+)?(?:till|register|float|petty\s+cash|cash\s+box|tips?\s+jar|safe|collection)
        |from\s+(?:the\s+|a\s+|our\s+)?(?:site|shop|warehouse|store|stock\s*room|depot|office|yard|ward|kitchen|bar|job|van|client's\s+house)\s+(?:and\s+)?(?:sold|kept|pawned|took\s+(?:it|them)\s+home|home
          |used\s+(?:it|them)\s+(?:on|for|at|in)\s+(?:my|our)\s+(?:own|home|house|flat|garden|car))))
    | (?P<took_data>(?:copied|downloaded|took|emailed|e-mailed|forwarded|saved|exported|printed)\s+(?:[^\s.;]+\s+){{0,6}}?(?:lists?|database|data|files|contacts|records|details|spreadsheet|pipeline)\b
        (?=[^.;]{{0,100}}?\b(?:before\s+(?:I|we)\s+(?:left|resigned|quit|handed\s+in)|(?:to|at|for)\s+(?:my|the)\s+(?:new|next)\s+(?:job|practice|firm|employer|company|role|agency)|took\s+(?:it|them)\s+with\s+me)))
    | (?P<allowance>(?:took|kept\s+taking|kept\s+claiming|collected|drew|received|claimed)\s+(?:the\s+|my\s+|a\s+)?(?:[^\s.;]+\s+)?(?:allowance|payment|benefit|expenses|subsidy|grant|
        bonus|rebate|stipend|per\s+diem|mileage)\b[^.;]{{0,60}}?\b(?:I|we)(?:'d|\s+had)\s+already\s+(?:sold|given\s+up|left|closed|cancelled|returned|moved\s+out|stopped))
    | (?P<sold_kept>sold\s+(?:[^\s.;]+\s+){{1,12}}?(?:and\s+)?(?:kept|pocketed)\s+(?:the\s+|all\s+the\s+)?(?:money|cash|proceeds|profit)
        |paid\s+(?:it|them|the\s+[\p{{L}}-]+(?:\s+[\p{{L}}-]+)?)\s+into\s+my\s+(?:own|personal|private)\s+(?:bank\s+)?account)
    | (?P<kept_cash>kept\s+(?:the\s+|some\s+of\s+the\s+|part\s+of\s+the\s+)?(?:cash|tips|refunds?|difference|money|deposit|float|overpayment|commission)\s+(?:for\s+myself|myself|that|which|instead))
    | (?P<own_use>(?:used|put|charged|spent|took)\s+(?:the\s+|a\s+|my\s+)?(?:company|work|fuel|corporate|business|client|colleague's|manager's|boss's|firm's)\s+(?:[\p{{L}}-]+\s+)?
        (?:cards?|accounts?|logins?|passwords?|car|van|money|budget|funds?)\s+(?:to|for|on)\s+(?:[^\s.;]+\s+){{0,4}}?(?:my\s+own|myself|personal|private|my\s+(?:family|partner|wife|husband|kids|children|holiday|house))(?:\s+[\p{{L}}-]+)?)
    | (?P<company_card>(?:used|put|charged|expensed|claimed)\s+(?:[\p{{L}}'’-]+\s+){{0,5}}?(?:personal|private|family|holiday|my\s+own|my\s+(?:partner|wife|husband|kids|children|family)'s)\s+(?:[\p{{L}}-]+\s+)?(?:\p{{L}}+\s+)?
        (?:on|to|as|through)\s+(?:the\s+|a\s+|my\s+)?(?:company|corporate|work|business|firm's|client|expenses|project|expense)
        |(?:used|put)\s+(?:the\s+)?(?:company|corporate|work|business)\s+(?:credit\s+)?card\s+(?:for|on)\s+(?:a\s+|my\s+)?(?:personal|private|family|holiday|own)(?:\s+[\p{{L}}-]+)?)
    | (?P<tax>(?:didn't|did\s+not|never|failed\s+to)\s+declare\s+(?:[\p{{L}}-]+\s+){{0,3}}?(?:income|earnings|cash|tips|profits?|takings|gains?|payments?|work)
        |under-?declar(?:e|ed|ing)|tax\s+(?:evasion|fraud)|evad(?:e|ed|ing)\s+(?:[\p{{L}}-]+\s+)?tax(?:es)?|paid\s+(?:[\p{{L}}-]+\s+){{0,3}}?cash\s+in\s+hand\s+to\s+avoid)
    | (?P<bribe>(?:took|accepted|accept|take|taking|offered|paid|gave|pay|give)\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:bribes?|kickbacks?|backhanders?|brown\s+envelopes?|inducements?)
        |(?:accepted|took|received)\s+(?:a\s+|an\s+|some\s+|two\s+|free\s+)?(?:[\p{{L}}-]+\s+)?(?:gifts?|vouchers?|tickets?|hospitality|cash|money|holiday|trip|meal|bottles?|hamper)\s+(?:[^\s.;]+\s+){{0,4}}?
          from\s+(?:a|the|our|one\s+of\s+(?:our|the))\s+(?:[\p{{L}}-]+\s+)?(?:supplier|vendor|contractor|client|bidder|customer|agency|developer)s?
          (?=[^.;]{{0,80}}?\b(?:won|win|got|award|chose|picked|made\s+sure|the\s+(?:order|contract|tender|work)))
        |(?:gave|awarded|handed|steered)\s+(?:my|a)\s+(?:friend|cousin|brother|sister|relative|partner|wife|husband|mate|uncle|aunt|brother-in-law|sister-in-law|father|mother|dad|mum|son|daughter)
          (?:'s\s+(?:firm|company|business|agency|shop|team))?\s+(?:the\s+|a\s+)?(?:[\p{{L}}-]+\s+)?(?:contract|work|job|tender|order|deal)
        |bribed\s+(?!(?:[\p{{L}}-]+\s+){{0,4}}?with\s+(?:[\p{{L}}-]+\s+)?(?:pizza|doughnuts|donuts|cake|biscuits|coffee|snacks|food|treats|sweets|beer|lunch|chocolate|cookies|croissants))
        |insider\s+(?:trading|dealing)|(?:gave|awarded|steered|pushed|handed)\s+(?:the\s+|a\s+)?{_MOD}{{0,2}}(?:contract|work|job|tender|business|order|deal)\s+to\s+(?:my|a)\s+
          (?:friend|cousin|brother|sister|relative|family|partner|wife|husband|mate|uncle|aunt|brother-in-law|sister-in-law)(?:'s\s+(?:firm|company|business|agency|shop|team))?)
    # confidential data on purpose
    | (?P<leak>leak(?:ed|ing)\s+(?!out\s+of\b)(?:out\s+)?(?:{_DET}?{_MOD}{{0,2}}(?:news|plans?|roadmap|date|figures|results|story|deal|details|data|information|info|
        documents?|files?|pricing|prices|salar(?:y|ies)|list|secrets|designs?|code|specs?|minutes|emails?|contracts?|bids?|tender|numbers|names|report|memo|deck|slides|screenshots?)
        |(?:it|this|that|them)\s+to\s+{_OUTSIDER}))
    | (?P<share>(?:forward(?:ed|ing)?|email(?:ed|ing)?|e-mailed|shar(?:ed|ing)|sen(?:t|ding)|pass(?:ed|ing)(?:\s+on)?|post(?:ed|ing)|gave|giv(?:ing|en)|upload(?:ed|ing)|show(?:ed|ing)|copi(?:ed)|copying|download(?:ed|ing)|took|taken)
        \s+(?:out\s+|on\s+)?{_DET}?{_MOD}{{0,2}}?(?:{_SECRET}\s+{_MOD}{{0,2}}?|client\s+lists?|customer\s+lists?|patient\s+records?|salary\s+(?:data|spreadsheet|list|bands?)|the\s+salaries)
        (?:[\p{{L}}-]+\s+){{0,3}}?(?:\s*)(?:to|with|on|into|onto|from)\s+(?:(?:a|an|the|my|our|some|one\s+of\s+my)\s+)?{_OUTSIDER})
    | (?P<share2>(?:forward(?:ed|ing)?|email(?:ed|ing)?|shar(?:ed|ing)|sen(?:t|ding)|pass(?:ed|ing)(?:\s+on)?|gave|show(?:ed|ing)|told)\s+(?:[\p{{L}}\p{{N}}'’-]+\s+){{1,8}}?
        (?:to|with)\s+(?:(?:a|an|the|my|our|some|one\s+of\s+my)\s+)?{_OUTSIDER}(?=[^.;]{{0,80}}?\b(?:(?:even\s+though|although|though|when|despite|knowing)\b[^.;]{{0,40}}?\b(?:confidential|NDA|embargo|embargoed|private|not\s+allowed|wasn't\s+allowed|not\s+supposed|wasn't\s+supposed|restricted|secret)|confidential|under\s+(?:an\s+)?NDA)))
    # people
    | (?P<harass>(?:(?:sexually\s+)?harass(?:ed|ing)|grop(?:ed|ing)|bull(?:ied|ying)|intimidat(?:ed|ing)|victimi[sz](?:ed|ing)|discriminat(?:ed|ing)\s+against)
        (?:\s+(?:a|an|the|my|our|one\s+of\s+(?:my|the|our)|two|three|several|some)\s+(?:[\p{{L}}-]+\s+)?(?:colleague|co-?worker|junior|intern|starter|new\s+hire|employee|student|pupil|apprentice|trainee|
          member|team\s*mate|report|assistant|woman|women|girl|waitress|waiter|nurse|patient|resident|subordinate|peer|classmate|designer|developer|engineer|analyst|associate|cleaner|worker|staff)s?
          |\s+(?:her|him|them)|(?=\s*[.,;]))(?!\s+(?:about|for|into|by|until)\b))
    | (?P<remarks>ma(?:de|ke|king)\s+(?:a\s+|some\s+|several\s+|a\s+few\s+|the\s+odd\s+|repeated\s+)?(?:sexual|sexist|racist|homophobic|transphobic|inappropriate|offensive|crude|lewd|derogatory|suggestive|unwanted)\s+
        (?:comments?|jokes?|remarks?|advances?|passes|gestures?)
        |ma(?:de|ke|king)\s+(?:a\s+|some\s+|several\s+|a\s+few\s+|repeated\s+)?(?:comments?|jokes?|remarks?)\s+about\s+(?:[\p{{L}}'’-]+\s+){{0,3}}?(?:body|bodies|appearance|looks|weight|figure|chest|legs|bum|accent|religion|race|skin|sexuality|headscarf|hijab)
        |touched\s+(?:[\p{{L}}-]+\s+){{1,3}}?(?:inappropriately|without\s+(?:her|his|their)\s+consent))
    | (?P<discriminate>(?:reject(?:ed|ing)?|turn(?:ed|ing)?\s+down|screen(?:ed|ing)?\s+out|filter(?:ed|ing)?\s+out|pass(?:ed|ing)?\s+over|marked\s+down|binn(?:ed|ing)|exclud(?:ed|ing)|
        (?<=(?:n't|\bnot)\s+)(?:hire|shortlist|promote|interview|employ|invite|pick)|ruled?\s+out)
        \s+(?:[\p{{L}}\p{{N}}'’-]+\s+){{0,6}}?(?:because|purely\s+because|just\s+because|on\s+account|based\s+on|due\s+to|for\s+being)\s+(?:of\s+)?
        (?:[\p{{L}}'’-]+\s+){{0,3}}?{_PROTECTED})
    # safety and legal rules broken on purpose
    | (?P<bent>(?:skipp(?:ed|ing)|bypass(?:ed|ing)?|ignor(?:ed|ing)|disabl(?:ed|ing)|overr(?:ode|idden|iding)|switch(?:ed|ing)\s+off|turn(?:ed|ing)\s+off|
        tap(?:ed|ing)\s+over|cut(?:ting)?\s+corners\s+on|bro(?:ke|ken)|break(?:ing)?|breach(?:ed|ing)|violat(?:ed|ing)|bent|bend(?:ing)?|got\s+(?:round|around)|
        work(?:ed|ing)?\s+(?:round|around)|fiddl(?:ed|ing)\s+with|remov(?:ed|ing)|waiv(?:ed|ing))\s+
        {_DET}?{_MOD}{{0,2}}{_SAFETY}(?=[^.;]{{0,60}}?\b{_INTENT}))
    | (?P<made_up_post>(?:figures|numbers|readings|results|data|entries|temperatures?|hours|scores|answers|responses|quotes|names|dates|values)\s+(?:that\s+)?
        (?:I|we)\s+(?:had\s+|'d\s+)?(?:made\s+up|invented|fabricated|faked|guessed|pulled\s+out\s+of\s+(?:thin\s+air|nowhere)))
    | (?P<a_lie>(?:which|that|it|this)\s+(?:was|is)\s+(?:\p{{L}}+ly\s+)?(?:a\s+(?:complete\s+|flat\s+|white\s+|outright\s+|total\s+|barefaced\s+)?lie|not\s+true|untrue|false|a\s+fib))
    | (?P<sig>sign(?:ed|ing)\s+{_OTHERS_WORK}?(?:name|initials|signature)s?|
        (?:wrote|put|added|scribbled|copied|used)\s+{_OTHERS_WORK}(?:name|initials|signature)s?\s+(?:on|to|in)\s+(?:the|a|an|her|his|their)\s+(?:[\p{{L}}-]+\s+)?
          (?:chart|form|register|record|log|sheet|prescription|certificate|timesheet|report|cheque|consent|checklist|approval|order)s?\b|sign(?:ed|ing)\s+(?:on\s+)?behalf\s+of\s+(?:[\p{{L}}'’-]+\s+){{1,3}}?without\s+(?:permission|asking|telling))
    | (?P<took_home>t(?:ook|aken)\s+home\s+(?:[\p{{L}}\p{{N}}'’-]+\s+){{1,10}}?(?:without\s+(?:asking|permission|paying|telling)|and\s+(?:sold|kept|used))
        |t(?:ook|aken)\s+(?:[\p{{L}}\p{{N}}'’-]+\s+){{1,8}}?home\s+(?:[\p{{L}}\p{{N}}'’-]+\s+){{0,4}}?(?:without\s+(?:asking|permission|paying|telling)|and\s+(?:sold|kept|used)))
    | (?P<exam_leak>(?:gave|sent|showed|passed|leaked|shared|slipped|told)\s+(?:[\p{{L}}'’-]+\s+){{0,3}}?(?:the\s+|some\s+of\s+the\s+)?(?:exam|test|interview|assessment|quiz)\s+(?:questions|answers|paper|papers))
    | (?P<sold_data>sold\s+{_DET}?(?:customer|client|patient|user|staff|employee|member|subscriber)s?'?\s+(?:[\p{{L}}-]+\s+)?(?:data|details|records|information|e-?mail\s+addresses|addresses|phone\s+numbers|contacts))
    | (?P<petty>(?:used|spent|borrowed|dipped\s+into|took)\s+(?:the\s+|some\s+of\s+the\s+)?(?:petty\s+cash|float|till\s+money|company\s+(?:money|funds|card|account)|corporate\s+card|client\s+(?:money|funds|account))\s+
        (?:for|on|to\s+(?:pay|buy|cover))\s+(?:my|a|our|personal|private|family)\b)
    | (?P<knowing>knowing\s+(?:full\s+well\s+)?(?:that\s+)?(?:it|he|she|they|the\s+[\p{{L}}-]+(?:\s+[\p{{L}}-]+)?|his|her|their|I|we)(?:\s+had|\s+was|\s+were|'d|\s+had\s+been)?\s+(?:[\p{{L}}-]+\s+){{0,2}}?
        (?:understated|overstated|inflated|falsified|fabricated|padded|backdated|false|wrong|fake|fraudulent|hidden|hid|under-?declared|illegal|unsafe|incorrect|
           inaccurate|untrue|not\s+true|misleading|a\s+lie|lied|cheated|wasn't\s+true|out\s+of\s+date|expired|contaminated|faulty))
    | (?P<knew>(?:even\s+though|although|though|knowing|despite\s+knowing|when)\s+(?:that\s+)?(?:I\s+knew\s+(?:that\s+)?|full\s+well\s+(?:that\s+)?)?
        (?:(?:it|this|that|what\s+I\s+was\s+doing|the\s+[\p{{L}}-]+)(?:'s|\s+was|\s+were|\s+is)\s+(?:\p{{L}}+\s+)?(?:wrong|illegal|against\s+(?:the\s+)?(?:[\p{{L}}-]+\s+)?(?:rules|policy|law|regulations|procedure|protocol|code)|
           dishonest|fraud|fraudulent|unlawful|a\s+breach|a\s+lie|false|untrue|unsafe|confidential|under\s+(?:an\s+)?NDA|embargoed)
        |(?:I|we|it)(?:\s+wasn't|\s+weren't|\s+was\s+not|\s+were\s+not|'s\s+not|\s+isn't)\s+(?:\p{{L}}+\s+)?(?:allowed|supposed|meant|authori[sz]ed|permitted)\s+to))
    """
)

# -- the idea, in any words ------------------------------------------------------------------
# Most integrity stories pair something the writer did with a word that gives away the
# deceit: the purpose ("so the numbers would look right"), the truth beside it ("when
# really I had a GCSE"), the silence after it ("and said nothing"), the secret and the
# public place it went to, a limit passed to keep up. A sentence that holds both, with the
# writer as the one who acted, reads as an integrity failure whatever the trade.

# The writer acting: "I", "we", with auxiliaries and adverbs, then a verb.
_WRITER_ACT = words(
    r"""(?:I|we)(?:'d|\s+had|\s+then|\s+just|\s+also|\s+simply|\s+quietly|\s+still|\s+even|\s+\p{L}+ly)*\s+
        (?P<act>(?:was|were)\s+\p{L}+ing|\p{L}+(?:ed|ote|ook|ave|ept|aid|old|ut|et|an|ade|ent|id)|kept|put|set|told|said|sent|took|gave|made|ran|wrote|hid|went|let|got|did|left|spent|sold|bought|brought|cut|lent)"""
)
# What a deceit makes look right: a record, a figure, the work on paper.
_RECORDISH = r"""(?:numbers|figures|stats|statistics|data|results|file|files|record|records|report|reports|log|logs|dashboard|sheet|timesheet|
    books|accounts|audit|register|chart|metrics|KPIs?|queue|pipeline|score|scores|rate|budget|forecast|project|application|CV|claim|claims|
    site|paperwork|returns|spreadsheet|tracker|figure|total|totals|month|quarter|week|trial|study|sample|survey|grades|marks|headcount|inspection)"""
_PURPOSE = words(
    r"""(?:so|so\s+that|in\s+order\s+that)\s+(?:the\s+|my\s+|our\s+|its\s+|their\s+)?(?:[^\s.;,]+\s+){0,2}?_RECORDISH_\s+(?:would|could|might|will|did)\s+(?:not\s+|n't\s+)?
          (?:look|seem|appear)(?:ed)?\s+(?:\p{L}+ly\s+)?(?:spent|used|balanced|reconciled|accurate|correct|consistent|plausible|realistic|right|good|better|fine|complete|finished|done|resolved|green|healthy|normal|ok|okay|on\s+track|in\s+line|
             bigger|stronger|higher|lower|clean|as\s+if|as\s+though|like|busy|full|compliant|up\s+to\s+date|valid|genuine|legitimate|authentic|successful|productive)
      | (?:so|so\s+that)\s+(?:[^\s.;,]+\s+){0,5}?(?:stayed|stays|would\s+stay|remained|showed|would\s+show)\s+(?:green|on\s+track|above|below|within|in\s+line|healthy|clean|at\s+\p{N})
      | (?:so|so\s+that)\s+(?:[^\s.;,]+\s+){0,5}?(?:wouldn't|would\s+not|couldn't|could\s+not|didn't|did\s+not)\s+(?:count|show|show\s+up|appear|register|be\s+(?:seen|noticed|spotted|flagged|traced))
      | (?:so|so\s+that)\s+(?:nobody|no\s+one|no-one|they|the\s+\p{L}+)\s+(?:would|could)(?:n't|\s+not|\s+never)\s+(?:notice|find\s+out|see|tell|spot|trace|check)
      | to\s+make\s+(?:[^\s.;,]+\s+){1,4}?(?:look|seem|appear)\s+(?:complete|right|better|good|fine|green|on\s+track|finished|done|normal|bigger|healthier|as\s+if)
      | to\s+(?:protect|keep|save|hit|make|meet|hold\s+on\s+to)\s+(?:my|our|the)\s+(?:bonus|commission|target|numbers|figures|quota|KPIs?|rating|stats|SLA)
      | (?:so|so\s+that)\s+(?:[^\s.;,]+\s+){0,5}?(?:would|could|might|will)\s+(?:hit|meet|make|reach|pass|beat)\s+(?:[^\s.;,]+\s+){0,3}?(?:target|quota|KPIs?|numbers|figures|threshold|SLA|bonus|audit|inspection)s?
      | (?:so|so\s+that)\s+(?:[^\s.;,]+\s+){0,5}?(?:wouldn't|would\s+not|couldn't|could\s+not|didn't|did\s+not)\s+(?:reach|get\s+to|go\s+to|get\s+(?:a\s+warning|caught|in\s+trouble|flagged|marked|disciplined|penali[sz]ed|fined|docked|written\s+up))""".replace("_RECORDISH_", _RECORDISH)
)
_TRUTH_BESIDE = words(
    r"""(?:when|while|though|although|even\s+though|but|whereas)\s+(?:(?:I|we|it|they|he|she|there)(?:'d|\s+had|\s+was|\s+were|\s+did)?\s+)?(?:in\s+truth|in\s+fact|really|actually|in\s+reality|the\s+truth\s+was)
      | (?:when|while|though|although|even\s+though|despite)\s+(?:I|we)\s+(?:knew|had\s+known|was\s+aware)
      | which\s+(?:(?:it|they|I|we|he|she)\s+(?:hadn't|wasn't|weren't|didn't|had\s+not|was\s+not|were\s+not|did\s+not)|(?:nobody|no\s+one)\s+(?:had|was|were|did))(?=\s*[,.;—–-]|\s*$)
      | as\s+(?:if|though)\s+(?:I|we)\s+had
      | (?:even\s+though|although|though|despite)\s+(?:the\s+|our\s+)?(?:policy|rules?|procedure|law|contract|code\s+of\s+conduct|guidance)\s+(?:said|says|required|forbade|prohibited|stated|made\s+clear)
      | (?:fault|blame|doing)\s+(?:[^\s.;,]+\s+){0,3}?(?:when|though|although|but)\s+(?:really\s+|actually\s+|in\s+fact\s+)?(?:I|we)\s+(?:had|'d)\s+(?:just\s+|simply\s+|only\s+)?(?:forgotten|missed|lost|broken|not|never|failed)
      | because\s+(?:the\s+)?(?:[^\s.;,]+\s+){0,3}?(?:was|is)\s+(?:my|a)\s+(?:close\s+|old\s+)?(?:friend|cousin|brother|sister|relative|partner|mate|ex|neighbour|in-law)
      | (?:pretending|pretended|posing|posed)\s+(?:to\s+be|as)\s+(?:my|a|an|the|his|her)\s+(?:[^\s.;,]+\s+)?(?:reference|referee|manager|boss|doctor|customer|client|parent|landlord|employer|officer|colleague)
      | (?:that|which)\s+(?:were|was)\s+(?:meant|supposed|due)\s+to\s+(?:go\s+back|be\s+returned|be\s+sent\s+back|go\s+to\s+(?:the|a))      | as\s+(?:if|though)\s+(?:they|it|these|this|those)\s+(?:were|was)\s+(?:my|mine|our|ours)\b
      | (?:even\s+though|although|though|when|while)\s+(?:the|my|our)\s+(?:[^\s.;,]+\s+){0,2}?(?:log|logs|record|records|data|test|tests|results|figures|numbers|readings|report|system|
          tracker|evidence|photos|footage|sensor|gauge|scan)\s+(?:clearly\s+)?(?:showed|said|recorded|listed|proved|read)"""
)
_SILENCE = words(
    r"""said\s+nothing|kept\s+(?:quiet|silent|it\s+to\s+myself|it\s+quiet)|told\s+(?:no\s+one|nobody|no-one)|
        (?:didn't|did\s+not|never)\s+(?:tell|inform|mention\s+(?:it|this|that)\s+to|say\s+anything\s+to|declare\s+(?:it|this|that)\s+to|let\s+\S+\s+know)\b(?!\s+(?:\S+\s+){0,3}?(?:until|till|straight\s+away|at\s+first))(?:\s+(?:any\s+of\s+them|a\s+soul|(?:the|my|our)\s+\p{L}+|\p{L}+))?"""
)
# What a silence covers: something taken, changed or patched, or the truth not told.
_COVERED = words(
    r"""instead\s+of\s+(?:telling|admitting|owning\s+up|reporting|flagging|ordering|replacing|redoing)|rather\s+than\s+(?:telling|admitting|owning\s+up|reporting)|
        kept\s+(?:the|it|them)|pocketed|packed|filled|patched|painted\s+over|covered|hid|binned|deleted|backdated|
        charged|billed|invoiced|claimed|awarded|gave\s+(?:my|a|the)\s+(?:friend|cousin|brother|sister|relative|partner|wife|husband|mate)"""
)
# Done on purpose to what should have been shown: "I deliberately left the failed test out".
_DELIBERATE = words(r"deliberately|purposely|purposefully|knowingly|intentionally|consciously")
_SUPPRESS = words(r"left(?=\s+(?:\S+\s+){1,6}?out\b)|omitted|removed|deleted|hid|withheld|suppressed|misled|overcharged|undercharged|backdated|understated|overstated|binned|destroyed")
_SECRET_WORD = words(r"internal|confidential|unreleased|embargoed|NDA|proprietary|private|restricted|secret|not\s+(?:yet\s+)?public")
_PUBLIC_PLACE = words(
    r"""Discord|Reddit|forum|online|social\s+media|Twitter|Facebook|Instagram|TikTok|LinkedIn|WhatsApp|group\s+chat|public|press|journalists?|
        competitors?|rivals?|rival\s+firm|old\s+boss|former\s+(?:boss|employer|colleague)|fans?|friends?|my\s+(?:personal|home)\s+(?:e-?mail|account|laptop|drive)"""
)
_SHARE_ACT = words(r"posted|shared|leaked|uploaded|sent|forwarded|showed|tweeted|screenshotted|published|passed\s+on|emailed")
_PAST_LIMIT = words(
    r"""(?:kept|carried\s+on|continued|went\s+on)\s+\p{L}+ing\s+(?:[^\s.;]+\s+){0,8}?(?:above|over|past|beyond|through)\s+(?:the\s+)?(?:[^\s.;]+\s+){0,4}?
        (?:limit|threshold|maximum|alarm|warning|cut-?off)s?"""
)
_PRESSED = words(r"because|to\s+(?:hit|meet|keep|finish|make)|target|behind|without\s+(?:calling|telling|stopping|reporting|asking|flagging)")


# A false statement needs a verb of saying or recording: "I told", "I logged", "I signed".
_STATED = words(
    r"""told|said|wrote|reported|logged|recorded|entered|signed|ticked|marked|put|listed|claimed|assured|confirmed|answered|replied|let|
        described|stated|billed|charged|invoiced|filled|(?:was|were)\s+(?:writing|telling|saying|logging|recording|filling|signing)|swore|insisted|promised"""
)
# A promise or an estimate, not a claim of fact.
_FORECAST = LazyPattern(r"\b(?:would|will|could|should|going\s+to|by\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+end|tomorrow|next))\b|'d\s+be\b|'ll\b", regex.I)
# Cues that carry their own deceit whatever the verb: a rule known, a favour, an impersonation, goods kept.
_TRUTH_NEEDS_NO_STATEMENT = words(
    r"(?:even\s+though|although|though|despite|because|that|which)\b(?!\s+(?:it|they|I|we|he|she)\s)|pretend\p{L}*|pos(?:ing|ed)|as\s+(?:if|though)\s+(?:they|it|these|this|those)\b"
)
# Words a sentence must hold for each step, looked up in its word list before any pattern runs.
_WRITER_WORDS = frozenset({"i", "we", "i'd", "we'd"})
_SECRET_WORDS = frozenset("internal confidential unreleased embargoed nda proprietary private restricted secret public".split())
_LIMIT_WORDS = frozenset("limit limits threshold thresholds maximum alarm alarms warning warnings cut cutoff".split())
_SILENCE_WORDS = frozenset("said kept told didn't did never".split())


def _concept_spans(draft, text, sentence):
    """Spans where the writer's act and a giveaway of deceit share a sentence."""
    tokens = {word for _offset, word in sentence_tokens(draft).get(sentence.start, ())}
    if not tokens & _WRITER_WORDS:
        return
    acts = [m for m in _WRITER_ACT.finditer(text, sentence.start, sentence.end)]
    if not acts:
        return
    for act in acts:
        if _DELIBERATE.search(act.group()) and _SUPPRESS.match(text, act.start("act"), sentence.end):
            yield act.start("act"), act.end("act")
            return
    cues = ((_PURPOSE, True), (_TRUTH_BESIDE, False)) + (((_SILENCE, False),) if tokens & _SILENCE_WORDS else ())
    for cue_pattern, before_ok in cues:
        for cue in cue_pattern.finditer(text, sentence.start, sentence.end):
            if cue_pattern is _TRUTH_BESIDE and not _TRUTH_NEEDS_NO_STATEMENT.match(cue.group()):
                act = _act_for(acts, cue, before_ok, text, sentence.start)
                if act is None or not _STATED.match(act.group("act")) or _FORECAST.search(text, act.end(), cue.start()):
                    continue  # "I told the team we'd be done by Friday, when actually ..." was an estimate
            if cue_pattern is _SILENCE and not _COVERED.search(text, sentence.start, sentence.end):
                continue
            act = _act_for(acts, cue, before_ok, text, sentence.start)
            if act is not None:
                yield act.start("act"), max(act.end("act"), cue.end()) if act.start() < cue.start() else act.end("act")
                return
    if not tokens & _SECRET_WORDS:
        shares = ()
    else:
        shares = _SHARE_ACT.finditer(text, sentence.start, sentence.end)
    for share in shares:
        if _SECRET_WORD.search(text, sentence.start, sentence.end) and _PUBLIC_PLACE.search(text, sentence.start, sentence.end):
            if any(act.start() < share.start() for act in acts) and _writer_leads(text, sentence.start, share.start()):
                yield share.span()
                return
    if not tokens & _LIMIT_WORDS:
        return
    limit = _PAST_LIMIT.search(text, sentence.start, sentence.end)
    if limit is not None and _PRESSED.search(text, limit.end(), sentence.end):
        if any(act.start("act") == limit.start() for act in acts):
            yield limit.span()


def _act_for(acts, cue, before_ok: bool, text: str = "", sentence_start: int = 0):
    """The writer's act the cue belongs to: the last one before it, or (for a purpose that opens
    the sentence, "To make the file look complete, I ...") the first one after it."""
    before = [act for act in acts if act.end() <= cue.start()]
    if before:
        return before[-1]
    if before_ok and not text[sentence_start : cue.start()].strip(" ,;:-\u2013\u2014"):
        after = [act for act in acts if act.start() >= cue.end()]
        return after[0] if after else None
    return None


# The word each kind of finding starts with (by its beginning): a kind's pattern is only
# tried, anchored, where a sentence has such a word, so most words cost one set lookup.
_FIRST_WORDS = {
    "falsify": "falsif fabricat forg doctor fudg backdat back fak manipulat fiddl tamper massag pad inflat exaggerat embellish made make making bump beef juic gam misreport misrepresent overstat understat underreport overreport underdeclar",
    "rounded": "round invent",
    "made_fit": "made make making",
    "alter": "alter adjust tweak chang edit rewr amend updat correct fill wrote write writing",
    "fake_thing": "fake forged falsified doctored fabricated bogus phon made-up false backdated padded inflated fraudulent",
    "cv": "put listed added claimed wrote said stated included ticked",
    "cooked": "cook lie lying",
    "claim": "claim bill charg invoic expens chart log record document tick mark initial enter certif signed signing put wrote write writing fill paid",
    "claim_as": "claim bill charg invoic expens chart log record document tick mark initial enter certif signed signing put wrote write writing fill paid report",
    "clock": "signed clock punch swip",
    "sick": "called pull faked put took booked claimed phoned rang",
    "lie": "lie lying",
    "told_lie": "told tell",
    "mislead": "misl deceiv dup hoodwink defraud con",
    "pretend": "pretend",
    "said_false": "told tell said say assur promis report wrote emailed confirm insist claim swore answer repl inform",
    "said_false2": "told tell said say assur promis report wrote emailed confirm insist claim swore answer repl inform bill charg invoic expens chart log record document tick mark initial enter certif signed signing put wrote write writing fill paid listed added describ",
    "made_up": "made make making",
    "denied": "den",
    "dishonest": "dishonest untruthful deceitful honest truthful straight upfront",
    "cover": "cover hush swe",
    "hid": "hid hide hiding conceal bur",
    "quiet": "kept keep stay",
    "delete": "delet destroy shred wip threw binn dump",
    "hoping": "hop",
    "blame": "let blamed",
    "credit": "took take taking taken claim pass present submitt list show describ put signed hand regist book filed publish enter bill charg invoic expens chart log record document tick mark initial certif wr fill paid let",
    "plagiarism": "plagiar committed copy copi lift reus us took take taking past photocop",
    "plag2": "plagiar copied",
    "cheat": "cheat got paid",
    "steal": "stole steal stolen shoplift embezzl misappropriat siphon skimm pocket help made make",
    "took": "took take taking taken",
    "took_data": "copied download took emailed e-mailed forward saved export printed",
    "sold_kept": "sold paid",
    "allowance": "took kept collected drew received claimed",
    "kept_cash": "kept",
    "own_use": "used put charged spent took",
    "company_card": "used put charged expensed claimed",
    "tax": "didn did never failed underdeclar tax evad paid",
    "bribe": "took accept take taking offer paid gave pay give brib insider award steer push hand receiv",
    "leak": "leak",
    "share": "forward email e-mail shar sen pass post gave giv upload show copi copying download took taken",
    "share2": "forward email shar sen pass gave show told",
    "harass": "sexually harass grop bull intimidat victimi discriminat",
    "remarks": "made make making touched",
    "discriminate": "reject turn screen filter pass marked binn exclud hire shortlist promot interview employ invit pick rule",
    "bent": "skipp bypass ignor disabl overr switch turn tap cut bro break breach violat bent bend got work fiddl remov waiv",
    "made_up_post": "figures numbers readings results data entries temperature temperatures hours scores answers responses quotes names dates values",
    "a_lie": "which that it this",
    "sig": "signed signing wrote put added scribbled copied used",
    "took_home": "took taken",
    "exam_leak": "gave sent showed passed leaked shared slipped told",
    "sold_data": "sold",
    "petty": "used spent borrowed dipped took",
    "knowing": "knowing",
    "knew": "even although though knowing despite when",
}


_ANY = r"[^.;!?]{0,160}?"
# A cheap look ahead for kinds that need a word later in the sentence, so a miss fails fast.
_GUARDS = {
    "claim": rf"{_ANY}(?:n't|\bnot\b|\bnever\b|\bwithout\b|\bnobody\b|\bno\s+one\b|\bonly\b|\bcut\s+short\b|\bskipped\b|\bcancelled\b|\babandoned\b|\bleft\s+early\b)",
    "claim_as": rf"{_ANY}\bas\s+(?:done|complete|completed|checked|passed|given|tested|present|clean|fixed|resolved|delivered|cleaned|inspected|signed)\b",
    "said_false": rf"{_ANY}\b(?:when|though|although|while)\b",
    "said_false2": rf"{_ANY}[,—–-]\s*(?:which|and|it|that)\s",
    "credit": rf"{_ANY}\b(?:credit|own|names?|congratulate|thank|praise|mine|ours|byline)\b",
    "share": rf"{_ANY}\b(?:to|with|on|into|onto|from)\b",
    "share2": rf"{_ANY}\b(?:confidential|NDA|embargo|embargoed|private|allowed|supposed|restricted|secret)\b",
    "alter": rf"{_ANY}\b(?:so|to|hoping|in\s+the\s+hope)\b",
    "delete": rf"{_ANY}\b(?:so|to|hoping|in\s+the\s+hope|before|that)\b",
    "bent": rf"{_ANY}\b(?:on\s+purpose|deliberately|knowingly|intentionally|anyway|to|so|because)\b",
    "plagiarism": rf"[^.;!?]{{0,240}}?\b(?:without|with\s+no)\b",
    "took": rf"{_ANY}\b(?:without|from)\b",
    "took_data": rf"{_ANY}\b(?:before|new|next|with\s+me)\b",
    "knew": rf"{_ANY}\b(?:wrong|illegal|against|dishonest|fraud|fraudulent|unlawful|breach|lie|false|untrue|unsafe|confidential|NDA|embargoed|allowed|supposed|meant|authori[sz]ed|permitted)\b",
    "discriminate": rf"{_ANY}\b(?:because|account|based|due|being)\b",
    "company_card": rf"{_ANY}\b(?:personal|private|family|holiday|own|partner|wife|husband|kids|children)\b",
    "blame": rf"{_ANY}\b(?:blame|fall|rap|heat|mistake|error|slip|oversight)\b",
}


def _split_kinds(source: str) -> dict[str, regex.Pattern]:
    """One anchored pattern per named top-level alternative of ``source``."""
    parts, depth, current, index = [], 0, [], 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            current.append(source[index : index + 2])
            index += 2
            continue
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    kinds = {}
    for part in parts:
        name = regex.search(r"\(\?P<(\w+)>", part).group(1)
        guard = _GUARDS.get(name)
        kinds[name] = words(rf"(?={guard}){part}" if guard else part)
    return kinds


_KINDS = _split_kinds(_ETHICS_SOURCE)
assert set(_KINDS) == set(_FIRST_WORDS), set(_KINDS) ^ set(_FIRST_WORDS)
_ORDER = list(_KINDS)
_BY_STEM: dict[str, list[str]] = {}
for _kind in _ORDER:
    for _stem in _FIRST_WORDS[_kind].split():
        _BY_STEM.setdefault(_stem, []).append(_kind)
_STEM_LENGTHS = sorted({len(stem) for stem in _BY_STEM})


@functools.cache
def _kinds_for(word: str) -> tuple[str, ...]:
    found: set[str] = set()
    for length in _STEM_LENGTHS:
        if length > len(word):
            break
        found.update(_BY_STEM.get(word[:length], ()))
    return tuple(kind for kind in _ORDER if kind in found)


# Matches that are verbs in -ing or base form need a finite first-person frame to be a deed:
# "I was fudging", "I kept padding", "I decided to backdate", "by inflating".
_FRAME = LazyPattern(
    r"""(?:\b(?:was|were|been|kept|started|began|caught|by|admitted|admit|confessed\s+to|resorted\s+to|ended\s+up|got\s+away\s+with|
    from|after|for|quit|stopped|continued|went\s+on)\s+(?:\p{L}+ly\s+)?$)|(?:\b(?:I|we|I'd|we'd)\s+(?:\p{L}+ly\s+)?$)|
    (?:\b(?:decided|chose|managed|tried|opted|started|began|agreed|went\s+on|had|used|took\s+it\s+upon\s+myself)\s+to\s+(?:\p{L}+ly\s+)?$)|
    (?:(?:\bwould|'d|\bhabit\s+of|\bgot\s+into)\s+(?:\p{L}+ly\s+)?$)|
    (?:\b(?:and|then|,)\s+(?:\p{L}+ly\s+)?$)""",
    regex.I | regex.X | regex.V1,
)
# Group kinds whose match starts with a verb that may be in a non-finite form.
_VERBAL = frozenset(
    "allowance sig sold_kept made_fit took_data own_use cv falsify alter claim claim_as mislead pretend said_false said_false2 made_up denied cover hid quiet delete credit plagiarism plag2 "
    "cheat steal took company_card share share2 leak harass remarks bent lie told_lie".split()
)
# Kinds that carry their own negation, intent or "knowing": no further test of negation.
_SELF_NEGATED = frozenset("tax discriminate knew knowing hoping a_lie".split())
_ING_OR_BASE = LazyPattern(r"^\p{L}+(?:ing)?$", regex.I)
_PAST = LazyPattern(r"(?:ed|ote|ook|ave|ent|id|ole|ept|ade|old|aid|uck|ore|oke|ode|wore|let|put|cut|hid|lied|shred)$", regex.I)
# What may stand right before the writer's own verb: the subject, an auxiliary, an adverb, a conjunction.
_GOVERNED = LazyPattern(
    r"""(?:(?:^|\b)(?:I|we|I'd|we'd|I've|we've|had|have|has|then|and|also|just|even|actually|simply|deliberately|quietly|secretly|
    knowingly|once|still|both|all|sometimes|often|repeatedly|regularly|routinely|occasionally|basically|effectively|essentially|later|
    eventually|finally|first|so|but|or|myself|ourselves|again|instead|anyway|openly|soon|never|ever|twice|[\p{L}]+ly)\s+|[,;:—–(]\s*|^\s*)$""",
    regex.I | regex.X | regex.V1,
)
_HONEST_ERROR = words(
    r"""(?:because|as|since|having)\s+(?:I|we)\s+(?:had\s+|'d\s+)?(?:misread|misunderstood|mixed\s+up|assumed|thought|believed|trusted|forgot|misheard|
        (?:didn't|hadn't|did\s+not|had\s+not)\s+(?:check|checked|read|look|looked|realise|realize|know))|by\s+mistake|
        without\s+(?:checking|realising|realizing|knowing|looking)|(?:I|we)\s+(?:genuinely\s+|honestly\s+|really\s+)?(?:thought|believed|assumed)|
        because\s+(?:the|our|my)\s+(?:[^\s.;,]+\s+){0,2}?(?:system|board|screen|rota|tracker|dashboard|record|label|app|tool|spreadsheet|software|sheet)\s+(?:showed|said|listed|had|told|displayed|marked)"""
)
_VICTIM = LazyPattern(r"\b(?:felt|feel|feeling|was|were|been|being|got|get|getting|am|is)\s+(?:\p{L}+ly\s+)?$", regex.I)
_REQUEST = words(
    r"(?:asked|told|pressured|pushed|instructed|expected|urged|encouraged|ordered|invited|begged|wanted|needed)\s+(?:me|us)\s+to|"
    r"tempt(?:ed|ing|ation)|accus(?:ed|ation)|alleg(?:ed|ation)|instead\s+of|rather\s+than|refus(?:e|ed|ing)\s+to|declin(?:e|ed|ing)\s+to"
)


def check(draft, context: RuleContext):
    text = plain(draft)
    found = []
    reach = -1
    by_sentence = sentence_tokens(draft)
    for sentence in draft.sentences:
        flagged = False
        for offset, word in by_sentence.get(sentence.start, ()):
            if offset < reach:
                continue
            for kind in _kinds_for(word):
                match = _KINDS[kind].match(text, offset, sentence.end)
                if match is not None and _keep(draft, text, sentence, match, kind):
                    found.append(match.span())
                    reach = match.end()
                    flagged = True
                    break
        if not flagged:  # no kind matched: try the idea
            found.extend(span for span in _concept_spans(draft, text, sentence) if _keep_concept(draft, text, sentence, *span))
    for start, end in merge_spans(found):
        yield META.finding(start, end)
    extra = phrase_pattern(context.extra_phrases)
    if extra is not None:
        for sentence, match in sentence_matches(draft, extra):
            start, end = match.span()
            if not (quoted(draft, sentence, start, end) or negated(draft, sentence, start, window=5)):
                yield META.finding(start, end)


_INDEFINITE = frozenset({"nobody", "no one", "everyone", "anyone", "someone", "somebody"})


def _writer_leads(text, start, offset) -> bool:
    """The writer is the last definite subject before ``offset`` ("told nobody, hoping ..." keeps the "I")."""
    writer = False
    for match in SUBJECT.finditer(text, start, offset):
        if match.group("me") is not None:
            writer = True
        elif " ".join(match.group().lower().split()) not in _INDEFINITE:
            writer = False
    return writer


def _keep(draft, text, sentence, match, kind) -> bool:
    start, end = match.span()
    if quoted(draft, sentence, start, end) or reported(draft, sentence, start):
        return False
    head = match.group().split()[0].lower().rstrip(",")
    lo = max(sentence.start, start - WINDOW)
    before = text[lo:start]
    after = text[end : min(sentence.end, end + WINDOW)]
    # Who did it: the nearest subject must be the writer ("I", "we").
    subject = last_subject(text, lo, start)
    if kind in ("hoping", "knew", "knowing", "a_lie", "made_up_post"):
        if not _writer_leads(text, sentence.start, start):
            return False
    elif subject is None or subject.group("me") is None:
        return False
    # A participle after "felt", "was": the writer was the victim ("I felt bullied").
    if kind == "dishonest" and head.startswith(("dishonest", "untruthful", "deceitful")):
        if not regex.search(r"\b(?:was|were|been|being|am|I'm)\s+(?:\p{L}+ly\s+|a\s+bit\s+|quite\s+)?$", before[-30:], regex.I):
            return False
    if kind == "harass" and head.endswith("ed") and _VICTIM.search(before[-30:]):
        return False
    if kind in _VERBAL:
        if _PAST.search(head) or head in ("lie", "lies"):
            # "I built a dashboard that showed inflated revenue": a participle, not the writer's verb.
            if not _GOVERNED.search(before[-40:]):
                return False
        elif not _FRAME.search(before[-60:]):
            return False
    if kind == "lie" and head in ("lie", "lies"):
        if not (regex.search(r"\b(?:told|tell|a|white|outright|big|little|my)\s+$", before, regex.I) or regex.match(r"\s+to\b", after)):
            return False
    self_negated = kind in _SELF_NEGATED or (kind == "dishonest" and not head.startswith(("dishonest", "untruthful", "deceitful")))
    if not self_negated and negated(draft, sentence, start, window=6):
        return False
    # Between the writer and the deed: "I was tempted to", "I was asked to", "I refused to".
    group = text[subject.end() : start] if subject is not None and kind not in ("hoping", "knew", "knowing", "a_lie", "made_up_post") else ""
    requested = NOT_DONE.search(group) or (kind != "hoping" and _REQUEST.search(before[-80:]))
    if (requested or HYPOTHETICAL.search(clause_before(draft, sentence, start))) and not WENT_ALONG.search(after):
        return False
    if CHANGED_MIND.search(after):
        return False
    # A false statement the writer believed: "... when it wasn't, because I misread the board".
    if kind in ("said_false", "said_false2", "claim_as") and _HONEST_ERROR.search(text, start, sentence.end):
        return False
    if kind not in ("lie", "told_lie", "said_false", "said_false2", "mislead", "denied", "cover", "hid", "hoping"):
        if ACCIDENT.search(text, sentence.start, sentence.end):
            return False
    return True


def _keep_concept(draft, text, sentence, start, end) -> bool:
    """The clause checks of _keep, for a finding made from the idea rather than a kind."""
    if quoted(draft, sentence, start, end) or reported(draft, sentence, start) or negated(draft, sentence, start, window=6):
        return False
    clause = clause_before(draft, sentence, start)
    if (NOT_DONE.search(clause) or _REQUEST.search(clause)) and not WENT_ALONG.search(text, end, sentence.end):
        return False
    if HYPOTHETICAL.search(clause) or CHANGED_MIND.search(text, end, sentence.end):
        return False
    return not (_HONEST_ERROR.search(text, start, sentence.end) or ACCIDENT.search(text, sentence.start, sentence.end))


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
