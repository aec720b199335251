"""Translatable-field widgets that name each language, so organisers see which box is which."""

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe
from i18nfield.forms import I18nTextarea, I18nTextInput


class LanguageLabelsMixin:
    def format_output(self, rendered_widgets, id_) -> str:
        names = dict(settings.LANGUAGES)
        shown = [code for code in self.locales if code in self.enabled_locales]
        labelled = [
            mark_safe(f'<label class="i18n-language"><span>{escape(names[code])}</span>{widget}</label>')  # noqa: S308 (escaped)
            for code, widget in zip(shown, rendered_widgets, strict=True)
        ]
        return super().format_output(labelled, id_)


class LabelledI18nTextInput(LanguageLabelsMixin, I18nTextInput):
    pass


class LabelledI18nTextarea(LanguageLabelsMixin, I18nTextarea):
    pass
