"""The platform that runs the Academy on Social and Solidarity Economy."""
