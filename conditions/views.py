from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.views.generic import DetailView, ListView

from conditions import seo
from conditions.models import Condition


class ConditionListView(ListView):
    template_name = "conditions/condition_list.html"
    context_object_name = "conditions"

    def get_queryset(self) -> QuerySet[Condition]:
        return Condition.objects.published().only(
            "name", "slug", "summary", "display_order"
        )


class ConditionDetailView(DetailView):
    template_name = "conditions/condition_detail.html"
    context_object_name = "condition"

    def get_queryset(self) -> QuerySet[Condition]:
        user = self.request.user
        # Staff who may preview see unpublished pages too, with a banner.
        if user.is_authenticated and user.has_perm("conditions.preview_condition"):
            conditions = Condition.objects.all()
        else:
            conditions = Condition.objects.published()
        return conditions.select_related("reviewed_by").prefetch_related(
            "faqs",
            "references",
            Prefetch(
                "related_conditions",
                queryset=Condition.objects.published().only("name", "slug", "summary"),
            ),
        )

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        condition = self.object
        context["breadcrumbs"] = [
            ("Home", reverse("home")),
            ("Conditions", reverse("conditions:index")),
            (condition.name, condition.get_absolute_url()),
        ]
        context["structured_data"] = seo.condition_graph(
            condition, context["breadcrumbs"]
        )
        return context
