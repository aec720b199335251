from django.core.checks import Warning, register


@register()
def fonts_are_installed(app_configs, **kwargs):
    """Certificates and badges need fonts for every script; say which are missing and how to get them."""
    from academy.common.typesetting import DEBIAN_PACKAGES, missing_fonts

    missing = missing_fonts()
    if not missing:
        return []
    return [
        Warning(
            f"{len(missing)} fonts for PDFs are missing, first {missing[0]}.",
            hint=f"apt-get install {DEBIAN_PACKAGES} (scripts/install-system-packages.sh), or set ACADEMY_FONT_DIR.",
            id="academy.W001",
        )
    ]
