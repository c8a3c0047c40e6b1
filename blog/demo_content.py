"""Demo blog posts by the clinic's fictional physicians, used to seed the blog."""

import textwrap

POSTS: list[dict] = [
    # 1 -------------------------------------------------------------------
    {
        "slug": "chronic-pain-and-the-brain",
        "title": "Chronic pain and the brain: why pain can last after tissue heals",
        "author": "mira-castellane",
        "reviewer": "avery-lindqvist",
        "status": "published",
        "publish_days_ago": 40,
        "excerpt": (
            "Why can pain keep going long after an injury heals? A look at how "
            "the nervous system turns up the volume, and why scans often miss it."
        ),
        "body": textwrap.dedent(
            """
            Many of my patients tell me a version of the same story. They hurt their back, had surgery, or slowly developed pain in a joint. By now, the injury should have healed. Their scans look "mostly normal." And yet the pain is still there, every single day.

            If that sounds like you, I want to start with this: your pain is real. Pain that lasts does not mean you are imagining it, and it does not mean you are weak. Often it means your nervous system has changed in ways that science is still learning about.

            ## What doctors mean by chronic pain

            Doctors usually call pain chronic when it lasts longer than three months, or longer than an injury would normally take to heal. It is very common. More than one in five adults in the US live with it.

            It can begin in many ways. Arthritis, back injuries, headaches, nerve damage, surgery, broken bones, fibromyalgia and gut problems such as irritable bowel syndrome are just a few. Sometimes there is no clear starting point at all.

            ## Pain is the brain's alarm

            Here is a simple way to picture it. Your nerves carry signals from your body to your spinal cord and brain. The brain then decides how much those signals matter. Pain is the alarm it sounds when it thinks something is wrong.

            Normally, once tissue heals, the alarm quiets down. But over time, nerves can become more sensitive. The spinal cord and brain can start turning up the volume on every signal that comes in. Doctors call this central sensitisation.

            When that happens, the same touch or movement can feel more painful to someone with chronic pain than to someone without it. The alarm rings louder than the danger calls for. In some people, things that should not hurt at all, like a light touch on the skin, start to hurt.

            ## Why your MRI may not match your pain

            This is one of the most confusing parts of chronic pain. Scans and pain often do not line up.

            - Studies suggest that about 30% of adults with no back pain show severe-looking findings on a lower-back MRI.
            - On the other hand, among people whose low back pain has lasted for months, roughly 20% to 40% have scans with no significant findings.
            - In one study of about 50 young runners with no hip pain, nearly 70% had significant findings on a hip MRI.

            So a "bad" scan does not always mean pain, and a "clean" scan does not mean your pain is not real. Imaging is still useful. It can rule out problems that need a different kind of care. But it often cannot explain why pain keeps going.

            ## Attention and mood turn up the volume

            The brain does not handle pain signals on their own. It blends them with what we are paying attention to, how we feel, and what we have been through.

            When you are focused on pain, watching for it, or bracing against it, the signal can grow louder. That is not a personal failing. It is simply how the alarm system is built.

            Depression, anxiety and PTSD can also amplify pain. And pain, in turn, wears down mood and sleep. Many of my patients feel stuck in a loop where each part feeds the others. That is one reason we look at the whole person, not only the sore spot.

            ## What this means for treatment

            If pain is partly kept alive by changes in the nervous system, then treatment may need to work on the nervous system too. That can include physical therapy, gentle movement, better sleep, talk therapy and medicines that act on nerve signals.

            At our clinic, we also offer IV ketamine to some patients with chronic pain. Ketamine acts on glutamate signalling in the brain and spinal cord, which plays a part in central sensitisation. Studies suggest it can ease pain for some people. But the evidence is mixed, results vary, and it does not work for everyone. It is also not a lasting fix on its own. When it helps, it works best as one part of a wider plan.

            Every patient needs a thorough evaluation first. That means a careful look at your history, your past treatments, your overall health and your goals.

            ## A few things to take with you

            - Your pain is real, even when scans do not explain it.
            - A sensitive nervous system can sometimes become calmer with the right mix of care.
            - Mood, sleep and stress are part of the picture. That does not mean the pain is "all in your head."
            - You deserve a care team that listens.

            If you would like to talk through your own situation, our physicians offer a free virtual consultation. We will listen, answer your questions, and tell you honestly whether we think our approach could be a good fit.
            """
        ).strip(),
        "topics": ["Chronic Pain"],
        "series": None,
        "image_alt": (
            "Abstract artwork of tangled amber lines glowing around a softly lit "
            "knot on a slate background"
        ),
        "image_palette": ("#3d4a5c", "#e0a96d"),
        "extra_note": "",
    },
    # 2 -------------------------------------------------------------------
    {
        "slug": "how-an-iv-ketamine-infusion-works",
        "title": "How an IV ketamine infusion works, step by step",
        "author": "avery-lindqvist",
        "reviewer": "jonah-whitfield",
        "status": "published",
        "publish_days_ago": 30,
        "excerpt": (
            "What actually happens on infusion day? A plain walk-through of "
            "check-in, monitoring, how it may feel, common side effects and recovery."
        ),
        "body": textwrap.dedent(
            """
            People often ask me what an infusion day is really like. Not knowing what to expect can make anyone nervous, so here is a plain walk-through, from the moment you arrive to the moment you head home.

            ## A little background first

            Ketamine was developed in the 1960s and has been used as an anaesthetic since 1970. It is still used in operating rooms and emergency care around the world. It works mainly by blocking a receptor in the brain called the NMDA receptor. This changes how the brain uses glutamate, one of its main chemical messengers.

            For pain, depression and related conditions, IV ketamine is used off-label. That means doctors use it in a way the drug's official label does not list. This is legal and common in medicine, but it is worth knowing. In 2019 the FDA gave approval to a related medicine, esketamine nasal spray (Spravato), for treatment-resistant depression.

            ## Low doses, not anaesthesia

            The doses we use are far lower than the doses used to put someone to sleep for surgery. You stay awake and able to talk. In many studies, a typical dose is about 0.5 mg for each kilogram of body weight, given slowly over 40 minutes or longer. Your physician adjusts the dose and timing to you.

            ## Before your infusion

            - You will get instructions ahead of time, including when to stop eating and drinking.
            - Plan for a ride home. You should not drive for the rest of the day.
            - Bring a list of all your medicines. Some can interact with ketamine, so we go over them with care.

            ## On the day, step by step

            ### 1. Check-in and a quick check-up

            A nurse checks your blood pressure, heart rate and oxygen level. We ask how you have been feeling and answer any last questions.

            ### 2. Getting comfortable

            You settle into a reclining chair in a quiet room. Many people bring headphones with calm music, or an eye mask. A small IV line is placed in a vein in your arm or hand.

            ### 3. The infusion

            The medicine drips in slowly, usually over 40 minutes to two hours, depending on your plan. Most people notice effects within a few minutes. You may feel floaty or a little detached. Your body might feel heavier or lighter. Colours and sounds can seem different. Some people find this pleasant, and others find it odd. Both are normal.

            ### 4. Monitoring the whole time

            We watch your blood pressure, heart rate, breathing and oxygen on monitors from start to finish. A trained member of our team stays close by. If you feel uneasy at any point, just tell us. We can slow down or pause the infusion.

            ### 5. Recovery

            Once the infusion ends, the effects fade fairly quickly. Blood pressure and heart rate usually settle back to your normal within about 20 minutes. You rest until you feel steady, and then your ride takes you home.

            ## Common side effects

            Side effects are usually mild and brief, but they do happen. The most common are:

            - A rise in blood pressure and heart rate during the infusion
            - Feeling anxious or unsettled
            - Dizziness
            - Blurry or double vision
            - Nausea, and sometimes vomiting

            Serious effects, such as seizures or slowed breathing, are rare. That is one reason we monitor so closely. For people with certain heart, blood pressure or mental health conditions, ketamine may not be safe. We check for this during your evaluation.

            ## The 48 to 72 hour window

            This is the part I find most interesting. Research suggests that after a dose of ketamine, there is a window of roughly 48 to 72 hours when the brain may be better able to form new connections. Scientists call this neuroplasticity.

            We try to make good use of that window. It is why we pair infusions with therapy, integration sessions and simple daily exercises. One way to think of it: the medicine may open a door, and the work you do afterward helps you walk through it.

            ## What results can look like

            Some patients notice a change within hours or days. Others need several infusions before they feel any difference. And for some people, ketamine does not help. Results vary, and it is not a lasting fix on its own. That is why every patient needs a thorough evaluation first, and why we check in often once treatment begins.

            If you are wondering whether an infusion could make sense for you, our physicians are glad to talk it through in a free virtual consultation.
            """
        ).strip(),
        "topics": ["Ketamine"],
        "series": None,
        "image_alt": (
            "Abstract illustration of a slow teal droplet falling into gentle "
            "concentric blue ripples"
        ),
        "image_palette": ("#1f4e5f", "#8fc1b5"),
        "extra_note": (
            "Dr. Lindqvist has no financial ties to any company that makes or "
            "sells ketamine."
        ),
    },
    # 3 -------------------------------------------------------------------
    {
        "slug": "what-a-course-of-ketamine-treatment-looks-like",
        "title": "What a course of ketamine treatment looks like",
        "author": "jonah-whitfield",
        "reviewer": "mira-castellane",
        "status": "published",
        "publish_days_ago": 21,
        "excerpt": (
            "Treatment is more than one visit. From a free video consult to "
            "infusions, integration, daily exercises and maintenance, here is the path."
        ),
        "body": textwrap.dedent(
            """
            When people first hear about ketamine, they often picture a single visit. In reality, treatment at our clinic is a process that unfolds over several weeks, with support before, during and after. Here is what that usually looks like. Your own plan may differ, because we build it around you.

            ## Step 1: A free virtual consultation

            It starts with a conversation. You meet one of our physicians by video, from home. We ask what you are dealing with, what you have already tried, and what you hope will change. You can ask us anything.

            There is no cost and no pressure. Sometimes the most helpful thing we can tell someone is that ketamine is probably not the right choice for them, and what a better next step might be.

            ## Step 2: A full medical evaluation

            If ketamine seems like a possible fit, the next step is a thorough evaluation. This is not a formality. We review:

            - Your medical and mental health history
            - Your current medicines and past treatments
            - Blood pressure, heart health and other safety checks
            - Any history of substance use, psychosis or other conditions that could make ketamine unsafe

            With your permission, we may also speak with your other doctors or your therapist. Every patient needs this evaluation first, and for some people, the honest answer will be no.

            ## Step 3: The infusion series

            Most people start with a series of infusions over a few weeks, rather than single visits with long gaps between them. Plans vary. A common pattern is about six infusions spread over two to six weeks. Some pain plans use five infusions over ten to fourteen days. For OCD, we often spread infusions across two to four weeks.

            We adjust the dose and timing as we go, based on how you respond and how you feel during each session.

            ## Step 4: Integration

            After an infusion, many people notice new thoughts or feelings, or a fresh way of seeing an old problem. Integration is how we help you make sense of that and carry it into daily life.

            This often means sessions with a therapist trained in ketamine-assisted psychotherapy. Together you talk about what came up, what it might mean, and small, practical changes you want to try. Studies suggest that pairing ketamine with therapy may help benefits last longer than the medicine alone, though the research is still growing.

            ## Step 5: Daily pain-reprogramming exercises

            For patients with chronic pain, we add a set of daily exercises that take about 20 minutes. They may include guided breathing, gentle movement, attention training and new ways of responding to pain signals.

            The aim is to use the 48 to 72 hours after each infusion, when the brain may be more open to change, to help the nervous system practise calmer patterns. Like any skill, this works best when you practise most days. We will show you how, and change the routine if something does not suit your body.

            ## Step 6: Enhancement sessions, if needed

            Some patients benefit from extra "enhancement" sessions along the way. This might be an added infusion, a longer therapy visit or more coaching on the exercises. We only suggest one when there is a clear reason for it.

            ## Step 7: Maintenance

            Ketamine is not a lasting fix on its own. For many people, the effects fade over time. Some studies report pain relief lasting several weeks, and a few report up to about three months, but this varies a great deal.

            Because of that, some patients return for occasional maintenance infusions. Others find that once therapy, exercise, sleep and other changes are in place, they need fewer of them, or none. And some people find that ketamine does not help them much at all. If that seems to be the case for you, we will tell you honestly.

            ## What we ask of you

            - Be open with us about how you are feeling, good or bad.
            - Keep your other doctors in the loop.
            - Arrange a ride home after every infusion.
            - Give the daily practice a fair try.

            ## Where to begin

            If you would like to know whether a plan like this could suit you, the first step is simply a conversation. Book a free virtual consultation, and we will take it from there together.
            """
        ).strip(),
        "topics": ["Ketamine", "Depression", "Chronic Pain"],
        "series": None,
        "image_alt": (
            "Abstract artwork of soft stepping stones in sage and sand tones "
            "along a gently winding path"
        ),
        "image_palette": ("#5b7f6a", "#e8dcc4"),
        "extra_note": "",
    },
    # 4 -------------------------------------------------------------------
    {
        "slug": "ask-the-doctor-will-ketamine-change-who-i-am",
        "title": "Ask the doctor: Will ketamine change who I am?",
        "author": "jonah-whitfield",
        "reviewer": "avery-lindqvist",
        "status": "published",
        "publish_days_ago": 14,
        "excerpt": (
            "A reader worries that ketamine might change their personality. "
            "Dr. Whitfield explains what may shift during treatment and what stays yours."
        ),
        "body": textwrap.dedent(
            """
            > "I have been depressed for a long time, and I really want to feel better. But I am scared ketamine will change my personality. Will I still be me?"
            >
            > — a reader in Tustin

            Thank you for asking this. It is one of the most common worries I hear, and it is a fair one. You have spent years getting to know yourself, even through hard times. It makes sense to want to protect that.

            The short answer: from what I have seen, and from the research we have, ketamine does not replace who you are.

            ## During an infusion

            While the medicine is flowing, many people feel dreamy, floaty or a bit detached. Thoughts can drift in unusual ways. This can feel strange. But it fades, usually within an hour or so after the infusion ends. You are awake the whole time, and our team is right there with you.

            ## In the days after

            What some patients describe is not becoming a different person. It is more like getting some space from heavy thoughts that have been sitting on them for a long time. Some say it feels like hearing their own voice again under the noise.

            Studies suggest ketamine may help the brain form new connections for a short time after each dose. That can make it easier to step back from old patterns of thinking. But your memories, your values, your sense of humour and the people you love stay yours.

            ## The honest limits

            Ketamine does not work for everyone, and results vary. Some people feel a real shift; others notice little. It is also not a lasting fix on its own, which is why we pair it with therapy and integration. Some health conditions make it unsafe, so every patient needs a thorough evaluation before we go ahead.

            ## If you are still worried

            Bring this question to your consultation. We can talk through what worries you most, and you can decide at your own pace. You are always in charge of whether to go ahead, and you can stop at any time.

            Have a question for our physicians? Send it in, and it may be answered in a future post.
            """
        ).strip(),
        "topics": ["Ketamine", "Depression"],
        "series": "Ask the doctor",
        "image_alt": (
            "Abstract silhouette of a head in lavender and mist grey, with soft "
            "layered shapes that remain whole"
        ),
        "image_palette": ("#6b5b8a", "#d9d4e7"),
        "extra_note": "",
    },
    # 5 -------------------------------------------------------------------
    {
        "slug": "crps-recognising-it-early",
        "title": "CRPS: recognising it early and why early care matters",
        "author": "avery-lindqvist",
        "reviewer": "mira-castellane",
        "status": "published",
        "publish_days_ago": 7,
        "excerpt": (
            "Burning pain, swelling or skin changes after a minor injury? Learn "
            "the signs of CRPS types 1 and 2, and why getting care early matters."
        ),
        "body": textwrap.dedent(
            """
            Complex regional pain syndrome, or CRPS, is one of the most painful conditions I see. It is also one of the most often missed. Many of my patients with CRPS waited months, sometimes years, before anyone put a name to what was happening. I want to help change that, because with CRPS, timing matters.

            ## What is CRPS?

            CRPS is a long-lasting condition in which the nerves and the body's inflammation response seem to overreact. It usually affects one arm or leg, most often after an injury. Its key feature is pain that is far stronger, and lasts far longer, than the injury would explain.

            Doctors describe two types:

            - Type 1 follows an illness or injury that did not directly damage a major nerve. Most people with CRPS have this type.
            - Type 2 happens after a nerve injury that has been confirmed.

            Both types can cause the same symptoms.

            ## What can trigger it

            More than 90% of cases follow some kind of trauma, and that trauma is often not dramatic. Common triggers include:

            - A broken bone or a sprain
            - A soft-tissue injury, such as a bad bruise or cut
            - Surgery
            - A limb kept still in a cast or splint for a long time
            - Even something as small as a needle stick

            No one fully knows why most people heal normally after these injuries while a few go on to develop CRPS.

            ## Symptoms to watch for

            CRPS can look different from person to person. Signs include:

            - Constant burning, stinging or pins-and-needles pain
            - Allodynia, which means things that should not hurt do hurt, like a bedsheet or a light breeze on the skin
            - Strong sensitivity to cold
            - Swelling in the limb
            - Skin that feels warmer or cooler than the same spot on the other side
            - Changes in skin colour, such as red, bluish or blotchy patches
            - Changes in the texture of the skin, or in how hair and nails grow
            - Stiff joints
            - Muscle spasms, weakness or tremor

            In some people, symptoms spread beyond the first area, sometimes even to another limb.

            ## How common is it?

            The honest answer is that we do not know exactly. You may see a figure of around 200,000 US cases a year, but that is only a rough estimate. You may also see claims that a large share of people with chronic pain have CRPS. Good evidence does not support that. CRPS is uncommon, which is part of why it gets missed.

            ## Why early care matters

            This is the most important part of this post. With CRPS, treatment that starts early tends to work better than treatment that starts late. In the first months, the nervous system may still be easier to calm. Over time, pain patterns can become more fixed, and the limb can stiffen and weaken from lack of use.

            If you had an injury and your pain seems far out of line with it, or you notice the skin changes listed above, please ask your doctor about CRPS. There is no single test for it. Diagnosis is based on your story, a careful exam and ruling out other causes.

            ## What treatment may involve

            Treatment is usually a team effort. It often includes:

            - Physical and occupational therapy to keep the limb moving, done gently and at your pace
            - Medicines aimed at nerve pain
            - Nerve blocks or other procedures in some cases
            - Emotional support, because living with severe pain is exhausting

            At our clinic, we also offer IV ketamine infusions to some people with CRPS. Ketamine acts on NMDA receptors, which play a part in how the nervous system amplifies pain. Some studies suggest it can reduce CRPS pain for several weeks, and a few report relief for up to about three months. But results vary, it does not help everyone, and it is not a lasting fix on its own. When relief does come, it usually needs to be supported with movement, therapy and sometimes repeat infusions.

            Every patient needs a thorough evaluation first, including a review of your other treatments and your overall health.

            ## You are not imagining this

            If you have been told your pain is "out of proportion," you may have felt brushed off. With CRPS, pain out of proportion is the very thing doctors look for. It is a real condition, and you deserve care that takes it seriously.

            If you would like to talk about your symptoms with one of our physicians, you can book a free virtual consultation.
            """
        ).strip(),
        "topics": ["CRPS", "Chronic Pain"],
        "series": None,
        "image_alt": (
            "Abstract illustration of a hand outline washed in warm coral and "
            "cool blue, suggesting uneven skin temperature"
        ),
        "image_palette": ("#b5655a", "#9cc3d5"),
        "extra_note": "",
    },
    # 6 -------------------------------------------------------------------
    {
        "slug": "food-sleep-and-movement-between-infusions",
        "title": "Food, sleep and movement between infusions",
        "author": "mira-castellane",
        "reviewer": None,
        "status": "draft",
        "publish_days_ago": None,
        "excerpt": (
            "Simple, realistic habits for the days between infusions: what to "
            "eat, how to protect your sleep, and gentle ways to move when you hurt."
        ),
        "body": textwrap.dedent(
            """
            An infusion takes an hour or two. The rest of your week is where much of the real work happens. Patients often ask me what they can do at home to support their treatment. My answer is not very exciting: eat reasonably well, protect your sleep and move a little every day. But these basics matter more than most people think.

            None of this replaces medical care, and none of it needs to be perfect. Think of it as preparing the soil so that treatment has a better chance to take root.

            ## Food: steady, simple and kind to your brain

            There is no special ketamine diet. But some eating habits may support mood and energy and help your body cope with stress.

            - Build meals around whole grains, vegetables, fruit, beans and lean protein.
            - Include foods with omega-3 fats, such as salmon, sardines, walnuts or ground flaxseed.
            - Get enough folate from leafy greens, beans and lentils.
            - Make sure you get vitamin B12, found in fish, eggs, dairy and fortified foods. If you eat a plant-based diet, ask your doctor whether you need a supplement.
            - Eat at fairly regular times so your energy does not crash.

            Research on food and mood is still growing, and results vary. But these are sensible choices for most people, and they rarely cause harm. Please check with your doctor before starting any supplement, since some can interact with medicines.

            On infusion days, follow the fasting instructions we give you. Nausea is a common side effect, so a light meal afterward usually sits better than a heavy one.

            ## Caffeine and alcohol

            Many of my patients lean on coffee to get through foggy days. I understand. But a lot of caffeine can raise anxiety, disturb sleep and add to the rise in heart rate and blood pressure some people have during an infusion. Try cutting back slowly, especially in the afternoon and on infusion days.

            Alcohol can worsen mood and sleep, and it should not be mixed with ketamine. Please avoid it on infusion days, and talk with us openly about how much you usually drink.

            ## Sleep: your body's quiet repair shift

            Poor sleep makes pain feel sharper and low mood feel heavier. Pain and depression, in turn, both disturb sleep. It is a hard loop to break, but small steps help.

            - Go to bed and get up at about the same time each day, even on weekends.
            - Keep your bedroom cool, dark and quiet.
            - Put screens away 30 to 60 minutes before bed.
            - Get some daylight in the morning, even ten minutes outside.
            - If you cannot fall asleep after about 20 minutes, get up, do something calm in dim light, then try again.

            On the evening after an infusion, plan something quiet. Some people feel tired; others feel a little wired. Both are normal.

            If you snore loudly, wake up gasping or feel worn out after a full night in bed, tell your doctor. Sleep problems such as sleep apnoea are common and can be treated.

            ## Movement: a little, most days

            When you hurt or feel low, moving is often the last thing you want to do. I get it. Still, gentle and regular movement is one of the best-studied ways to support both mood and pain.

            You do not need a gym. Start where you are:

            - A ten-minute walk, building up slowly
            - Gentle stretching or yoga
            - Tai chi, which pairs slow movement with calm breathing
            - Swimming or water exercise, which can be easier on sore joints
            - The plan your physical therapist gives you

            The key is pacing. Do a little less than you think you can, and build from there. Pushing too hard on a good day can lead to a flare that sets you back.

            ## Calming the nervous system

            Meditation, slow breathing and mindfulness can help some people notice pain and stress without being swept away by them. These skills also fit well with the daily 20-minute pain-reprogramming exercises we teach. Even five minutes of quiet breathing a day is a fine place to start.

            ## Making the most of the window

            Research suggests the brain may be more open to change for about 48 to 72 hours after an infusion. That can be a good time to practise a new habit. It does not mean you have to overhaul your whole life. Pick one small thing, like an evening walk or a set bedtime, and focus on that.

            ## Be gentle with yourself

            You will have off days. They are part of the process, not a failure. If you are not sure where to begin, bring it up at your next visit, and we will help you choose a first step that fits your life.
            """
        ).strip(),
        "topics": ["Chronic Pain", "Depression", "Anxiety"],
        "series": None,
        "image_alt": (
            "Abstract artwork of leafy green shapes, a pale crescent moon and "
            "gentle flowing lines in soft tones"
        ),
        "image_palette": ("#4f7942", "#f2e6c9"),
        "extra_note": "",
    },
    # 7 -------------------------------------------------------------------
    {
        "slug": "ptsd-memory-and-ketamine",
        "title": "PTSD, memory and ketamine: what it can and cannot do",
        "author": "jonah-whitfield",
        "reviewer": "avery-lindqvist",
        "status": "published",
        "publish_days_ago": -7,
        "excerpt": (
            "Ketamine does not erase memories. Dr. Whitfield explains what it may "
            "do for PTSD, why therapy matters, and where the research stands today."
        ),
        "body": textwrap.dedent(
            """
            People living with PTSD often come to me exhausted. Tired of nightmares, of always being on guard, of avoiding places and people. Many have tried medicines and therapy, sometimes for years. When they hear about ketamine, their hope is easy to understand. So is their fear.

            One question comes up again and again: will ketamine erase my memories? The short answer is no. Here is what it may do, and what it does not.

            ## PTSD is common, and often hard to treat

            Up to about 7% of Americans will have PTSD at some point in their lives. It can follow combat, assault, accidents, disasters, frightening medical events, or long stretches of abuse or fear.

            Standard treatments help many people. These include trauma-focused talk therapy and certain medicines. But research suggests that as many as half of people with PTSD do not get enough relief from talk therapy such as cognitive behavioural therapy, or from medicines like antidepressants and antipsychotics. If that is you, it is not your fault. It means we need to keep looking for what helps.

            ## What ketamine does not do

            Let me be very clear:

            - Ketamine does not erase memories.
            - It does not make you forget what happened.
            - It does not change the facts of your past.
            - It is not a lasting fix on its own.

            Some people hope it will wipe the slate clean. Others fear it will take away part of their story. Neither is how it works.

            ## What it may do

            PTSD is not only about the memory itself. It is about how your brain and body react when the memory comes up. The racing heart. The flood of fear or shame. The urge to shut down or run.

            Ketamine acts on glutamate signalling in the brain. Studies suggest the brain may be more flexible for roughly 48 to 72 hours after a dose, and better able to form new connections. Some researchers think this may help loosen the grip of fixed fear patterns.

            For some patients, ketamine combined with psychotherapy seems to make it possible to revisit a painful memory from a more neutral stance. The memory is still there. But it may feel a little less raw, and less like it is happening right now. That bit of distance can make the work of therapy easier, and help a person begin to process what happened.

            The research on ketamine for PTSD is still early. Some studies show real short-term improvement; others show smaller effects. Results vary, and it does not work for everyone.

            ## Why therapy matters so much

            In my view, when ketamine helps with PTSD, it helps most as part of a therapy process, not as a treatment on its own. At our clinic, infusions are paired with ketamine-assisted psychotherapy and integration sessions. That is where change tends to take shape: making sense of what comes up, building new ways to respond to triggers, and practising them in daily life.

            We go at your pace. You do not have to talk about anything before you are ready, and you can stop at any time.

            ## Is it safe for me?

            Ketamine is not right for everyone. It may not be safe for people with certain heart or blood pressure problems, a history of psychosis, or active substance use.

            During an infusion, people often feel detached or dreamlike. For someone with PTSD, that can sometimes feel unsettling, so we prepare you ahead of time and stay with you throughout. Other side effects can include raised blood pressure and heart rate, dizziness, nausea and anxiety. These are usually brief, and we monitor you the whole time.

            Every patient needs a thorough evaluation first. We also like to work alongside any therapist or psychiatrist you already see.

            ## If you are struggling right now

            Ketamine is not an emergency treatment. If you are in crisis, call or text 988, or call 911.

            ## An honest next step

            If your PTSD has not eased with other treatments, you are not out of options. Ketamine may or may not be the right one for you, but it is worth a careful conversation. Our physicians offer a free virtual consultation to go over your history and your questions, with no pressure either way.
            """
        ).strip(),
        "topics": ["PTSD", "Ketamine"],
        "series": None,
        "image_alt": (
            "Abstract illustration of a faded memory shape resting behind calm "
            "indigo and pale gold waves"
        ),
        "image_palette": ("#2e3a59", "#d8c79a"),
        "extra_note": "",
    },
]
