"""Fictional demo content for the clinic site: identity, locations, physicians and FAQs."""

CLINIC = {
    "name": "Lumen Coast Ketamine Clinic",
    "tagline": "Careful, physician-led ketamine care in Orange County",
    "phone": "(714) 555-0142",
    "email": "hello@example.com",
    "time_zone": "America/Los_Angeles",
    "medical_disclaimer": (
        "Everything on this website is general information for learning. "
        "It is not medical advice, and reading it does not make you our patient."
        "\n\n"
        "This website cannot diagnose a condition or treat anyone. Only a "
        "licensed health professional who knows your medical history can tell "
        "you what is right for you. Please do not put off getting care, or stop "
        "a treatment or medicine, because of something you read here."
        "\n\n"
        "If you are having a medical emergency, call 911 now. If you are in a "
        "mental-health crisis or having thoughts of suicide, call or text 988 "
        "to reach trained counselors at any hour of the day or night."
    ),
}

LOCATIONS = [
    {
        "slug": "tustin",
        "name": "Tustin",
        "street_address": "1400 Example Parkway, Suite 210",
        "locality": "Tustin",
        "region": "CA",
        "postal_code": "92780",
        "phone": "(714) 555-0143",
        "hours": (
            "Monday–Friday: 8:00 a.m.–5:00 p.m.\n"
            "Saturday: 9:00 a.m.–1:00 p.m.\n"
            "Sunday: closed"
        ),
        "directions_url": "https://www.openstreetmap.org/search?query=Tustin%2C%20CA",
        "parking_note": (
            "Free accessible parking spaces sit beside the step-free main "
            "entrance, and an elevator goes to the second-floor suite."
        ),
        "display_order": 1,
    },
    {
        "slug": "san-juan-capistrano",
        "name": "San Juan Capistrano",
        "street_address": "31800 Sample Road, Suite 105",
        "locality": "San Juan Capistrano",
        "region": "CA",
        "postal_code": "92675",
        "phone": "(949) 555-0144",
        "hours": (
            "Monday–Thursday: 8:00 a.m.–5:00 p.m.\n"
            "Friday: 8:00 a.m.–3:00 p.m.\n"
            "Saturday and Sunday: closed"
        ),
        "directions_url": (
            "https://www.openstreetmap.org/search?query=San%20Juan%20Capistrano%2C%20CA"
        ),
        "parking_note": (
            "The ground-floor suite has a step-free entrance, with accessible "
            "parking spaces right in front of the door."
        ),
        "display_order": 2,
    },
    {
        "slug": "seal-beach",
        "name": "Seal Beach",
        "street_address": "220 Demo Avenue, Suite B",
        "locality": "Seal Beach",
        "region": "CA",
        "postal_code": "90740",
        "phone": "(562) 555-0145",
        "hours": (
            "Tuesday–Friday: 9:00 a.m.–5:00 p.m.\n"
            "Saturday: 9:00 a.m.–1:00 p.m.\n"
            "Sunday and Monday: closed"
        ),
        "directions_url": "https://www.openstreetmap.org/search?query=Seal%20Beach%2C%20CA",
        "parking_note": (
            "Accessible parking is in the lot behind the building, a short, "
            "level path from the step-free rear entrance."
        ),
        "display_order": 3,
    },
]

