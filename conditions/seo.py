"""JSON-LD for a condition page: the page, the condition, its FAQs, breadcrumbs."""

from django.conf import settings

from clinic_site.seo import SCHEMA_CONTEXT, breadcrumb_list, physician_person
from conditions.models import Condition


def condition_graph(condition: Condition, breadcrumbs: list[tuple[str, str]]) -> dict:
    page_url = settings.SITE_URL + condition.get_absolute_url()
    medical_condition = {
        "@type": "MedicalCondition",
        "@id": f"{page_url}#condition",
        "name": condition.name,
    }
    if condition.alternate_names:
        medical_condition["alternateName"] = condition.alternate_names
    if condition.symptom_list:
        medical_condition["signOrSymptom"] = [
            {"@type": "MedicalSignOrSymptom", "name": symptom}
            for symptom in condition.symptom_list
        ]
    medical_condition["possibleTreatment"] = {
        "@type": "MedicalTherapy",
        "name": "Ketamine-assisted therapy (IV ketamine infusion with psychotherapy)",
    }
    web_page = {
        "@type": "MedicalWebPage",
        "@id": page_url,
        "url": page_url,
        "name": condition.name,
        "description": condition.summary,
        "about": {"@id": f"{page_url}#condition"},
        "publisher": {"@id": f"{settings.SITE_URL}/#clinic"},
    }
    if condition.last_reviewed:
        web_page["lastReviewed"] = condition.last_reviewed.isoformat()
    if condition.reviewed_by:
        web_page["reviewedBy"] = physician_person(condition.reviewed_by)
    graph = [
        web_page,
        medical_condition,
        breadcrumb_list(breadcrumbs),
    ]
    faqs = list(condition.faqs.all())
    if faqs:
        graph.append(
            {
                "@type": "FAQPage",
                "mainEntity": [
                    {
                        "@type": "Question",
                        "name": faq.question,
                        "acceptedAnswer": {
                            "@type": "Answer",
                            "text": str(faq.answer_html),
                        },
                    }
                    for faq in faqs
                ],
            }
        )
    return {"@context": SCHEMA_CONTEXT, "@graph": graph}
