import datetime

import factory
from django.utils import timezone
from django.utils.text import slugify

from blog.models import Post, Series, Topic
from clinic_site.models import ClinicProfile, FrequentQuestion, Location, Physician
from conditions.models import Condition, ConditionFAQ, Reference


class ClinicProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClinicProfile
        django_get_or_create = ("id",)

    id = ClinicProfile.SINGLETON_ID
    name = "Test Ketamine Clinic"
    tagline = "Test tagline"
    phone = "(714) 555-0100"
    email = "clinic@example.com"
    medical_disclaimer = "This is not medical advice.\n\nSee a professional."


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Location

    name = factory.Sequence(lambda n: f"Location {n}")
    slug = factory.Sequence(lambda n: f"location-{n}")
    street_address = factory.Sequence(lambda n: f"{n} Example Street")
    locality = "Tustin"
    postal_code = "92780"
    phone = "(714) 555-0101"
    hours = "Monday–Friday: 8 a.m.–5 p.m.\nSaturday: closed"
    directions_url = "https://www.openstreetmap.org/"


class PhysicianFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Physician

    name = factory.Sequence(lambda n: f"Test Physician {n}")
    slug = factory.Sequence(lambda n: f"test-physician-{n}")
    credentials = "MD"
    title = "Physician"
    bio = "A **short** biography."


class FrequentQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FrequentQuestion

    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = "An answer with *emphasis*."


class ConditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Condition
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Condition {n}")
    slug = factory.Sequence(lambda n: f"condition-{n}")
    summary = factory.LazyAttribute(lambda c: f"What {c.name} is and how we may help.")
    overview = "An **overview**."
    what_it_feels_like = "How it feels."
    causes_and_risk_factors = "- injury\n- surgery"
    how_treatment_may_help = "It may help some people."
    course_of_treatment = "A series of infusions."
    what_to_expect = "A free consultation first."
    symptoms = "burning pain\nswelling"
    reviewed_by = factory.SubFactory(PhysicianFactory)
    last_reviewed = datetime.date(2026, 10, 1)
    next_review_due = datetime.date(2027, 10, 1)
    is_published = True


class ConditionFAQFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConditionFAQ

    condition = factory.SubFactory(ConditionFactory)
    question = factory.Sequence(lambda n: f"Condition question {n}?")
    answer = "An answer."


class ReferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reference

    condition = factory.SubFactory(ConditionFactory)
    title = factory.Sequence(lambda n: f"Reference {n}")
    publisher = "National Institutes of Health"
    year = 2024
    url = "https://www.nih.gov/"


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda t: slugify(t.name))


class SeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Series

    name = factory.Sequence(lambda n: f"Series {n}")
    slug = factory.LazyAttribute(lambda s: slugify(s.name))


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Post number {n}")
    slug = factory.Sequence(lambda n: f"post-{n}")
    author = factory.SubFactory(PhysicianFactory)
    status = Post.Status.PUBLISHED
    publish_at = factory.LazyFunction(
        lambda: timezone.now() - datetime.timedelta(days=1)
    )
    excerpt = factory.LazyAttribute(lambda p: f"What {p.title} is about.")
    body = "A paragraph of the post.\n\n## A heading\n\nMore words here."

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