PHYSICIANS = [
    {
        "slug": "avery-lindqvist",
        "name": "Avery Lindqvist",
        "credentials": "MD",
        "title": "Medical Director, anesthesiologist",
        "bio": (
            "Dr. Avery Lindqvist is an anesthesiologist with fellowship "
            "training in pain medicine at a university hospital in California. "
            "As medical director, Avery oversees the clinic's infusion "
            "protocols, safety checks and staff training. Before joining the "
            "clinic, Avery spent many years caring for patients in operating "
            "rooms and on a hospital pain service, where ketamine is a "
            "familiar medicine.\n\n"
            "Avery believes a good first visit is mostly listening. Many "
            "patients arrive after years of treatments that did not help, so "
            "Avery takes time to go over what has been tried, what the "
            "research does and does not show, and whether infusions are a "
            "sensible next step. Sometimes the honest answer is no, and Avery "
            "will say so and talk through other options."
        ),
        "display_order": 1,
    },
    {
        "slug": "jonah-whitfield",
        "name": "Jonah Whitfield",
        "credentials": "MD",
        "title": "Psychiatrist",
        "bio": (
            "Dr. Jonah Whitfield is a psychiatrist who trained at a university "
            "hospital in California and has worked in both outpatient clinics "
            "and community mental-health programs. At the clinic, he leads the "
            "psychiatric screening for patients with depression, anxiety, PTSD "
            "or OCD, and he guides the psychotherapy and integration work that "
            "goes along with each infusion.\n\n"
            "Jonah sees ketamine as one tool among many, not a replacement for "
            "ongoing care. He keeps in close touch with each patient's own "
            "therapist or psychiatrist and helps patients use the days after "
            "an infusion to practice new ways of thinking and coping. He is "
            "open with patients that results vary from person to person."
        ),
        "display_order": 2,
    },
    {
        "slug": "mira-castellane",
        "name": "Mira Castellane",
        "credentials": "DO",
        "title": "Pain medicine and integrative care",
        "bio": (
            "Dr. Mira Castellane is an osteopathic physician who focuses on "
            "long-lasting pain, including fibromyalgia, CRPS, nerve pain and "
            "migraine. She completed her pain medicine training at a "
            "university hospital in California and has a long interest in how "
            "sleep, movement, food and stress shape the way the body feels "
            "pain.\n\n"
            "Mira designs the daily 20-minute pain-reprogramming exercises "
            "that pain patients practice between infusions, and she checks in "
            "often on how they are going. She works with physical therapists "
            "and primary care doctors so that everyone follows the same plan. "
            "Her aim is steady, realistic progress at a pace each patient can "
            "manage."
        ),
        "display_order": 3,
    },
]

