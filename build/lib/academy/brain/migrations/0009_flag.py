from django.db import migrations


class Migration(migrations.Migration):
    """"Report" named four things; this one is a person or a post flagged to the organisers."""

    dependencies = [
        ("brain", "0008_follow_ups"),
    ]

    operations = [
        migrations.RenameModel(old_name="Report", new_name="Flag"),
    ]
