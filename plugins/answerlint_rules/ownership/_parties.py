"""Who else can be in a failure story: the people, groups, things and circumstances
that blame-shifting pins a failure on, as word classes for a token-level scan.

A *head* is the noun a subject ends on ("the night *nurse*", "our *vendor*",
"the *specs*"). Its class decides which predicates can make it the cause:

* ``person``: people, roles and groups ("a teammate", "procurement", "they").
* ``artefact``: work handed to the writer by someone else ("the specs", "his
  estimate"). Some artefacts are as likely to be the writer's own work ("the
  data", "the estimate"); those only count with another party as the owner
  ("Sarah's estimate", "the data we were given").
* ``thing``: tools, deliveries and circumstances ("the scanners", "the market",
  "the timeline").
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _with_plurals(text: str) -> frozenset[str]:
    out = set()
    for word in text.split():
        out.add(word)
        if word.endswith(("s", "x", "ch", "sh")):
            out.add(word + "es")
        elif word.endswith("y") and word[-2] not in "aeiou":
            out.add(word[:-1] + "ies")
        elif word.endswith("man"):
            out.add(word[:-3] + "men")
        elif word.endswith("fe"):
            out.add(word[:-2] + "ves")
        else:
            out.add(word + "s")
    return frozenset(out)


# Outside the writer's organisation: "our vendor" is still someone else.
EXTERNAL = _with_plurals(
    """client customer vendor supplier contractor subcontractor sub-contractor agency freelancer consultant landlord
    carrier courier haulier airline partner recruiter caterer builder insurer investor backer funder sponsor
    distributor wholesaler retailer manufacturer factory shipper broker agent lender bank council regulator auditor
    buyer seller publisher platform provider host venue printer translator developer competitor rival importer exporter
    organiser organizer promoter wholesaler franchisor franchisee"""
)
# People and groups the writer may belong to: "our team" includes the writer, "my team" need not.
INTERNAL_GROUPS = _with_plurals(
    """team department dept group company firm business side crew shift unit ward office squad staff school college
    organisation organization board committee panel trust practice studio kitchen site warehouse depot branch store
    academy university faculty nursery"""
)
PEOPLE = _with_plurals(
    """teammate colleague coworker co-worker manager boss supervisor lead director owner founder co-founder ceo cfo cto
    coo md chair chairman chairwoman head headteacher principal chef cook engineer designer tester intern junior
    apprentice trainee hire starter joiner recruit stakeholder executive exec professor teacher lecturer tutor coach
    instructor examiner advisor adviser mentor analyst reviewer editor producer architect surveyor electrician plumber
    foreman labourer laborer nurse doctor registrar pharmacist porter locum midwife carer coordinator assistant
    predecessor successor counterpart co-author user student pupil parent barista waiter waitress picker packer driver
    dispatcher captain pilot controller paralegal clerk barrister solicitor lawyer counsel associate volunteer member
    administrator admin receptionist technician operator officer official inspector scaffolder planner buyer
    accountant bookkeeper actuary programmer dev scientist researcher collaborator partner landlord tenant
    attorney secretary fitter installer surgeon anaesthetist anesthetist dentist vet sergeant caretaker cleaner cashier
    teller rep representative estimator storeman handler steward stewardess purser dispatcher courier chemist
    subbie sub-contractor groundworker joiner roofer decorator glazier mechanic radiographer paramedic sister matron
    partner-in-charge signatory proofreader copy-editor subeditor sub-editor photographer curator registrar porter
    person guy guys woman man lady folks people others everyone everybody someone somebody"""
) | _words("other others staff crew management leadership procurement finance legal payroll accounts compliance hr qa "
           "sales marketing engineering ops operations security product support upstairs hq higher-ups bosses "
           "pharmacy lab laboratory catering housekeeping dispatch logistics purchasing facilities maintenance reception "
           "admissions accounting")
PRONOUNS = _words("they he she")
# Handed to the writer: nobody calls their own brief "vague" in a failure story.
GIVEN_ARTEFACTS = _with_plurals(
    """spec specs specification requirement brief instruction handover handoff guidance documentation doc briefing
    direction directions feedback sign-off approval answer reply information info input"""
) | _words("specs docs notes handover-notes")
# Could as well be the writer's own work: they count only with another owner.
OWNED_ARTEFACTS = _with_plurals(
    """estimate forecast data number figure code plan design drawing file report note email message schedule work
    part timeline numbers figures model script change update translation copy"""
)
THINGS = _with_plurals(
    """software tool system scanner server app application platform printer machine laptop network database crm
    spreadsheet sdk api integration wifi wi-fi internet connection website portal till equipment kit hardware
    part material parts materials delivery shipment stock order truck lorry van train flight
    market economy recession pandemic weather storm strike traffic timeline deadline budget funding timescale
    timing resourcing headcount process paperwork bureaucracy algorithm autocomplete autocorrect automation bot
    scheduler calendar sync feed interface template workflow"""
) | _words("covid lockdown")
# Software named by brand: it can act on its own ("Outlook had autofilled the group").
TOOLS = _words("excel outlook slack jira zoom salesforce sap xero sage shopify trello notion asana figma gmail")
# Things that only a circumstance can be ("the market turned"), never the writer's doing.
CIRCUMSTANCES = _words("market markets economy recession pandemic weather storm strike strikes traffic covid lockdown")

DETERMINERS = _words("the a an my our his her their this that these those your its some")
# Words a subject's modifiers never are: a walk back from the head stops at one.
FUNCTION = _words(
    """i we you me us it and or but so because since as if when while after before until of to in on at for with by
    from into onto over under about than then also just was were is are be been being had has have did do does not
    never no nor which who whom whose what where why how there here all both each every any"""
)

# Capitalised words that open sentences or name things, not people.
NOT_NAMES = _words(
    """the this that these those it its we i they he she you our my their his her then when after before so but and if
    because since once as at in on by for from with without nobody nothing no none everyone everything someone something
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
    october november december christmas easter eventually finally unfortunately luckily honestly sadly later still yet
    also even just only both each every all some most many few several one two three there here what which who why how
    looking next last now today a an not never half everybody anyone any meanwhile instead however overall apparently
    mum mom dad excel word outlook teams slack jira zoom google salesforce windows github git azure python sap xero sage
    shopify trello notion asana figma photoshop android apple linux chrome gmail siri alexa covid brexit thankfully
    obviously clearly frankly basically actually initially originally ultimately again within during despite although
    though while whilst until unless given due thanks owing looking lesson learned result action situation task
    what why how sure yes okay ok well maybe perhaps probably definitely"""
)