FAQS = [
    (
        "What is ketamine?",
        "Ketamine is a medicine first developed in the 1960s for anesthesia. "
        "It is called a dissociative anesthetic because, at high doses, it can "
        "make people feel detached from their body and surroundings. It works "
        "partly by blocking the NMDA receptor, part of the brain's glutamate "
        "signaling system.\n\n"
        "The infusions we give use far lower doses than those used for "
        "surgery. The medicine flows slowly into a vein, usually over 40 "
        "minutes or more, while our team watches you the whole time. "
        "Researchers are still learning how ketamine affects mood and pain, "
        "and it does not help everyone.",
    ),
    (
        "Is IV ketamine approved for depression, pain or the other conditions you treat?",
        "Not for these uses. The FDA has approved ketamine as an anesthetic. "
        "Giving it by IV for depression, anxiety, PTSD, OCD or chronic pain is "
        "called off-label use. Doctors may prescribe a medicine off-label when "
        "they judge it reasonable for a patient, and this is common in "
        "medicine.\n\n"
        "In 2019 the FDA gave approval to a related medicine, esketamine, "
        "which is taken as a nasal spray, for treatment-resistant depression. "
        "That approval does not cover IV ketamine. Your physician will explain "
        "what the research shows, what is still uncertain and what other "
        "options you have.",
    ),
    (
        "What are the common side effects, and how do you monitor me?",
        "During an infusion, many people feel dreamy, floaty or detached. "
        "These feelings usually fade within an hour or so after the infusion "
        "ends. Other common effects include:\n\n"
        "- a rise in blood pressure and heart rate\n"
        "- nausea or vomiting\n"
        "- dizziness, or blurred or double vision\n"
        "- feeling anxious or unsettled\n\n"
        "Serious problems, such as slowed breathing or seizures, are rare. A "
        "trained team member stays with you, and we check your blood "
        "pressure, heart rate and oxygen level the whole time. We can slow or "
        "stop the infusion or give medicine for nausea if needed. You rest "
        "with us until you are steady and your readings are back near where "
        "they started.",
    ),
    (
        "How many infusions will I need?",
        "It varies, and your physician will suggest a plan after your "
        "evaluation. A common starting plan is a series of about six "
        "infusions spread over two to six weeks. Some pain plans use a "
        "different schedule.\n\n"
        "We check in with you during the series to see how you are doing. "
        "When infusions help, the effect can fade over time, so some patients "
        "return for occasional maintenance or enhancement sessions, and "
        "others do not need them. If the first few infusions are not helping, "
        "we will talk honestly with you about whether to go on.",
    ),
    (
        "What is the free virtual consultation?",
        "It is a video or phone visit with one of our physicians that lasts "
        "about 20 to 30 minutes. It costs nothing, and you are under no "
        "obligation to book treatment.\n\n"
        "The physician will ask about your symptoms, what you have tried, "
        "your health history and your current medicines, and will answer "
        "your questions. The goal is to find out whether ketamine treatment "
        "may be a fit for you. If it may be, we explain the next steps, "
        "including a full evaluation. If it is not a good fit, we will tell "
        "you and try to point you toward other options.",
    ),
    (
        "Who may not be a good candidate for ketamine?",
        "Ketamine is not safe or suitable for everyone. It may not be a good "
        "choice if you:\n\n"
        "- have high blood pressure that is not under control, or certain "
        "heart conditions\n"
        "- are pregnant or breastfeeding\n"
        "- have a history of psychosis or certain other psychiatric "
        "conditions\n"
        "- are currently misusing ketamine, alcohol or other substances\n\n"
        "This list is not complete. A physician reviews your full history "
        "and makes the decision with you. Having one of these conditions does "
        "not always rule you out, and not having any of them does not mean "
        "treatment is right for you.",
    ),
    (
        "Can I drive after an infusion?",
        "No. Ketamine can affect your balance, judgment and reaction time "
        "for hours, even when you feel fine. Please arrange for a trusted "
        "adult to pick you up and take you home after every infusion.\n\n"
        "Do not drive, use machinery or make big decisions until the next "
        "day, after a full night's sleep. It helps to plan a quiet afternoon "
        "and evening at home, with someone nearby if possible.",
    ),
    (
        "Does insurance cover treatment, and what does it cost?",
        "Insurance often does not cover ketamine infusions for these "
        "conditions, partly because the use is off-label. Some plans may pay "
        "for parts of your care, such as office visits.\n\n"
        "Before you start, we give you a written estimate for your treatment "
        "plan, so you know what to expect. If you want to ask your insurer "
        "about paying you back, we may be able to provide a superbill: a "
        "detailed receipt with the codes insurers usually ask for. Whether "
        "your plan pays is up to your insurer. If cost is a worry, please "
        "tell us during your consultation.",
    ),
    (
        "What is integration?",
        "Integration is the work of making sense of an infusion and bringing "
        "what you learn into daily life. It happens in the hours and days "
        "after each infusion, when studies suggest the brain may be more open "
        "to change.\n\n"
        "With a therapist, you talk through what you noticed, felt or "
        "thought, and set small, practical goals. For pain patients, it also "
        "includes the daily 20-minute pain-reprogramming exercises. We see "
        "integration as a key part of care, because the medicine on its own "
        "is only part of the picture.",
    ),
    (
        "Can I keep taking my current medications?",
        "Please tell your physician about every medicine, supplement and "
        "substance you use, including cannabis and alcohol. Some medicines, "
        "such as certain anxiety medicines or opioids, can change how "
        "ketamine works or add to its effects. Your physician may suggest "
        "changes to timing or doses.\n\n"
        "Do not stop or change any medicine on your own, even if you start "
        "to feel better. Stopping some medicines suddenly can be dangerous. "
        "Any change should be planned with the doctor who prescribes it, and "
        "we are glad to work with your own doctors on this.",
    ),
]
