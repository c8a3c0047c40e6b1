"""Demo content for the six condition pages (fictional clinic, general information only)."""

import textwrap


def _md(text: str) -> str:
    """Remove the source indentation so the Markdown renders as plain paragraphs."""
    return textwrap.dedent(text).strip()


CONDITIONS: list[dict] = [
    # ------------------------------------------------------------------
    # Chronic pain
    # ------------------------------------------------------------------
    {
        "slug": "chronic-pain",
        "name": "Chronic pain",
        "other_names": "persistent pain, long-term pain, chronic pain syndrome",
        "summary": (
            "Pain that lasts past three months can change how your nerves work. "
            "Learn how ketamine infusions may help some people, and why an evaluation comes first."
        ),
        "display_order": 1,
        "crisis_note": False,
        "overview": _md(
            """
            Chronic pain is pain that lasts longer than three months, or pain that keeps going after an injury or illness should have healed. It is one of the most common health problems in the United States. National survey data suggest that about one in five adults lives with it, and for many of them it gets in the way of work, sleep and time with family.

            Chronic pain is real, even when tests cannot find a clear reason for it. Scans often do not match how much a person hurts. Plenty of people with no pain at all have striking changes on a lower-back MRI, while many people with years of back pain have scans that look fairly normal. In one small study of young runners with healthy, pain-free hips, most still had notable findings on a hip MRI. Pain is shaped by the nervous system as much as by the tissue itself.

            Our clinic sees people with many kinds of long-lasting pain, including:

            - chronic back and neck pain
            - fibromyalgia
            - complex regional pain syndrome (CRPS)
            - trigeminal neuralgia
            - nerve (neuropathic) pain
            - migraine

            Ketamine infusions are one option that may help some of these patients. The evidence is mixed, the treatment does not work for everyone, and a careful evaluation always comes first.
            """
        ),
        "what_it_feels_like": _md(
            """
            Chronic pain looks different from person to person. Some people feel a steady, dull ache. Others feel sharp, burning, stabbing or electric pain that comes and goes. It may stay in one spot or seem to move around the body.

            Over time, pain tends to reach beyond the part of the body that hurts. You may notice:

            - trouble falling asleep or staying asleep
            - feeling worn out, even after rest
            - stiffness and less ability to move or exercise
            - low mood, worry or a short temper
            - trouble focusing or remembering things
            - pulling back from work, hobbies or friends

            Many people also describe a kind of loneliness. Pain is invisible, so others may doubt it, and after a while you may start to doubt yourself. If this sounds familiar, you are not imagining it and you are not alone. Long-lasting pain changes how the nervous system works, and researchers can measure those changes even when an X-ray looks normal.
            """
        ),
        "causes_and_risk_factors": _md(
            """
            Chronic pain can start with an injury or illness, or it can show up without a clear trigger. Common starting points include:

            - arthritis and other joint problems
            - back pain, muscle strains and repetitive stress injuries
            - headaches and migraine
            - fibromyalgia
            - nerve damage
            - broken bones and surgery
            - infections such as Lyme disease
            - cancer
            - digestive problems such as acid reflux, ulcers and irritable bowel syndrome
            - endometriosis

            Injury, surgery and carrying extra body weight all raise the risk.

            ### Why pain can outlast healing
            When pain goes on for months, nerves in the body and spinal cord can become more sensitive. The brain can also start to turn up the volume on pain signals, a process called central sensitization. As a result, the same touch or movement feels more painful to a person with chronic pain than it would to someone without it.

            Attention and emotion matter too. Focusing on pain can make it louder, and depression, anxiety and PTSD all tend to amplify it. None of this means the pain is "all in your head". It means pain involves the whole person, and care works best when it does too.

            Chronic pain is also closely tied to the opioid crisis. Many people first took opioids to manage pain, and some went on to develop a dependence. Part of our work is helping patients explore options that do not lean on opioids.
            """
        ),
        "how_treatment_may_help": _md(
            """
            Ketamine is an anesthetic that has been used in medicine since the 1960s. At the much lower doses used in infusion clinics, it acts differently. It blocks a receptor in the nervous system called the NMDA receptor, which helps nerves pass along and amplify pain signals through a chemical messenger called glutamate.

            Researchers think this may help in two ways:

            - **Calming an overactive pain system.** By blocking NMDA receptors, ketamine may ease the central sensitization that keeps pain signals turned up.
            - **Opening a window for change.** For roughly two to three days after an infusion, the brain may be better able to form new connections. This is called neuroplasticity, and it can be used to practice new patterns of thought and movement.

            Studies of ketamine for chronic pain show mixed results. Some patients report real relief that lasts for weeks, and some reports describe relief for up to about three months. Other patients notice little change. Results vary with the type of pain, the dose and the person.

            That is why our clinic does not rely on the infusion alone. We pair infusions with our pain-reprogramming protocol: short exercises of about 20 minutes a day, done at home, that aim to help your brain respond to pain signals in a calmer way. Because pain and mood are so closely linked, we also offer integrative psychotherapy for the low mood, worry or stress that often come with pain.
            """
        ),
        "course_of_treatment": _md(
            """
            No single schedule suits everyone. Your physician sets the plan after your evaluation and adjusts it based on how you respond. A typical course might look like this:

            - **First series.** A common pattern is around six infusions spread over two to six weeks. Some protocols use five infusions over ten to fourteen days instead.
            - **Infusion length.** Each infusion usually runs somewhere between about 40 minutes and two hours. Pain protocols often lean toward longer infusions, which studies suggest may give longer-lasting relief.
            - **Daily exercises.** Between visits you do the 20-minute pain-reprogramming exercises, especially in the days right after each infusion.
            - **Enhancement sessions.** If progress stalls, your physician may suggest extra sessions.
            - **Maintenance.** Ketamine is not a lasting fix on its own. Some people need a repeat infusion from time to time, often about four to six weeks after the first series, to hold on to their gains.

            ### Supporting your body
            We also encourage steps that support a calmer nervous system:

            - cutting back on caffeine
            - meals with whole grains, vegetables and sources of omega-3 fats
            - enough folate and vitamin B12
            - gentle, regular movement such as walking
            - meditation, yoga or tai chi
            - physical therapy, when it fits your condition

            These steps do not replace medical care, but many patients find they help.
            """
        ),
        "what_to_expect": _md(
            """
            ### A free virtual consultation
            Everything starts with a [free consultation](/consultation/) by video with one of our physicians. You can talk about your pain, your history and your goals, and ask any question you like. There is no obligation to start treatment.

            ### A full evaluation
            If ketamine might be a good fit, we complete a medical evaluation. We review your records, your current medicines and your heart health. Ketamine is not safe for everyone, including some people with heart problems, poorly controlled blood pressure or certain mental health conditions, so this step matters.

            ### Infusion day
            You rest in a comfortable chair while the medicine flows slowly through a small IV line. Many people feel floaty, dreamy or a little detached during the infusion. Please arrange for someone else to drive you home.

            ### Monitoring and side effects
            A trained team member watches your blood pressure, heart rate and oxygen level the whole time. Possible side effects include:

            - a rise in blood pressure and heart rate
            - feeling anxious or uneasy
            - dizziness or double vision
            - nausea, and sometimes vomiting

            Seizures and slowed breathing are rare. Blood pressure and heart rate usually settle back to your normal range within about 20 minutes after the infusion ends.

            ### Integration and follow-up
            After each infusion, our integration process helps you make sense of the experience and carry it into your daily exercises and routines. We check in regularly, track your pain and your day-to-day function, and adjust the plan with you. If ketamine is not helping, we will tell you honestly and talk about other options.
            """
        ),
        "symptoms": [
            "pain lasting longer than three months",
            "aching, burning or stabbing pain",
            "stiffness and reduced movement",
            "fatigue",
            "trouble sleeping",
            "low mood or irritability",
            "difficulty concentrating",
        ],
        "faqs": [
            (
                "Will ketamine work for my pain?",
                "We cannot know ahead of time. Some people with long-lasting pain feel clear relief after a "
                "series of infusions, some feel a partial change, and some feel no real difference. The type "
                "of pain, how long you have had it and your overall health all play a part. That is why we start "
                "with a free consultation and a full evaluation, and why we track your progress closely so we "
                "can change course if it is not helping.",
            ),
            (
                "Is ketamine an opioid?",
                "No. Ketamine belongs to a different class of medicine and works on a different system in the "
                "body, the NMDA receptor. Some patients hope to rely less on opioids, and ketamine may be one "
                "part of that plan for some of them. Ketamine can still be misused outside a medical setting, "
                "so it is only given in our clinic, in measured doses, with staff watching you the whole time.",
            ),
            (
                "How long does relief last?",
                "It varies a lot. Some people feel better for a few weeks, and some reports describe relief "
                "lasting up to about three months. Others find the benefit fades sooner. Longer infusions and "
                "daily pain-reprogramming exercises may help the effect last. Many patients come back for "
                "maintenance infusions every so often, and your physician will plan this with you.",
            ),
            (
                "Do I have to stop my other pain medicines?",
                "Please do not stop or change any medicine on your own. Some medicines can affect how ketamine "
                "works or how you feel during an infusion, so our physicians review everything you take during "
                "your evaluation. If a change makes sense, we will work with you and the doctor who prescribes "
                "it to make that change safely.",
            ),
            (
                "Will I still need physical therapy or my other doctors?",
                "Yes. Ketamine is meant to be one part of a wider plan, not a replacement for the care you already "
                "have. Many patients find that movement, physical therapy and daily exercises feel easier in the "
                "days after an infusion. We are glad to share updates with your primary doctor or pain specialist "
                "if you would like us to.",
            ),
        ],
        "references": [
            {
                "title": "Chronic Pain Among Adults — United States, 2019–2021",
                "publisher": "Centers for Disease Control and Prevention (MMWR)",
                "year": 2023,
                "url": "https://www.cdc.gov/mmwr/volumes/72/wr/mm7215a1.htm",
            },
            {
                "title": "Chronic Pain",
                "publisher": "MedlinePlus, U.S. National Library of Medicine",
                "year": 2024,
                "url": "https://medlineplus.gov/chronicpain.html",
            },
        ],
        "related": ["crps", "depression", "anxiety"],
    },
    # ------------------------------------------------------------------
    # CRPS
    # ------------------------------------------------------------------
    {
        "slug": "crps",
        "name": "CRPS",
        "other_names": "complex regional pain syndrome, reflex sympathetic dystrophy, RSD, causalgia",
        "summary": (
            "CRPS causes burning pain far beyond the original injury. See how ketamine infusions "
            "may help some patients, and why early, careful care matters."
        ),
        "display_order": 2,
        "crisis_note": False,
        "overview": _md(
            """
            Complex regional pain syndrome, or CRPS, is a long-lasting pain condition that usually affects one arm, leg, hand or foot. It most often begins after an injury, and the pain is much stronger and lasts much longer than the injury itself would explain. Experts describe it as a neuro-inflammatory disorder: nerves and the body's inflammation response seem to keep each other switched on.

            There are two types:

            - **CRPS type 1**, once called reflex sympathetic dystrophy, develops without a confirmed nerve injury. Most people with CRPS have this type.
            - **CRPS type 2**, once called causalgia, follows a confirmed injury to a nerve.

            Both types cause similar symptoms and are treated in similar ways.

            CRPS is uncommon, and exact numbers are hard to pin down. A figure of about 200,000 new cases a year in the United States is often quoted, but it is only a rough estimate. What is clearer is that earlier diagnosis and treatment tend to give people a better chance of improving. If your pain after an injury seems out of step with how the injury is healing, it is worth asking your doctor about CRPS.
            """
        ),
        "what_it_feels_like": _md(
            """
            People with CRPS often say the pain is unlike anything they have felt before. It is usually constant, and it can flare with the lightest touch, a change in temperature or a stressful day. Common symptoms include:

            - burning, throbbing or pins-and-needles pain in one limb
            - pain from things that should not hurt, such as clothing, bedsheets or a light breeze (this is called allodynia)
            - strong sensitivity to cold
            - swelling of the limb
            - skin that changes color, temperature or texture, for example turning red, blotchy, shiny or pale
            - changes in how hair and nails grow on the limb
            - stiff joints, muscle spasms, weakness or tremor

            Symptoms can spread from the first area to the rest of the limb, and sometimes to another limb.

            Living with CRPS is exhausting. Many people guard the limb so carefully that they stop using it, which can lead to even more stiffness. Sleep often suffers, and it is common to feel anxious, low or unheard, especially if it took a long time to get a diagnosis. These reactions make sense, and we take them into account when we plan your care.
            """
        ),
        "causes_and_risk_factors": _md(
            """
            Doctors do not fully understand why CRPS develops in some people and not in others after the same kind of injury. More than 90 percent of cases follow some form of trauma, such as:

            - a broken bone
            - a sprain or other soft-tissue injury
            - surgery
            - a period when the limb was kept still, such as time in a cast or splint
            - a minor injury, even a needle stick

            ### What may be going on
            Researchers think several processes combine. Injured nerves may send faulty signals. Inflammation may stay active longer than it should. The nerves that control blood flow and sweating may misfire, which helps explain the color and temperature changes. Over time, the spinal cord and brain can become sensitized, so pain signals get amplified. Studies have also found changes in how the brain "maps" the affected limb.

            ### Who is at risk
            CRPS can happen at any age, though it appears to be diagnosed more often in women than in men. Keeping a limb still for a long time can make stiffness and pain worse, which is one reason doctors encourage early, gentle movement when it is safe. Stress, poor sleep and low mood do not cause CRPS, but they can make pain harder to live with.
            """
        ),
        "how_treatment_may_help": _md(
            """
            Ketamine blocks the NMDA receptor, a kind of switch in the nervous system that helps drive central sensitization, the "volume turned up" state seen in CRPS. Ketamine has been studied for CRPS more than for many other pain conditions. Some studies suggest that longer, carefully monitored infusions can ease pain for a period of weeks in some patients. Other patients see only a modest change, and many of the studies are small, so the evidence has limits.

            Ketamine may also help in a second way. For roughly two to three days after an infusion, the brain appears to be more flexible, or "plastic". Our clinic uses that window for our pain-reprogramming protocol: about 20 minutes of guided exercises each day, tailored to you, that aim to help the brain respond to signals from the affected limb in a less alarmed way.

            CRPS is hard on mood as well as the body, so integrative psychotherapy is part of care for patients who want it. Working on fear of movement and the daily stress of living with pain can make it easier to keep up with physical therapy, which remains a key part of CRPS treatment.

            Ketamine is one piece of a plan. It does not replace physical therapy or the care you get from your other doctors.
            """
        ),
        "course_of_treatment": _md(
            """
            Your physician designs your course after a full evaluation, and it may change as you go. For CRPS, many protocols favor longer infusions, because studies suggest longer infusions may lead to longer-lasting relief. A course might include:

            - a first series of infusions, for example around six over two to six weeks, or five over ten to fourteen days
            - infusions lasting from about 40 minutes to two hours, depending on the protocol your physician chooses
            - daily 20-minute pain-reprogramming exercises at home
            - physical or occupational therapy, ideally timed for the days after infusions
            - optional enhancement sessions, if your physician feels they would help

            ### After the first series
            The benefit of ketamine tends to fade over time. Some patients report relief for several weeks, and some reports describe up to about three months. Many people with CRPS need maintenance infusions, often starting about four to six weeks after the first series and then as needed. Ketamine is not a lasting fix on its own.

            ### Everyday support
            We also talk with you about habits that support your nervous system: less caffeine, balanced meals with whole grains, vegetables and omega-3 fats, enough folate and vitamin B12, and gentle activity such as walking, yoga or tai chi where your limb allows it.
            """
        ),
        "what_to_expect": _md(
            """
            ### Start with a free video visit
            Your first step is a [free consultation](/consultation/) with one of our physicians over video. Tell us how your CRPS started, what you have tried and what a good day would look like for you. You are under no obligation to go further.

            ### Evaluation
            Next comes a careful medical review. We look at your records, imaging and current medicines, and we check your heart health and blood pressure. Ketamine is not right for everyone, and we will tell you plainly if we think it is not a good fit.

            ### Your infusion
            We know touch can be painful with CRPS. Let us know which limb is affected, and we will try to place the small IV line somewhere else. You rest in a quiet, comfortable room during the infusion. Many people feel relaxed, dreamy or a bit detached. Someone will need to drive you home afterward.

            ### Monitoring and side effects
            Our team checks your blood pressure, heart rate and oxygen level throughout. Side effects can include higher blood pressure and heart rate, anxiety, dizziness, double vision, nausea and sometimes vomiting. Seizures and slowed breathing are rare. Your blood pressure and heart rate usually return to your normal range within about 20 minutes after the infusion stops.

            ### Integration and follow-up
            In the days after each infusion, our integration process helps you put the window of change to work through your daily exercises and therapy. We follow your pain, swelling, movement and mood over time, and we adjust the plan with you, including whether and when maintenance infusions make sense.
            """
        ),
        "symptoms": [
            "burning pain in one limb",
            "pain from light touch (allodynia)",
            "sensitivity to cold",
            "swelling of the affected limb",
            "changes in skin color or temperature",
            "joint stiffness",
            "muscle spasms or tremor",
        ],
        "faqs": [
            (
                "Can ketamine help if I have had CRPS for years?",
                "It may, for some people. Treatment tends to work better when CRPS is caught early, but people who "
                "have lived with it for years sometimes still notice a meaningful change. Others do not. Because "
                "results vary so much, we start with a free consultation and a full evaluation, and we check in "
                "often during treatment so we can tell together whether it is worth continuing.",
            ),
            (
                "Touching my affected limb is very painful. How do you place the IV?",
                "Tell us which limb is affected before your first visit. Whenever possible we place the IV in a "
                "different limb, and our team will go slowly and explain each step. You can ask us to pause at any "
                "time. Many patients with CRPS have had difficult experiences with medical care, and we want yours "
                "to feel as calm and respectful as we can make it.",
            ),
            (
                "Will I still need physical therapy?",
                "Yes. Keeping the limb moving is one of the most important parts of CRPS care. Ketamine does not "
                "replace physical or occupational therapy. What it may do for some people is lower pain enough, for "
                "a while, that movement and therapy feel more possible. We encourage you to schedule therapy in the "
                "days after your infusions if you can.",
            ),
            (
                "How many infusions will I need?",
                "Your physician decides this after your evaluation. A first series of around five or six infusions "
                "over two to six weeks is common, but the number, length and spacing are adjusted to how you "
                "respond. Many people with CRPS return for maintenance infusions, often starting four to six weeks "
                "after the first series. Ketamine is not a lasting fix on its own.",
            ),
            (
                "What are the risks of ketamine infusions?",
                "During an infusion your blood pressure and heart rate can rise, and some people feel anxious, "
                "dizzy, nauseous or have double vision. Seizures and slowed breathing are rare. Our team monitors "
                "you the entire time, and vital signs usually return to baseline within about 20 minutes. Ketamine "
                "is not safe for everyone, which is why we do a full evaluation first.",
            ),
        ],
        "references": [
            {
                "title": "Complex Regional Pain Syndrome",
                "publisher": "National Institute of Neurological Disorders and Stroke (NINDS)",
                "year": 2024,
                "url": "https://www.ninds.nih.gov/health-information/disorders/complex-regional-pain-syndrome",
            },
            {
                "title": "Complex Regional Pain Syndrome",
                "publisher": "MedlinePlus, U.S. National Library of Medicine",
                "year": 2024,
                "url": "https://medlineplus.gov/complexregionalpainsyndrome.html",
            },
        ],
        "related": ["chronic-pain", "depression"],
    },
    # ------------------------------------------------------------------
    # OCD
    # ------------------------------------------------------------------
    {
        "slug": "ocd",
        "name": "OCD",
        "other_names": "obsessive-compulsive disorder",
        "summary": (
            "OCD can trap you in loops of unwanted thoughts and rituals. Learn how ketamine with "
            "psychotherapy may help some people when other treatments fall short."
        ),
        "display_order": 3,
        "crisis_note": True,
        "overview": _md(
            """
            Obsessive-compulsive disorder, or OCD, is a long-lasting condition in which unwanted thoughts, images or urges (obsessions) cause strong distress, and you feel driven to repeat certain actions or mental habits (compulsions) to ease that distress. The relief does not last, so the cycle starts over again.

            OCD is not about being tidy or liking things a certain way. It can take up hours of every day, strain relationships and make work or school very hard. It often begins in childhood, the teen years or early adulthood.

            The standard treatments are a type of talk therapy called exposure and response prevention (ERP) and certain antidepressant medicines. They help many people. But OCD can be stubborn, and a good number of people try several medicines and therapies and are still struggling. For some of them, ketamine-assisted psychotherapy may be worth discussing with a physician. It is still being studied, it does not help everyone, and a full evaluation comes first.

            If you are in crisis, please use the crisis resources at the top of this page.
            """
        ),
        "what_it_feels_like": _md(
            """
            People with OCD often know their fears do not quite make sense, yet the thoughts feel urgent and impossible to ignore. Common themes include:

            - fear of germs, dirt or illness
            - fear of causing harm to yourself or someone else
            - upsetting thoughts about sex, religion or violence that go against who you are
            - a strong need for order, symmetry or things feeling "just right"
            - nagging doubt about whether you locked the door, turned off the stove or made a mistake

            Compulsions are the things you do to quiet the anxiety, such as:

            - washing or cleaning over and over
            - checking locks, appliances or messages again and again
            - counting, tapping or repeating words or actions
            - asking others for reassurance
            - going over thoughts in your head to "undo" them

            Many people feel ashamed and keep their symptoms hidden for years. Please know that intrusive thoughts are a symptom, not a sign of your character or your wishes. They are one of the most common features of OCD, and talking about them with a professional is safe.
            """
        ),
        "causes_and_risk_factors": _md(
            """
            There is no single cause of OCD. Researchers think it comes from a mix of factors:

            - **Genetics.** OCD tends to run in families. Having a parent, brother or sister with OCD raises the risk.
            - **Brain circuits.** Imaging studies point to differences in circuits that link the front of the brain with deeper areas involved in habits and decision-making. Glutamate, the same chemical messenger ketamine acts on, may be part of the picture.
            - **Stress and life events.** Trauma and major stress can set off symptoms or make them worse.
            - **Infections in childhood.** In some children, OCD symptoms appear suddenly after a strep infection. Researchers are still studying this pattern.

            OCD often occurs alongside depression, anxiety disorders, tic disorders or eating disorders. These can affect how well treatment works, which is one reason we look at the whole picture during your evaluation.

            ### Why OCD can be hard to treat
            Most OCD medicines act on serotonin, and they often need higher doses and more time than they do for depression. ERP works well for many people, but it asks you to face your fears head-on, which can feel overwhelming when symptoms are severe. Some people never find the right fit.
            """
        ),
        "how_treatment_may_help": _md(
            """
            Ketamine works on a different system from most OCD medicines. It blocks NMDA receptors, which shifts glutamate signaling in the brain. Because glutamate circuits seem to play a part in OCD, researchers have been testing ketamine for people who have not improved with usual care.

            The early studies are small. Some suggest that a ketamine infusion can ease obsessive thoughts within hours or days for some people. For others, the change is small or short-lived. Research on OCD is less developed than research on depression, and we want you to know that up front.

            Ketamine may also open a period of roughly two to three days after each infusion when the brain is more open to change. This is often called a window of neuroplasticity. We aim to use it well:

            - **Ketamine-assisted psychotherapy.** Talk therapy around your infusions can help you look at obsessions from a less threatened point of view.
            - **Integration.** After each infusion, we help you reflect on what came up and how to use it in daily life.
            - **Building on proven therapy.** Some patients find it easier to practice resisting compulsions, the heart of ERP, during this window. If you already have a therapist, we are happy to coordinate with them.

            The hope is to ease intrusive thoughts and compulsions enough that you can change how you relate to them, with ketamine as one tool among several.
            """
        ),
        "course_of_treatment": _md(
            """
            Your physician tailors the plan to you. For OCD, a first series is often spread over about two to four weeks, for example around six infusions. Each infusion usually lasts from about 40 minutes to an hour or so. Protocols vary, and your physician adjusts the dose and spacing based on how you respond and how you feel during infusions.

            A course usually includes:

            - a first series of infusions
            - therapy sessions around the infusions, with integration after each one
            - practice between visits, such as ERP exercises or journaling
            - optional enhancement sessions if your physician thinks they would help
            - a review at the end of the series to decide the next steps together

            ### If it helps
            Ketamine is not a lasting fix on its own. Some people keep their gains with therapy alone, while others need periodic maintenance infusions. Your physician will talk with you about what makes sense.

            ### Everyday habits
            Steady routines can support treatment. We often suggest less caffeine, which can heighten anxiety; regular meals with whole grains, vegetables and omega-3 fats; enough folate and vitamin B12; light exercise; and calming practices such as meditation, yoga or tai chi. Please keep taking your current medicines unless your doctor tells you otherwise.
            """
        ),
        "what_to_expect": _md(
            """
            ### Free virtual consultation
            It begins with a [free consultation](/consultation/) by video with one of our physicians. You can share as much or as little as feels comfortable about your OCD and the treatments you have tried. There is no pressure to sign up.

            ### Evaluation
            If ketamine may suit you, we do a full medical and mental health evaluation. We review your medicines, your heart health and your history. Ketamine is not safe for everyone. For example, it is usually not advised for people with a history of psychosis or with poorly controlled blood pressure.

            ### Infusion day
            You relax in a private, comfortable space while the medicine goes in slowly through an IV. Many people feel dreamy, floaty or a little separated from their usual thoughts. Some find this a welcome break from the constant noise of OCD. You will need someone to drive you home.

            ### Monitoring and side effects
            A team member monitors your blood pressure, heart rate and breathing throughout. Side effects can include:

            - higher blood pressure and heart rate
            - feeling anxious or unsettled
            - dizziness or double vision
            - nausea or vomiting

            Seizures and slowed breathing are rare. Vital signs usually return to your baseline within about 20 minutes after the infusion.

            ### Integration and follow-up
            Integration sessions in the days after each infusion help you turn insight into practice. We check your symptoms with simple questionnaires, stay in touch between visits and adjust the plan with you as you go.
            """
        ),
        "symptoms": [
            "unwanted intrusive thoughts",
            "repeated checking",
            "excessive washing or cleaning",
            "strong need for order or symmetry",
            "counting or repeating actions",
            "seeking reassurance",
            "distress when rituals are interrupted",
        ],
        "faqs": [
            (
                "Do I have to stop my OCD medication?",
                "Usually not, but please do not make any change on your own. Many people continue their usual "
                "medicine during ketamine treatment. A few medicines can affect how ketamine works or how you "
                "feel during an infusion, so our physicians review everything you take during your evaluation. "
                "If an adjustment makes sense, we will plan it with you and your prescriber.",
            ),
            (
                "Does ketamine replace ERP therapy?",
                "No. Exposure and response prevention remains one of the best-studied treatments for OCD. We see "
                "ketamine as a possible way to make therapy feel more doable for some people, not as a substitute "
                "for it. If you already work with an OCD therapist, we encourage you to keep going and, with your "
                "permission, we are glad to coordinate.",
            ),
            (
                "How quickly might I notice a change?",
                "Some people in early studies noticed their obsessions quiet down within hours or days of an "
                "infusion. Others needed several infusions before seeing any shift, and some did not improve. "
                "Because research on ketamine for OCD is still young, we track your symptoms closely and review "
                "honestly with you whether treatment is worth continuing.",
            ),
            (
                "Will I lose control during the infusion?",
                "Most people stay awake and aware, though thoughts and senses can feel different for a while. "
                "A team member is nearby the whole time, and the dose is low compared with anesthesia. If you "
                "feel uneasy, we can talk you through it and adjust the infusion. The effects fade fairly "
                "quickly once the infusion ends, usually within an hour or two.",
            ),
        ],
        "references": [
            {
                "title": "Obsessive-Compulsive Disorder",
                "publisher": "National Institute of Mental Health (NIMH)",
                "year": 2024,
                "url": "https://www.nimh.nih.gov/health/topics/obsessive-compulsive-disorder-ocd",
            },
            {
                "title": "Obsessive-Compulsive Disorder",
                "publisher": "MedlinePlus, U.S. National Library of Medicine",
                "year": 2024,
                "url": "https://medlineplus.gov/obsessivecompulsivedisorder.html",
            },
        ],
        "related": ["anxiety", "depression"],
    },
    # ------------------------------------------------------------------
    # PTSD
    # ------------------------------------------------------------------
    {
        "slug": "ptsd",
        "name": "PTSD",
        "other_names": "post-traumatic stress disorder",
        "summary": (
            "PTSD can keep your body on alert long after danger has passed. Learn how ketamine "
            "with therapy may help some people, and what treatment involves."
        ),
        "display_order": 4,
        "crisis_note": True,
        "overview": _md(
            """
            Post-traumatic stress disorder, or PTSD, can develop after you live through or witness something frightening, violent or life-threatening. Combat, assault, abuse, serious accidents, disasters and the sudden loss of a loved one are common examples. It can also grow out of repeated exposure to trauma, as happens to some first responders and health care workers.

            Most people have strong reactions after a trauma, and many recover over the following weeks or months. With PTSD, the reactions stay, or even grow, and get in the way of daily life. Estimates suggest that about 6 to 7 out of every 100 Americans will have PTSD at some point in their lives.

            Trauma-focused therapy and some medicines help many people. But as many as half of people with PTSD do not get enough relief from antidepressants, antipsychotic medicines or cognitive behavioral therapy. For some of them, ketamine-assisted psychotherapy may be worth exploring. It is not right for everyone, and a careful evaluation comes first.

            If you are in crisis, please use the crisis resources at the top of this page.
            """
        ),
        "what_it_feels_like": _md(
            """
            PTSD can feel as if your body never got the message that the danger is over. Symptoms usually fall into four groups:

            - **Reliving the event.** Flashbacks, nightmares, or upsetting memories that show up without warning.
            - **Avoidance.** Steering clear of places, people, conversations or thoughts that remind you of what happened.
            - **Feeling on edge.** Being easily startled, tense or irritable, or having trouble sleeping and concentrating.
            - **Changes in thoughts and mood.** Guilt, shame, numbness, losing interest in things you used to enjoy, or feeling cut off from the people around you.

            Many people also live with headaches, stomach trouble or chronic pain, or lean on alcohol or other substances to get through the day. Depression and anxiety often come along with PTSD.

            You may feel that you "should be over it" by now. PTSD is not a weakness, and it is not a choice. It reflects real changes in how the brain handles fear and memory, and it deserves real care.
            """
        ),
        "causes_and_risk_factors": _md(
            """
            Anyone can develop PTSD, at any age. Not everyone who goes through trauma develops it, and researchers are still learning why. Things that may raise the risk include:

            - trauma that is severe, long-lasting or repeated
            - being hurt, or seeing others hurt or killed
            - trauma in childhood
            - having little support from family or friends afterward
            - extra stress after the event, such as losing a job, a home or a loved one
            - a personal or family history of mental health conditions or substance use

            Things that can help protect people include strong social support, finding a way of coping that feels right, and getting help early.

            ### What happens in the brain
            Trauma can change how the brain areas that handle threat, memory and emotion talk to each other. The brain's alarm system becomes overactive, and the parts that normally calm it down have a harder time doing their job. That helps explain why a harmless sound, smell or place can set off an intense fear response, even years later.
            """
        ),
        "how_treatment_may_help": _md(
            """
            Ketamine acts on glutamate, one of the brain's main chemical messengers, by blocking the NMDA receptor. In the days after an infusion, the brain may be better able to form new connections. Researchers call this neuroplasticity, and they think it may help loosen fear patterns that have become stuck.

            Many patients also describe feeling a little more distant from painful memories during and shortly after an infusion. In ketamine-assisted psychotherapy, that distance may let you revisit a traumatic memory from a calmer, more neutral stance, with a therapist by your side. Some people find they can look at what happened without being flooded by it.

            To be clear, **ketamine does not erase memories**. You will still remember what happened. The hope is that the memory can carry less charge and take up less room in your life.

            Research on ketamine for PTSD is still growing. Some studies suggest it can ease symptoms for some people, at least for a time, while others show smaller effects. Results vary, and the effect of a single infusion tends to fade. That is why we pair infusions with integrative psychotherapy and a structured integration process rather than offering infusions alone.
            """
        ),
        "course_of_treatment": _md(
            """
            Your plan is set by your physician and built around you. A common pattern is a series of around six infusions over two to six weeks, with therapy woven in. Each infusion usually lasts about 40 minutes to an hour or a little longer. Protocols vary, and the dose and timing are adjusted to how you respond.

            A typical course may include:

            - a preparation session to talk about your goals, your worries and what an infusion may feel like
            - the infusion series itself
            - integration sessions in the days after each infusion, while the brain may be most open to change
            - trauma-focused therapy with your own therapist or with ours
            - optional enhancement sessions if needed

            ### Looking after yourself between sessions
            Sleep and stress have a big effect on PTSD. We encourage less caffeine, regular meals with whole grains, vegetables and omega-3 fats, enough folate and vitamin B12, light exercise, and grounding practices such as meditation, yoga or tai chi.

            ### After the series
            Ketamine is not a lasting fix on its own. Some people need maintenance infusions from time to time, while others hold on to their progress through therapy. We review this together at the end of your first series.
            """
        ),
        "what_to_expect": _md(
            """
            ### Free virtual consultation
            Your first step is a [free consultation](/consultation/) by video with one of our physicians. You do not need to share the details of your trauma. We will ask about your symptoms, your treatment so far and what you hope to change.

            ### Evaluation
            We then do a full medical and mental health evaluation. This covers your medicines, heart health, blood pressure and history. Ketamine is not safe for everyone, including some people with a history of psychosis or with certain heart conditions, so we take this step seriously.

            ### Infusion day
            We aim to make the room feel safe and calm. You can bring music, ask for the lights to be dimmed, and have a trusted person drive you and wait nearby. You stay in control of the pace, and you can ask questions or ask us to pause at any point. Many people feel dreamy, floaty or a little detached during the infusion.

            ### Monitoring and side effects
            A team member watches your blood pressure, heart rate and breathing throughout. Possible side effects include higher blood pressure and heart rate, anxiety, dizziness, double vision, and nausea or vomiting. Seizures and slowed breathing are rare. Vital signs usually return to baseline within about 20 minutes after the infusion ends.

            ### Integration and follow-up
            In the days after each infusion, integration sessions help you make sense of what came up and connect it to your therapy. We check your symptoms regularly and adjust the plan with you, including whether maintenance infusions might help.
            """
        ),
        "symptoms": [
            "flashbacks",
            "nightmares",
            "avoiding reminders of the trauma",
            "being easily startled",
            "trouble sleeping",
            "feeling numb or detached",
            "irritability or angry outbursts",
        ],
        "faqs": [
            (
                "Will ketamine make me forget my trauma?",
                "No. Ketamine does not erase or block memories, and you will still remember what happened. What "
                "some people notice is that, with therapy, the memory feels less overwhelming and easier to think "
                "about. The goal is for the past to have less hold over your present, not to wipe it away.",
            ),
            (
                "Do I have to talk about my trauma in detail?",
                "Not unless you choose to. You set the pace. Some people find that talking through parts of their "
                "experience during integration is helpful, and others focus more on present-day symptoms such as "
                "sleep, anger or avoidance. Our team will never push you to share more than you are ready to.",
            ),
            (
                "What if the infusion brings up upsetting memories?",
                "It can happen. A team member is with you or close by the whole time, and we can talk you through "
                "difficult moments or adjust the infusion. Afterward, integration sessions give you space to "
                "process what came up with a professional. Many people find this part of the work meaningful, "
                "though it is not always easy.",
            ),
            (
                "Can I keep seeing my own therapist?",
                "Yes, and we encourage it. Trauma-focused therapy is one of the best-supported treatments for PTSD, "
                "and ketamine is meant to support that work, not replace it. With your permission, we are happy "
                "to coordinate with your therapist so your infusions and therapy sessions fit together well.",
            ),
            (
                "How soon might I notice a difference?",
                "It varies. Some people notice changes in mood, sleep or tension within days of their first few "
                "infusions. For others, change builds slowly across the series, and some people do not improve. "
                "Results from research are mixed, so we track your symptoms closely and talk honestly with you "
                "about whether treatment is helping.",
            ),
        ],
        "references": [
            {
                "title": "Post-Traumatic Stress Disorder",
                "publisher": "National Institute of Mental Health (NIMH)",
                "year": 2024,
                "url": "https://www.nimh.nih.gov/health/topics/post-traumatic-stress-disorder-ptsd",
            },
            {
                "title": "How Common is PTSD in Adults?",
                "publisher": "U.S. Department of Veterans Affairs, National Center for PTSD",
                "year": 2023,
                "url": "https://www.ptsd.va.gov/understand/common/common_adults.asp",
            },
            {
                "title": "Post-Traumatic Stress Disorder",
                "publisher": "MedlinePlus, U.S. National Library of Medicine",
                "year": 2024,
                "url": "https://medlineplus.gov/posttraumaticstressdisorder.html",
            },
        ],
        "related": ["anxiety", "depression", "chronic-pain"],
    },
    # ------------------------------------------------------------------
    # Anxiety
    # ------------------------------------------------------------------
    {
        "slug": "anxiety",
        "name": "Anxiety",
        "other_names": "anxiety disorders, generalized anxiety disorder, panic disorder, social anxiety disorder",
        "summary": (
            "Anxiety that will not switch off can wear down body and mind. See how ketamine with "
            "therapy may help some people when usual treatments fall short."
        ),
        "display_order": 5,
        "crisis_note": True,
        "overview": _md(
            """
            Everyone feels anxious sometimes. Worry before a test or a hard conversation is normal, and it can even help you prepare. An anxiety disorder is different. The fear or worry is strong, hard to control and lasts for months. It gets in the way of work, school, relationships and sleep.

            Anxiety disorders are among the most common mental health conditions in the United States. They include:

            - generalized anxiety disorder, with ongoing worry about many everyday things
            - panic disorder, with sudden waves of intense fear
            - social anxiety disorder, a strong fear of being judged or embarrassed
            - specific phobias, intense fear of certain things or situations

            Therapy and medicines help many people. But some common anxiety medicines can be habit-forming, can leave people foggy or drowsy, or seem to work less well over time. For people who have tried standard care without enough relief, ketamine paired with integrative therapy is one option to explore with a physician. It does not work for everyone, and we always begin with a thorough evaluation.

            If you are in crisis, please use the crisis resources at the top of this page.
            """
        ),
        "what_it_feels_like": _md(
            """
            Anxiety lives in both the mind and the body. You might notice:

            - worry that jumps from one topic to the next and will not let go
            - a sense that something bad is about to happen
            - restlessness or feeling keyed up
            - a racing heart, tight chest or shortness of breath
            - tense muscles, headaches or an upset stomach
            - trouble falling asleep, or waking with your mind already racing
            - avoiding places or situations that might set off fear

            A panic attack can feel like a medical emergency, with a pounding heart, shaking, sweating and a fear of losing control. Many people end up in an emergency room before anyone names it as panic.

            Over time, anxiety can shrink your world. You may turn down invitations, avoid driving or spend hours planning around what might go wrong. Living that way is exhausting, and it is not a personal failing.
            """
        ),
        "causes_and_risk_factors": _md(
            """
            Anxiety disorders come from a mix of biology, life experience and surroundings. Factors linked to a higher risk include:

            - a family history of anxiety or other mental health conditions
            - being very shy or uneasy in new situations as a child
            - stressful or traumatic events, in childhood or adulthood
            - ongoing stress, such as money worries, illness or caring for a loved one
            - some physical health problems, such as thyroid problems or heart rhythm problems
            - caffeine, some medicines, and alcohol or drug use, which can cause or worsen symptoms

            Anxiety often overlaps with depression, PTSD, OCD and chronic pain. Each can feed the others, which matters when choosing a treatment.

            ### The brain's alarm system
            With an anxiety disorder, the brain's threat-detection system seems to fire too easily and calm down too slowly. Worry can wear deep grooves, like ruts in a dirt road, so the mind slides into the same anxious paths again and again. Treatment aims to help the brain build new, calmer routes.
            """
        ),
        "how_treatment_may_help": _md(
            """
            Most anxiety medicines work mainly on serotonin or on a calming messenger called GABA. Ketamine acts on a different system. It blocks the NMDA receptor and shifts glutamate signaling, which may lead to a burst of new connections between brain cells over the following days.

            Much of what we know about ketamine and anxiety comes from studies of depression, where anxiety symptoms often improve too. A smaller number of studies have looked at anxiety disorders directly, and some suggest a benefit for people whose anxiety has not responded to other treatments. The research is still early, results vary, and ketamine does not help everyone.

            We believe how ketamine is used matters as much as the medicine itself. In our clinic, infusions are paired with integrative psychotherapy. In the two to three days after an infusion, when the brain may be more flexible, therapy can help you:

            - notice worried thoughts without getting swept up in them
            - practice facing feared situations in small, manageable steps
            - build calming skills you can use on your own

            Unlike daily anxiety medicines, ketamine is given only in our clinic, under supervision, on a set schedule. Ketamine can be misused outside medical settings, and it has side effects of its own, so we keep a close eye on every infusion.
            """
        ),
        "course_of_treatment": _md(
            """
            Your physician decides on the plan after your evaluation. A common approach is around six infusions over two to six weeks. Each infusion often runs about 40 minutes, though protocols vary and your physician may adjust the dose, length and spacing based on how you respond.

            A course may include:

            - a first series of infusions
            - therapy and integration sessions around each infusion
            - skills practice at home between visits
            - optional enhancement sessions if your physician recommends them
            - a review of your progress at the end of the series

            ### Lifestyle support
            Small changes can make a real difference for anxiety. We often suggest:

            - cutting back on caffeine, which can mimic or trigger anxious feelings
            - regular meals with whole grains, vegetables and omega-3 fats
            - enough folate and vitamin B12
            - light exercise, such as a daily walk
            - meditation, yoga or tai chi to help settle the nervous system

            ### Staying well
            Ketamine is not a lasting fix on its own. Some people keep their progress with therapy and healthy routines, and some come back for periodic maintenance infusions. Please do not stop any current medicine without talking with your prescriber, since some anxiety medicines must be tapered slowly.
            """
        ),
        "what_to_expect": _md(
            """
            ### Free virtual consultation
            You can start from home with a [free consultation](/consultation/) by video with one of our physicians. We will listen to what your anxiety is like, what you have tried and what you want to change. If you feel nervous about the call, that is completely normal, and you can stop at any time.

            ### Evaluation
            If ketamine could be a fit, we complete a full medical and mental health evaluation, including your medicines, blood pressure and heart health. Ketamine is not safe for everyone. For example, it is usually not advised for people with a history of psychosis or with poorly controlled high blood pressure.

            ### Infusion day
            We explain each step before it happens, so there are few surprises. You sit back in a comfortable chair while the medicine goes in slowly through a small IV. Many people feel relaxed, dreamy or a little detached. Feeling uneasy as the infusion starts is common, and a team member is close by to help. Please plan for someone to drive you home.

            ### Monitoring and side effects
            We watch your blood pressure, heart rate and breathing throughout. Side effects can include:

            - a rise in blood pressure and heart rate
            - a spike of anxiety during the infusion
            - dizziness or double vision
            - nausea or vomiting

            Seizures and slowed breathing are rare. Blood pressure and heart rate usually settle back to your baseline within about 20 minutes after the infusion.

            ### Integration and follow-up
            After each infusion, integration sessions help you put what you noticed into practice. We track your symptoms, check in between visits and adjust the plan with you.
            """
        ),
        "symptoms": [
            "constant or excessive worry",
            "restlessness or feeling on edge",
            "racing heart",
            "muscle tension",
            "trouble sleeping",
            "panic attacks",
            "avoiding feared situations",
        ],
        "faqs": [
            (
                "I feel anxious just thinking about an infusion. Is that normal?",
                "Very normal. Many of our patients feel nervous before their first visit. We explain what will "
                "happen ahead of time, you can ask as many questions as you like, and a team member stays close "
                "by during the infusion. If anxiety rises while the medicine is going in, we can talk you through "
                "it and adjust the infusion if needed.",
            ),
            (
                "Can I keep taking my anxiety medication?",
                "Please do not stop or change any medicine on your own, since some anxiety medicines need to be "
                "tapered slowly. Certain medicines, including some sedatives, may affect how ketamine works, so "
                "our physicians will review everything you take. If timing or doses need to change, we will plan "
                "it with you and your prescriber.",
            ),
            (
                "Is ketamine habit-forming?",
                "Ketamine can be misused, especially when taken often, in high doses or without medical care. "
                "In our clinic it is given in low, measured doses on a set schedule, and you never take it home. "
                "Our physicians screen for substance use risks during your evaluation and keep an eye on this "
                "throughout your treatment.",
            ),
            (
                "How is this different from taking a daily pill?",
                "Daily anxiety medicines are taken at home, usually for months or years. Ketamine is given as a "
                "short series of supervised infusions in our clinic, combined with therapy. It works on a different "
                "brain system, glutamate, and some people notice changes sooner. It is not right for everyone, "
                "and many people use both approaches together under medical guidance.",
            ),
            (
                "How soon might I feel a difference?",
                "Some people feel calmer within a day or two of an infusion, while others notice gradual change "
                "over the series. Some people do not improve. Because research on ketamine for anxiety is still "
                "early, we check in often and talk openly with you about whether treatment is worth continuing.",
            ),
        ],
        "references": [
            {
                "title": "Anxiety Disorders",
                "publisher": "National Institute of Mental Health (NIMH)",
                "year": 2024,
                "url": "https://www.nimh.nih.gov/health/topics/anxiety-disorders",
            },
            {
                "title": "Anxiety",
                "publisher": "MedlinePlus, U.S. National Library of Medicine",
                "year": 2024,
                "url": "https://medlineplus.gov/anxiety.html",
            },
        ],
        "related": ["depression", "ptsd", "ocd"],
    },
    # ------------------------------------------------------------------
    # Depression
    # ------------------------------------------------------------------
    {
        "slug": "depression",
        "name": "Depression",
        "other_names": "treatment-resistant depression, major depressive disorder",
        "summary": (
            "When depression has not lifted after two or more antidepressants, ketamine may be an "
            "option for some people. Learn what treatment involves."
        ),
        "display_order": 6,
        "crisis_note": True,
        "overview": _md(
            """
            Depression is more than feeling sad for a few days. Major depressive disorder is a medical condition in which low mood, loss of interest and other symptoms last at least two weeks and affect how you think, feel, sleep and get through the day. It is one of the most common health conditions in the United States, and it can affect anyone.

            Many people improve with therapy, antidepressant medicines or both. But for a sizable group, the depression does not lift. When someone has tried at least two antidepressants, at a proper dose and for long enough, without an adequate response, doctors call it treatment-resistant depression.

            If that describes you, please know that you have not failed treatment. Treatment has not yet worked for you, and there are still options. Ketamine is one of them. Studies suggest it can help some people with treatment-resistant depression, sometimes quickly, but it does not work for everyone, and a careful evaluation comes first.

            If you are in crisis, please use the crisis resources at the top of this page.
            """
        ),
        "what_it_feels_like": _md(
            """
            Depression can feel like a heavy weight, a gray fog, or simply nothing at all. Common symptoms include:

            - feeling sad, empty or hopeless most of the day
            - losing interest or pleasure in things you used to enjoy
            - low energy and feeling tired all the time
            - sleeping too much or too little
            - changes in appetite or weight
            - trouble thinking, focusing or making decisions
            - feeling worthless or guilty
            - moving or speaking more slowly, or feeling restless
            - thoughts of death or suicide

            Depression can also show up in the body as aches, headaches or stomach problems without a clear cause. It often travels with anxiety, chronic pain or PTSD.

            With treatment-resistant depression there is often another layer: the weariness of trying medicine after medicine, waiting weeks each time to see if it helps, and starting to wonder whether anything will.
            """
        ),
        "causes_and_risk_factors": _md(
            """
            Depression has no single cause. It usually grows from a combination of factors:

            - **Genes and family history.** Depression is more common in people whose close relatives have had it.
            - **Brain chemistry and circuits.** Changes in how brain cells communicate, and in the connections between them, appear to play a part.
            - **Life events.** Trauma, loss, long-term stress, loneliness and big life changes can trigger or deepen depression.
            - **Physical health.** Chronic pain, heart disease, diabetes, thyroid problems and other illnesses are linked to depression. Some medicines can contribute too.
            - **Alcohol and drugs.** Substance use can worsen mood and get in the way of treatment.

            ### Why some depression resists treatment
            Researchers do not fully understand why some people do not respond to standard antidepressants. Most of those medicines act on serotonin, norepinephrine or dopamine. Growing evidence points to a role for glutamate, the brain's main "go" signal, and to the loss of connections between brain cells under long-term stress. That line of research is what led scientists to study ketamine for depression.
            """
        ),
        "how_treatment_may_help": _md(
            """
            Ketamine blocks the NMDA receptor and sets off a chain of changes in glutamate signaling. Within hours, this appears to encourage brain cells to grow new connections, which may help repair circuits that long-term stress has worn down. Researchers think this window of increased neuroplasticity lasts for roughly two to three days after an infusion.

            One thing that sets ketamine apart is speed. Standard antidepressants usually take several weeks to help. In studies, some people with treatment-resistant depression felt their mood begin to lift within hours to a day after an infusion. Others improved more slowly, and some did not respond at all.

            In 2019 the FDA gave approval to esketamine nasal spray (Spravato), a medicine closely related to ketamine, for treatment-resistant depression. It is given under supervision at certified treatment centers. IV ketamine, which our clinic uses, is a different form, and its use for depression is off-label. That means doctors may legally prescribe it, but the FDA has not specifically reviewed it for this purpose.

            We pair infusions with integrative psychotherapy and an integration process after each infusion. The aim is to use the window of change to build new ways of thinking and coping, so that any progress has a better chance of lasting.
            """
        ),
        "course_of_treatment": _md(
            """
            Your physician sets your plan after a full evaluation. A common protocol for depression uses a low dose, often around 0.5 mg per kilogram of body weight, given over roughly 40 minutes. Many people receive around six infusions over two to six weeks, though the number and spacing are adjusted to your response.

            A course usually includes:

            - a first series of infusions
            - psychotherapy and integration sessions around each infusion
            - regular mood check-ins using short questionnaires
            - optional enhancement sessions if your physician recommends them
            - a plan for what comes next when the series ends

            ### Maintenance
            Ketamine is not a lasting fix on its own. The effect of a single infusion often fades over days to weeks. Some people stay well with therapy, medicines and healthy routines after the first series. Others benefit from periodic maintenance infusions, sometimes starting about four to six weeks after the series.

            ### Lifestyle support
            Depression affects the whole body, so we also talk about daily habits: less caffeine, meals built around whole grains and vegetables, omega-3 fats, enough folate and vitamin B12, light exercise, and calming practices such as meditation, yoga or tai chi. Please keep taking your antidepressant unless your prescriber advises otherwise; many people continue it during ketamine treatment.
            """
        ),
        "what_to_expect": _md(
            """
            ### Free virtual consultation
            The first step is a [free consultation](/consultation/) by video with one of our physicians. We will ask about your depression, the treatments you have tried and how things are going day to day. Come with any questions; there is no obligation to go ahead.

            ### Evaluation
            Next we do a full medical and mental health evaluation. We review your medicines, heart health, blood pressure and history. Ketamine is not safe for everyone. For example, it is usually not advised for people with a history of psychosis or with certain heart conditions.

            ### Infusion day
            You settle into a comfortable chair in a quiet room while the medicine goes in slowly through a small IV. Many people feel dreamy, floaty or a little detached from their surroundings. Some find music or an eye mask helpful. You will need someone to drive you home afterward.

            ### Monitoring and side effects
            A trained team member watches your blood pressure, heart rate and breathing throughout. Possible side effects include:

            - a rise in blood pressure and heart rate
            - anxiety or feeling unsettled
            - dizziness or double vision
            - nausea or vomiting

            Seizures and slowed breathing are rare. Blood pressure and heart rate usually return to your baseline within about 20 minutes after the infusion ends.

            ### Integration and follow-up
            In the days after each infusion, integration sessions help you make sense of the experience and turn it into small, practical changes. We track your mood, keep in touch between visits and adjust the plan with you, including whether maintenance infusions make sense.
            """
        ),
        "symptoms": [
            "persistent sad or empty mood",
            "loss of interest or pleasure",
            "fatigue and low energy",
            "sleeping too much or too little",
            "changes in appetite or weight",
            "trouble concentrating",
            "feelings of worthlessness or guilt",
            "thoughts of death or suicide",
        ],
        "faqs": [
            (
                "How do I know if my depression is treatment-resistant?",
                "Doctors usually use this term when depression has not improved enough after at least two "
                "different antidepressants, each taken at a proper dose for long enough. Our physicians will "
                "review your treatment history with you during the free consultation. Even if your depression "
                "does not meet that definition, we can talk through whether ketamine or another option makes sense.",
            ),
            (
                "How fast might ketamine work?",
                "In studies, some people felt their mood begin to lift within hours to a day of an infusion, "
                "much sooner than the several weeks antidepressants usually take. Others improved gradually over "
                "a series of infusions, and some did not respond. We cannot predict your response in advance, "
                "so we track how you feel after every session.",
            ),
            (
                "Is ketamine the same as Spravato?",
                "They are closely related but not the same. Spravato is a nasal spray containing esketamine, one "
                "form of the ketamine molecule. In 2019 the FDA gave approval to it for treatment-resistant "
                "depression. IV ketamine is given through a vein, and its use for depression is off-label. Our "
                "physicians can talk with you about the differences.",
            ),
            (
                "Do I need to stop my antidepressant?",
                "Usually not. Many people keep taking their antidepressant during ketamine treatment. Please do "
                "not stop or change any medicine on your own. Our physicians review everything you take during "
                "your evaluation, and if an adjustment makes sense we will plan it with you and your prescriber.",
            ),
            (
                "What if ketamine does not help me?",
                "It does not work for everyone, and that is not your fault. If you have not seen meaningful change "
                "after the first series, we will tell you honestly and talk about what comes next. That may mean "
                "a different approach, other treatments or a referral. You deserve care that keeps looking for "
                "what works for you.",
            ),
        ],
        "references": [
            {
                "title": "Depression",
                "publisher": "National Institute of Mental Health (NIMH)",
                "year": 2024,
                "url": "https://www.nimh.nih.gov/health/topics/depression",
            },
            {
                "title": (
                    "FDA approves new nasal spray medication for treatment-resistant depression; "
                    "available only at a certified doctor's office or clinic"
                ),
                "publisher": "U.S. Food and Drug Administration",
                "year": 2019,
                "url": (
                    "https://www.fda.gov/news-events/press-announcements/"
                    "fda-approves-new-nasal-spray-medication-treatment-resistant-depression-available-only-certified"
                ),
            },
            {
                "title": "Depression",
                "publisher": "MedlinePlus, U.S. National Library of Medicine",
                "year": 2024,
                "url": "https://medlineplus.gov/depression.html",
            },
        ],
        "related": ["anxiety", "ptsd", "chronic-pain"],
    },
]
