import factory

from clinic_site.models import ClinicProfile, FrequentQuestion, Location, Physician


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
