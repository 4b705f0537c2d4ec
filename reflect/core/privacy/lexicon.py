"""Word lists behind reflect.core.privacy.redact: triggers, stop words and common given names.

Kept apart from the patterns so the lists can grow without burying the logic. All
entries are plain data; matching rules live in redact.py.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Courtesy titles: a capitalised word straight after one is taken as a name ("Dr. Okafor").
TITLES = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Doctor", "Sister",
    "Nurse", "Matron", "Rev", "Revd", "Reverend", "Sir", "Dame", "Lady", "Lord", "Father",
    "Mister", "Madam", "Mme", "Mlle", "Herr", "Frau", "Senor", "Señor", "Señora",
    # German, French and Spanish, as colleagues write them ("Frau Dr. Weber", "Mme Roux",
    # "la Dra. Gómez", "Sr. Pérez").
    "Herrn", "Doktor", "Madame", "Monsieur", "Mademoiselle", "Pr", "Sr", "Sra", "Srta",
    "Dra", "Don", "Doña",
)  # fmt: skip

# Titles that count only with their full stop: "M. Dupont" (monsieur), never "M Dupont".
DOTTED_TITLES = ("M",)

# Roles and relations: "my son Tom", "the patient, Mrs Khan", "pt JD", "a nurse called Priya".
ROLES = (
    "patient", "patients", "pt", "pts", "son", "daughter", "wife", "husband", "mother",
    "father", "mum", "mom", "mam", "dad", "brother", "sister", "nurse", "colleague",
    "resident", "registrar", "consultant", "attending", "intern", "fellow", "surgeon",
    "anaesthetist", "anesthetist", "anesthesiologist", "midwife", "partner", "boyfriend",
    "girlfriend", "friend", "baby", "child", "toddler", "infant", "grandson",
    "granddaughter", "grandmother", "grandfather", "grandma", "grandpa", "granny", "aunt",
    "uncle", "niece", "nephew", "cousin", "boss", "supervisor", "chief", "pharmacist",
    "paramedic", "student", "mentor", "trainee", "houseman", "SHO", "FY1", "FY2", "GP",
    "charge nurse", "sister-in-law", "brother-in-law", "mother-in-law", "father-in-law",
    "stepson", "stepdaughter", "fiance", "fiancé", "fiancee", "fiancée", "widow", "widower",
    "neighbour", "neighbor", "lawyer", "attorney", "solicitor", "therapist", "counsellor",
    "counselor", "chaplain", "manager", "director", "named", "called", "Dear", "Hi", "Hello",
)  # fmt: skip

# Capitalised words that follow a role or title without being a name.
NOT_NAMES = frozenset(
    _words(
        """
    I I'm I've I'd I'll Im A An The He She They We You It His Her Hers Their Our My Your Its
    This That These Those Then Than But And Or So If When While After Before Because Although
    Though Yet Also Still Even Just Only Not No Yes Oh Ok Okay Well Now Today Tonight Tomorrow
    Yesterday Later Soon Again Once Here There Where What Who Why How Which Whose Whom
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Safety Care Services Service Team Advocate Advocacy Liaison Experience Relations Record
    Records Portal Room Unit Ward Surgery Clinic Hospital Department Dept Emergency Theatre
    Theatres Theater Pharmacy Radiology Security Switchboard Rapid Response Code Crash
    Outreach Transport Transfer Admission Admissions Discharge Handover Rounds Board Panel
    Committee Council Review Reviews Inquiry Investigation Complaint Complaints Support Group
    Health Mental Occupational Human Resources HR Legal Risk Quality Governance Medical Clinical
    Nursing Staff Bank Agency Union Association College Society Trust Foundation School
    University Medicine Paediatrics Pediatrics Obstetrics Anaesthesia Anesthesia Cardiology
    Oncology Neurology Psychiatry Orthopaedics Orthopedics Intensive Critical Primary Acute
    Covid COVID Christmas Easter God Jesus Lord Heaven Mass Church English Britain America
    ED ER OR GP IV BP HR CT MR MRI ICU ITU HDU CCU NICU PICU SCBU A&E DNR DNACPR ENT OT PT RN MD
    DO NP PA UK US USA NHS OK TV AM PM DVT PE MI CPR ECG EKG SHO FY FY1 FY2 ST CT1 CT2 SpR RMO
    Zero One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next Every
    Some Any All Both Each Many Much More Most Few Several Other Another Such Same New Old
    Good Bad Great Sorry Please Thank Thanks Happy Dear Diary Self Myself Yourself Everyone
    Anyone Someone Nobody Everybody Anybody Somebody Nothing Something Everything Anything
    Mum Mom Dad Mama Papa Grandma Grandpa Granny Nan Nana Sis Bro Baby Doc Nurse Sister
    Brother Father Mother Son Daughter Wife Husband Patient Pt Consultant Registrar Resident
    Attending Surgeon Boss Colleague Partner Friend Friends Family Families Parents Parent
    Kids Children Child Students Student Doctors Doctor Nurses Patients Colleagues
    Don't Didn't Can't Couldn't Wouldn't Shouldn't Won't Isn't Wasn't Aren't Weren't
    Let Let's Maybe Perhaps Probably Anyway However Meanwhile Sometimes Often Never Always
    Feelgood Pepper Martens Who Strange Right Wrong Universe Potato Hyde Jekyll Moto
    Resus Majors Minors Recovery Triage Nights Days Theatre Wards Paeds Obs Gynae Ortho Endo
    Google Facebook Twitter Instagram WhatsApp Apple Microsoft Amazon Siri Alexa Datix Epic Cerner
    Chapel Excellence Rounds Incident Serious Defence Defense Occupational Union Framework
    """
    )
)

# Words that make a place name generic rather than identifying ("General Surgery").
GENERIC_PLACE_WORDS = NOT_NAMES | frozenset(
    _words(
        """
    General Vascular Cardiac Plastic Day Eye Dental Fracture Outpatient Outpatients Urgent
    Private Local Community District Regional Specialist Memory Pain Sleep Fertility Antenatal
    Sexual Travel Walk-in Minor Injuries Major Trauma Children's Women's Maternity Elective
    Veterinary Free Sports Family Student Staff Hand Foot Breast Colorectal Day-case Weekend
    Hospital Hospitals Clinic Clinics Surgery Practice Center Centre Home
    """
    )
)

# Shops, cafés and chains a tired clinician stops at: places everyone knows, not
# identifying ones ("a sandwich at Tesco"), and not names either.
BRANDS = frozenset(
    _words(
        """
    Tesco Sainsbury Sainsbury's Asda Aldi Lidl Waitrose Morrisons Co-op Iceland Boots
    Superdrug Greggs Pret Costa Starbucks Nero Caffè Caffe McDonald's KFC Subway Nando's
    Walmart Costco Kroger Safeway Walgreens CVS Dunkin Tim Hortons Woolworths Coles Aldi's
    Dunnes Spar Centra Rewe Edeka Netto Amazon Uber Deliveroo WhatsApp Facebook Instagram
    Netflix Spotify Google Zoom Teams
    """
    )
)
GENERIC_PLACE_WORDS = GENERIC_PLACE_WORDS | BRANDS

# "Dr. Feelgood", "Mr. Right": title + word pairs that are not people anyone needs hidden.
NOT_NAME_PHRASES = frozenset(
    {"dr feelgood", "dr pepper", "dr martens", "doc martens", "dr who", "doctor who",
     "dr strange", "doctor strange", "mr right", "mr wrong", "mr bean", "mrs doubtfire",
     "miss universe", "mr potato", "mr motivator", "dr jekyll", "mr hyde", "mr blobby",
     "mr men", "little miss", "dr google", "doctor google", "mr nobody", "dr no"}
)  # fmt: skip

# Verbs that, right after a capitalised word, mark it as a person ("Okafor said").
PERSON_VERBS = (
    "said", "says", "asked", "asks", "told", "tells", "replied", "wrote", "writes", "rang",
    "phoned", "texted", "emailed", "messaged", "shouted", "whispered", "explained", "admitted",
    "agreed", "insisted", "argued", "nodded", "smiled", "cried", "laughed", "sighed",
    "suggested", "reassured", "apologised", "apologized", "hugged", "snapped", "muttered",
)  # fmt: skip
# Verbs and prepositions after which a capitalised word is most likely a person.
CONTACT_VERBS = (
    "texted", "called", "rang", "phoned", "emailed", "messaged", "told", "asked", "thanked",
    "met", "visited", "hugged", "saw", "with", "by", "for", "and", "about",
)  # fmt: skip
# Lower-case words that can follow "dr"/"mr" without being a name ("dr said").
LOWER_CASE_NOT_NAMES = frozenset(
    _words(
        "and the a an to of in on at said says was is who has had will would told asked called "
        "rang came went saw thinks thought says then but or so if as for with from by"
    )
)

# Lower-case name particles allowed inside a name: "Dr van der Berg", "Ms de la Cruz".
PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin",
     "binti", "ibn", "al", "el", "ter", "ten", "st", "st."}
)  # fmt: skip

# Common given names (UK/US/Ireland/Canada/Australia and frequent names of South Asian,
# West African, East Asian, Hispanic, Arabic and Eastern European origin) that are not
# also ordinary English words. Ambiguous ones (May, Grace, Hope, Will, Mark, Bill, Rose,
# Jack, Frank, Pat, Joy, Faith, Dawn, Summer...) are left out on purpose: they are caught
# only after a title or role, or through the user's own always-redact list.
GIVEN_NAMES = frozenset(
    _words(
        """
    Aaron Abdul Abigail Abdullah Adam Adrian Aditi Aditya Adebayo Adeola Ahmed Aidan Aisha
    Alan Albert Alejandro Alex Alexander Alexandra Alexis Ali Alice Alicia Alison Amanda
    Amara Amelia Amir Amit Amy Ana Anand Andrea Andrew Andrzej Angela Anil Anita Anjali Ann
    Anna Anne Annie Anthony Antonio Anya Arjun Arthur Ashley Aurora Ava Ayesha Barbara
    Beatrice Ben Benjamin Beth Bethany Brandon Brenda Brian Bridget Caitlin Callum Camila
    Carl Carla Carlos Carmen Carol Caroline Catherine Cathy Charles Charlie Charlotte Chen
    Chidi Chiara Chloe Chris Christina Christine Christopher Chukwuma Ciaran Claire Clara
    Colin Connor Craig Cynthia Daniel Daniela Danielle Darren David Deborah Debbie Deepak
    Denise Dennis Derek Diana Diego Dimitri Divya Donald Donna Dorothy Douglas Dylan Edward
    Eileen Elena Eleanor Elif Elizabeth Ella Ellen Emeka Emily Emma Eric Erin Ethan Eva
    Evelyn Fatima Fatuma Felix Fernando Finn Fiona Francesca Francis Gabriel Gareth Gary
    Gemma George Georgia Gerald Gloria Gordon Graham Gregory Hamza Hannah Harriet Harry
    Hassan Heather Helen Henry Hiroshi Hussein Ian Ibrahim Imran Ines Irene Isaac Isabel
    Isabella Isla Ivan Jacob Jacqueline Jake James Jamie Jane Janet Janice Jason Javier
    Jayden Jean Jeffrey Jennifer Jeremy Jessica Joan Joanna Joanne John Jonathan Jorge Jose
    José Joseph Joshua Juan Judith Julia Julian Julie Justin Kamala Karen Karim Kate
    Katherine Kathleen Katie Kavita Keith Kenji Kenneth Kevin Khadija Kieran Kim Kiran
    Kofi Krishna Kwame Laura Lauren Leah Leila Leo Liam Linda Lisa Lois Lorenzo Louise Lucas
    Lucy Luis Luke Lydia Magdalena Malik Manuel Margaret Maria Mariam Marie Marina Martha
    Martin Mary Matteo Matthew Maya Megan Mehmet Melissa Michael Michelle Miguel Mohamed
    Mohammed Muhammad Monica Nadia Naomi Natalie Nathan Neil Niamh Nicholas Nicola Nikhil
    Nina Noah Nora Nuala Obinna Oliver Olivia Omar Oscar Owen Pablo Padraig Pamela Patricia
    Patrick Paul Paula Peter Piotr Pooja Priya Rachel Rahul Raj Rajesh Ravi Rebecca Reza
    Richard Rita Robert Roberto Rohan Ronald Rosa Ruth Ryan Sadia Samantha Samir Samuel
    Sandra Sanjay Sara Sarah Sean Sebastian Seamus Shabnam Sharon Shirley Simon Sinead
    Siobhan Sofia Sophia Sophie Stephanie Stephen Steven Stuart Susan Suzanne Tanvir Teresa
    Theresa Thomas Timothy Tobias Tom Tomasz Tracy Tunde Valentina Vanessa Victoria Vijay
    Vikram Vincent Virginia Wei Wendy William Xavier Yasmin Yusuf Zainab Zara Zoe Zeynep
    """
    )
)

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                       "Nov", "Dec")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")  # fmt: skip

# Days that name one date of the year on their own.
NAMED_DAYS = (
    "Christmas Eve", "Christmas Day", "Boxing Day", "New Year's Eve", "New Year's Day",
    "New Years Eve", "New Years Day", "Thanksgiving Day", "Thanksgiving", "Independence Day",
    "Fourth of July", "Halloween", "Valentine's Day", "St Patrick's Day", "St. Patrick's Day",
    "Bonfire Night", "Guy Fawkes Night", "Christmas morning", "Christmas night",
)  # fmt: skip

STREET_SUFFIXES = (
    "Street", "Avenue", "Road", "Boulevard", "Lane", "Drive", "Court", "Place", "Way",
    "Terrace", "Close", "Crescent", "Parkway", "Highway", "Square", "Circle", "Gardens",
    "Grove", "Row", "Mews", "Hill", "Walk", "Rise", "Trail", "Pike", "Alley", "Plaza",
)  # fmt: skip
STREET_ABBREVIATIONS = ("St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Pl", "Ter", "Cres",
                        "Pkwy", "Hwy", "Sq", "Cir")  # fmt: skip

PLACE_SUFFIXES = (
    "Hospital", "Medical Center", "Medical Centre", "Infirmary", "Clinic", "Health System",
    "Healthcare", "Health Centre", "Health Center", "Surgery", "Medical Practice", "Hospice",
    "Care Home", "Nursing Home", "Memorial", "Children's", "County", "Parish", "Borough",
    "Township", "University Hospitals", "Teaching Hospital", "NHS Trust", "NHS Foundation Trust",
)  # fmt: skip

US_STATES = sorted(
    _words(
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
        "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
    )
)
US_STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming",
)  # fmt: skip
