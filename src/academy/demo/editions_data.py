"""Demo data for the editions catalogue. Sources: ../shared/seeds (000: 8th edition, 002: 12th edition, 001, 004) and mission.md.

Plain Python data, no Django imports. Conventions:

- Every non-empty i18n dict has the four keys en, fr, es, pt; an unknown text is {} (the page hides it).
- Real editions (1 to 12) only state what the public sources say. Where the sources give no dates, the
  edition has a plausible five-day range (Monday to Friday) in the right year and "dates_approximate": True.
- "daily_commitment_hours" and "attendance_threshold_percent" are the platform defaults (3 hours, 80%);
  only edition 12 has them from a source (seed 002).
- Edition 13 (Dakar, 2027) is FICTIONAL ("is_demo": True): it exists so that the demo shows a complete
  edition page with an open call for applications.
"""

ORGANISATIONS = [
    {
        "acronym": "ILO",
        "name": {
            "en": "International Labour Organization",
            "fr": "Organisation internationale du Travail",
            "es": "Organización Internacional del Trabajo",
            "pt": "Organização Internacional do Trabalho",
        },
        "website": "https://www.ilo.org",
    },
    {
        # Seeds 000 ("ITC-ILO"), 002 (e-Campus, certificate), 004 (contact of the 2011 Reader).
        "acronym": "ITCILO",
        "name": {
            "en": "International Training Centre of the ILO",
            "fr": "Centre international de formation de l'OIT",
            "es": "Centro Internacional de Formación de la OIT",
            "pt": "Centro Internacional de Formação da OIT",
        },
        "website": "https://www.itcilo.org",
    },
    {
        # Seed 002: host and co-financing partner of the 12th edition; seed 003 shows its logo.
        "acronym": "CASES",
        "name": {
            "en": "António Sérgio Cooperative for the Social Economy",
            "fr": "Coopérative António Sérgio pour l'économie sociale",
            "es": "Cooperativa António Sérgio para la Economía Social",
            "pt": "Cooperativa António Sérgio para a Economia Social",
        },
        "website": "https://www.cases.pt",
    },
    {
        # Seed 000: "Académie GSEF & ITC-ILO" (8th edition, Seoul).
        "acronym": "GSEF",
        "name": {
            "en": "Global Social Economy Forum",
            "fr": "Forum mondial de l'économie sociale",
            "es": "Foro Global de la Economía Social",
            "pt": "Fórum Global da Economia Social",
        },
        "website": "https://www.gsef-net.org",
    },
    {
        # Seed 000 describes the Seoul local government's social economy development plan; its role as a
        # host partner of the 8th edition comes from the brief, not from the seed text itself.
        "acronym": "SMG",
        "name": {
            "en": "Seoul Metropolitan Government",
            "fr": "Gouvernement métropolitain de Séoul",
            "es": "Gobierno Metropolitano de Seúl",
            "pt": "Governo Metropolitano de Seul",
        },
        "website": "https://english.seoul.go.kr",
    },
    {
        # Seed 003: logo on the slides of a 12th-edition elective; its role in the edition is not stated,
        # so it is not linked to any edition below.
        "acronym": "EURICSE",
        "name": {
            "en": "European Research Institute on Cooperative and Social Enterprises",
            "fr": "Institut européen de recherche sur les entreprises coopératives et sociales",
            "es": "Instituto Europeo de Investigación sobre Empresas Cooperativas y Sociales",
            "pt": "Instituto Europeu de Investigação sobre Empresas Cooperativas e Sociais",
        },
        "website": "https://www.euricse.eu",
    },
    {
        # Seed 003: logo "República Portuguesa - Trabalho, Solidariedade e Segurança Social" on the slides of a
        # 12th-edition elective; its role in the edition is not stated, so it is not linked to any edition.
        "acronym": "MTSSS",
        "name": {
            "en": "Ministry of Labour, Solidarity and Social Security (Portugal)",
            "fr": "Ministère du Travail, de la Solidarité et de la Sécurité sociale (Portugal)",
            "es": "Ministerio de Trabajo, Solidaridad y Seguridad Social (Portugal)",
            "pt": "Ministério do Trabalho, Solidariedade e Segurança Social",
        },
        "website": "",
    },
    {
        # FICTIONAL: host partner of the demo edition 13 only.
        "acronym": "DEMO-HOST",
        "name": {
            "en": "Demo Host Network for the Social and Solidarity Economy (fictional)",
            "fr": "Réseau hôte de démonstration pour l'économie sociale et solidaire (fictif)",
            "es": "Red anfitriona de demostración para la economía social y solidaria (ficticia)",
            "pt": "Rede anfitriã de demonstração para a economia social e solidária (fictícia)",
        },
        "website": "",
    },
]

EDITIONS = [
    {
        "number": 1,
        "title": {
            "en": "1st Academy on Social and Solidarity Economy",
            "fr": "1re Académie sur l'économie sociale et solidaire",
            "es": "1.ª Academia sobre Economía Social y Solidaria",
            "pt": "1.ª Academia sobre Economia Social e Solidária",
        },
        # The title of the 2010 Reader.
        "theme": {
            "en": "Social and Solidarity Economy: Building a Common Understanding",
            "fr": "Économie sociale et solidaire : construire une compréhension commune",
            "es": "Economía social y solidaria: construyendo un entendimiento común",
            "pt": "Economia social e solidária: construir um entendimento comum",
        },
        # Approximate: late October 2010.
        "start_date": "2010-10-25",
        "end_date": "2010-10-29",
        "dates_approximate": True,
        "time_zone": "Europe/Rome",
        "host_city": {"en": "Turin", "fr": "Turin", "es": "Turín", "pt": "Turim"},
        "host_country": "IT",
        "modality": "in_person",
        "main_language": "en",
        "languages": ["en"],
        "status": "finished",
        "is_demo": False,
        "livestream_url": "",
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": 80,
        "applications_open_at": None,
        "applications_close_at": None,
        "summary": {
            "en": "The 1st Academy on Social and Solidarity Economy took place in Turin, Italy, in 2010.",
            "fr": "La 1re Académie sur l'économie sociale et solidaire s'est tenue à Turin, en Italie, en 2010.",
            "es": "La 1.ª Academia sobre Economía Social y Solidaria se celebró en Turín, Italia, en 2010.",
            "pt": "A 1.ª Academia sobre Economia Social e Solidária realizou-se em Turim, Itália, em 2010.",
        },
        "background": {},
        "audience": {},
        "why_join": {},
        "programme_outline": {},
        "learning_modality": {},
        "interpretation": {},
        "costs": {},
        "how_to_apply": {},
        "partners": [("ILO", "organiser"), ("ITCILO", "organiser")],
        "key_features": [],
        "sub_topics": [],
        "learning_outcomes": [],
        "daily_slots": [],
        "faq": [],
    },
    {
        "number": 2,
        "title": {
            "en": "2nd Academy on Social and Solidarity Economy",
            "fr": "2e Académie sur l'économie sociale et solidaire",
            "es": "2.ª Academia sobre Economía Social y Solidaria",
            "pt": "2.ª Academia sobre Economia Social e Solidária",
        },
        # The title of the 2011 Reader (seed 004).
        "theme": {
            "en": "Social and Solidarity Economy: Our common road towards Decent Work",
            "fr": "Économie sociale et solidaire : notre chemin commun vers le travail décent",
            "es": "Economía social y solidaria: nuestro camino común hacia el trabajo decente",
            "pt": "Economia social e solidária: o nosso caminho comum para o trabalho digno",
        },
        # Exact dates from seed 004.
        "start_date": "2011-10-24",
        "end_date": "2011-10-28",
        "dates_approximate": False,
        "time_zone": "America/Toronto",
        "host_city": {"en": "Montreal", "fr": "Montréal", "es": "Montreal", "pt": "Montreal"},
        "host_country": "CA",
        "modality": "in_person",
        "main_language": "en",
        "languages": ["en"],
        "status": "finished",
        "is_demo": False,
        "livestream_url": "",
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": 80,
        "applications_open_at": None,
        "applications_close_at": None,
        "summary": {
            "en": (
                "The 2nd Academy on Social and Solidarity Economy took place in Montreal, Canada, from 24 to 28 "
                "October 2011. Its Reader, “Social and Solidarity Economy: Our common road towards Decent Work”, "
                "brings together a series of articles to help build a common understanding of the concept of SSE, "
                "with a specific focus on governance and organisational management, policy and networking, and on the "
                "relationship between SSE and the informal economy, the green economy, local development and ways of "
                "financing the SSE."
            ),
            "fr": (
                "La 2e Académie sur l'économie sociale et solidaire s'est tenue à Montréal, au Canada, du 24 au 28 "
                "octobre 2011. Son recueil de lectures, « Économie sociale et solidaire : notre chemin commun vers le "
                "travail décent », réunit une série d'articles pour aider à construire une compréhension commune du "
                "concept d'ESS, en particulier sur la gouvernance et la gestion des organisations, les politiques et "
                "le travail en réseau, ainsi que sur les liens entre l'ESS et l'économie informelle, l'économie "
                "verte, le développement local et les modes de financement de l'ESS."
            ),
            "es": (
                "La 2.ª Academia sobre Economía Social y Solidaria se celebró en Montreal, Canadá, del 24 al 28 de "
                "octubre de 2011. Su libro de lecturas, «Economía social y solidaria: nuestro camino común hacia el "
                "trabajo decente», reúne una serie de artículos para ayudar a construir un entendimiento común del "
                "concepto de ESS, con especial atención a la gobernanza y la gestión organizativa, las políticas y el "
                "trabajo en red, y a la relación entre la ESS y la economía informal, la economía verde, el "
                "desarrollo local y las modalidades de financiación de la ESS."
            ),
            "pt": (
                "A 2.ª Academia sobre Economia Social e Solidária realizou-se em Montreal, Canadá, de 24 a 28 de "
                "outubro de 2011. O seu livro de leituras, «Economia social e solidária: o nosso caminho comum para o "
                "trabalho digno», reúne uma série de artigos que ajudam a construir um entendimento comum do conceito "
                "de ESS, com especial atenção à governação e à gestão organizacional, às políticas e ao trabalho em "
                "rede, bem como à relação entre a ESS e a economia informal, a economia verde, o desenvolvimento "
                "local e as modalidades de financiamento da ESS."
            ),
        },
        "background": {},
        "audience": {},
        "why_join": {},
        "programme_outline": {},
        "learning_modality": {},
        "interpretation": {},
        "costs": {},
        "how_to_apply": {},
        "partners": [("ILO", "organiser"), ("ITCILO", "organiser")],
        "key_features": [],
        "sub_topics": [],
        "learning_outcomes": [],
        "daily_slots": [],
        "faq": [],
    },
    {
        "number": 3,
        "title": {
            "en": "3rd Academy on Social and Solidarity Economy",
            "fr": "3e Académie sur l'économie sociale et solidaire",
            "es": "3.ª Academia sobre Economía Social y Solidaria",
            "pt": "3.ª Academia sobre Economia Social e Solidária",
        },
        "theme": {},
        # Approximate: the sources give only the year.
        "start_date": "2013-04-08",
        "end_date": "2013-04-12",
        "dates_approximate": True,
        "time_zone": "Africa/Casablanca",
        "host_city": {"en": "Agadir", "fr": "Agadir", "es": "Agadir", "pt": "Agadir"},
        "host_country": "MA",
        "modality": "in_person",
        "main_language": "en",
        "languages": ["en"],
        "status": "finished",
        "is_demo": False,
        "livestream_url": "",
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": 80,
        "applications_open_at": None,
        "applications_close_at": None,
        "summary": {
            "en": "The 3rd Academy on Social and Solidarity Economy took place in Agadir, Morocco, in 2013.",
            "fr": "La 3e Académie sur l'économie sociale et solidaire s'est tenue à Agadir, au Maroc, en 2013.",
            "es": "La 3.ª Academia sobre Economía Social y Solidaria se celebró en Agadir, Marruecos, en 2013.",
            "pt": "A 3.ª Academia sobre Economia Social e Solidária realizou-se em Agadir, Marrocos, em 2013.",
        },
        "background": {},
        "audience": {},
        "why_join": {},
        "programme_outline": {},
        "learning_modality": {},
        "interpretation": {},
        "costs": {},
        "how_to_apply": {},
        "partners": [("ILO", "organiser"), ("ITCILO", "organiser")],
        "key_features": [],
        "sub_topics": [],
        "learning_outcomes": [],
        "daily_slots": [],
        "faq": [],
    },
    {
        "number": 4,
        "title": {
            "en": "4th Academy on Social and Solidarity Economy",
            "fr": "4e Académie sur l'économie sociale et solidaire",
            "es": "4.ª Academia sobre Economía Social y Solidaria",
            "pt": "4.ª Academia sobre Economia Social e Solidária",
        },
        "theme": {},
        # Approximate: the sources give only the year.
        "start_date": "2014-08-04",
        "end_date": "2014-08-08",
        "dates_approximate": True,
        "time_zone": "America/Sao_Paulo",
        "host_city": {"en": "Campinas", "fr": "Campinas", "es": "Campinas", "pt": "Campinas"},
        "host_country": "BR",
        "modality": "in_person",
        "main_language": "en",
        "languages": ["en"],
        "status": "finished",
        "is_demo": False,
        "livestream_url": "",
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": 80,
        "applications_open_at": None,
        "applications_close_at": None,
        "summary": {
            "en": "The 4th Academy on Social and Solidarity Economy took place in Campinas, Brazil, in 2014.",
            "fr": "La 4e Académie sur l'économie sociale et solidaire s'est tenue à Campinas, au Brésil, en 2014.",
            "es": "La 4.ª Academia sobre Economía Social y Solidaria se celebró en Campinas, Brasil, en 2014.",
            "pt": "A 4.ª Academia sobre Economia Social e Solidária realizou-se em Campinas, Brasil, em 2014.",
        },
        "background": {},
        "audience": {},
        "why_join": {},
        "programme_outline": {},
        "learning_modality": {},
        "interpretation": {},
        "costs": {},
        "how_to_apply": {},
        "partners": [("ILO", "organiser"), ("ITCILO", "organiser")],
        "key_features": [],
        "sub_topics": [],
        "learning_outcomes": [],
        "daily_slots": [],
        "faq": [],
    },
    {
        "number": 5,
        "title": {
            "en": "5th Academy on Social and Solidarity Economy",
            "fr": "5e Académie sur l'économie sociale et solidaire",
            "es": "5.ª Academia sobre Economía Social y Solidaria",
            "pt": "5.ª Academia sobre Economia Social e Solidária",
        },
        "theme": {},
        # Approximate: the sources give only the year.
        "start_date": "2015-03-09",
        "end_date": "2015-03-13",
        "dates_approximate": True,
        "time_zone": "Africa/Johannesburg",
        "host_city": {"en": "Johannesburg", "fr": "Johannesburg", "es": "Johannesburgo", "pt": "Joanesburgo"},
        "host_country": "ZA",
        "modality": "in_person",
        "main_language": "en",
        "languages": ["en"],
        "status": "finished",
        "is_demo": False,
        "livestream_url": "",
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": 80,
        "applications_open_at": None,
        "applications_close_at": None,
        "summary": {
            "en": (
                "The 5th Academy on Social and Solidarity Economy took place in Johannesburg, South Africa, in 2015."
            ),
            "fr": (
                "La 5e Académie sur l'économie sociale et solidaire s'est tenue à Johannesburg, en Afrique du Sud, en "
                "2015."
            ),
            "es": "La 5.ª Academia sobre Economía Social y Solidaria se celebró en Johannesburgo, Sudáfrica, en 2015.",
            "pt": (
                "A 5.ª Academia sobre Economia Social e Solidária realizou-se em Joanesburgo, África do Sul, em 2015."
            ),
        },
        "background": {},
        "audience": {},
        "why_join": {},
        "programme_outline": {},
        "learning_modality": {},
        "interpretation": {},
        "costs": {},
        "how_to_apply": {},
        "partners": [("ILO", "organiser"), ("ITCILO", "organiser")],
        "key_features": [],
        "sub_topics": [],
        "learning_outcomes": [],
        "daily_slots": [],
        "faq": [],
    },
    {
        "number": 6,
        "title": {
            "en": "6th Academy on Social and Solidarity Economy",
            "fr": "6e Académie sur l'économie sociale et solidaire",
            "es": "6.ª Academia sobre Economía Social y Solidaria",
            "pt": "6.ª Academia sobre Economia Social e Solidária",
        },
        "theme": {},
        # Approximate: the sources give only the year.
        "start_date": "2015-10-19",
        "end_date": "2015-10-23",
        "dates_approximate": True,
        "time_zone": "America/Mexico_City",
        "host_city": {"en": "Puebla", "fr": "Puebla", "es": "Puebla", "pt": "Puebla"},
        "host_country": "MX",
        "modality": "in_person",
        "main_language": "en",
        "languages": ["en"],
        "status": "finished",
        "is_demo": False,
        "livestream_url": "",
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": 80,
        "applications_open_at": None,
        "applications_close_at": None,
        "summary": {
            "en": "The 6th Academy on Social and Solidarity Economy took place in Puebla, Mexico, in 2015.",
            "fr": "La 6e Académie sur l'économie sociale et solidaire s'est tenue à Puebla, au Mexique, en 2015.",
            "es": "La 6.ª Academia sobre Economía Social y Solidaria se celebró en Puebla, México, en 2015.",
            "pt": "A 6.ª Academia sobre Economia Social e Solidária realizou-se em Puebla, México, em 2015.",
        },
        "background": {},
        "audience": {},
        "why_join": {},
        "programme_outline": {},
        "learning_modality": {},
        "interpretation": {},
        "costs": {},
        "how_to_apply": {},
        "partners": [("ILO", "organiser"), ("ITCILO", "organiser")],
        "key_features": [],
        "sub_topics": [],
        "learning_outcomes": [],
        "daily_slots": [],
        "faq": [],
    },
    {
        "number": 7,
        "title": {
            "en": "7th Academy on Social and Solidarity Economy",
            "fr": "7e Académie sur l'économie sociale et solidaire",
            "es": "7.ª Academia sobre Economía Social y Solidaria",
            "pt": "7.ª Academia sobre Economia Social e Solidária",
        },
        "theme": {},
        # Approximate: the sources give only the year.
        "start_date": "2016-05-09",
        "end_date": "2016-05-13",
        "dates_approximate": True,
        "time_zone": "America/Costa_Rica",
        "host_city": {"en": "San José", "fr": "San José", "es": "San José", "pt": "São José"},
        "host_country": "CR",
        "modality": "in_person",
        "main_language": "en",
        "languages": ["en"],
        "status": "finished",
        "is_demo": False,
        "livestream_url": "",
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": 80,
        "applications_open_at": None,
        "applications_close_at": None,
        "summary": {
            "en": "The 7th Academy on Social and Solidarity Economy took place in San José, Costa Rica, in 2016.",
            "fr": "La 7e Académie sur l'économie sociale et solidaire s'est tenue à San José, au Costa Rica, en 2016.",
            "es": "La 7.ª Academia sobre Economía Social y Solidaria se celebró en San José, Costa Rica, en 2016.",
            "pt": "A 7.ª Academia sobre Economia Social e Solidária realizou-se em São José, Costa Rica, em 2016.",
        },
        "background": {},
        "audience": {},
        "why_join": {},
        "programme_outline": {},
        "learning_modality": {},
        "interpretation": {},
        "costs": {},
        "how_to_apply": {},
        "partners": [("ILO", "organiser"), ("ITCILO", "organiser")],
        "key_features": [],
        "sub_topics": [],
        "learning_outcomes": [],
        "daily_slots": [],
        "faq": [],
    },
    {
        # Seed 000 (the edition's page, "Académie GSEF & ITC-ILO") and, for what the Academy does in every
        # edition (scholarships, distance learning, participants' articles, field visits), seed 001.
        "number": 8,
        "title": {
            "en": "8th Academy on Social and Solidarity Economy",
            "fr": "8e Académie sur l'économie sociale et solidaire",
            "es": "8.ª Academia sobre Economía Social y Solidaria",
            "pt": "8.ª Academia sobre Economia Social e Solidária",
        },
        "theme": {
            "en": "Innovative Ecosystems for SSE Public Policies: A Contribution to the Future of Work",
            "fr": (
                "Des écosystèmes innovants pour les politiques publiques de l'ESS : une contribution à l'avenir du "
                "travail"
            ),
            "es": "Ecosistemas innovadores para las políticas públicas de ESS: una contribución al futuro del trabajo",
            "pt": "Ecossistemas inovadores para as políticas públicas de ESS: um contributo para o futuro do trabalho",
        },
        "start_date": "2017-06-26",
        "end_date": "2017-06-30",
        "dates_approximate": False,
        "time_zone": "Asia/Seoul",
        "host_city": {"en": "Seoul", "fr": "Séoul", "es": "Seúl", "pt": "Seul"},
        "host_country": "KR",
        "modality": "in_person",
        "main_language": "en",
        # Seed 000 does not say which languages were offered: only English is stated.
        "languages": ["en"],
        "status": "finished",
        "is_demo": False,
        "livestream_url": "",
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": 80,
        "applications_open_at": None,
        "applications_close_at": None,
        "summary": {
            "en": (
                "The 8th ILO Academy on Social and Solidarity Economy (SSE) was held in Seoul, Republic of Korea, "
                "from 26 to 30 June 2017, organised by the ITC-ILO together with the Global Social Economy Forum "
                "(GSEF). It was the first Academy of its kind in Asia, after previous successful trainings in Europe, "
                "North America, Africa and Latin America since 2010.\n\n"
                "Its central theme was “Innovative Ecosystems for SSE Public Policies and their Contribution to the "
                "Future of Work”."
            ),
            "fr": (
                "La 8e Académie de l'OIT sur l'économie sociale et solidaire (ESS) s'est tenue à Séoul, en République "
                "de Corée, du 26 au 30 juin 2017, organisée par le CIF-OIT avec le Forum mondial de l'économie "
                "sociale (GSEF). Ce fut la première Académie de ce type en Asie, après les formations réussies "
                "organisées depuis 2010 en Europe, en Amérique du Nord, en Afrique et en Amérique latine.\n\n"
                "Son thème central était « Des écosystèmes innovants pour les politiques publiques de l'ESS et leur "
                "contribution à l'avenir du travail »."
            ),
            "es": (
                "La 8.ª Academia de la OIT sobre Economía Social y Solidaria (ESS) se celebró en Seúl, República de "
                "Corea, del 26 al 30 de junio de 2017, organizada por el CIF-OIT junto con el Foro Global de la "
                "Economía Social (GSEF). Fue la primera Academia de este tipo en Asia, tras las exitosas formaciones "
                "celebradas desde 2010 en Europa, América del Norte, África y América Latina.\n\n"
                "Su tema central fue «Ecosistemas innovadores para las políticas públicas de ESS y su contribución al "
                "futuro del trabajo»."
            ),
            "pt": (
                "A 8.ª Academia da OIT sobre Economia Social e Solidária (ESS) realizou-se em Seul, na República da "
                "Coreia, de 26 a 30 de junho de 2017, organizada pelo CIF-OIT em conjunto com o Fórum Global da "
                "Economia Social (GSEF). Foi a primeira Academia do género na Ásia, depois das formações "
                "bem-sucedidas realizadas desde 2010 na Europa, na América do Norte, em África e na América "
                "Latina.\n\n"
                "O seu tema central foi «Ecossistemas inovadores para as políticas públicas de ESS e o seu contributo "
                "para o futuro do trabalho»."
            ),
        },
        "background": {
            "en": (
                "Social and Solidarity Economy (SSE) has a potentially important role to play in reorienting "
                "economies and societies toward greater social and ecological sustainability. Especially in Asia, "
                "where rapid urbanisation and migration have resulted in many urban issues, including poverty and "
                "inequality along with safety and environmental issues, the SSE has emerged as a tangible, "
                "alternative solution.\n\n"
                "In the last couple of decades, SSE in Asia has developed considerably in various fields and areas. "
                "It ranges from producers' cooperatives as local development plans, consumers' cooperatives in urban "
                "communities, workers' unions and community businesses, to social ventures and impact investors. "
                "Beyond these voluntary movements, central and local governments have also made various efforts to "
                "promote SSE as a tool for local economic development, to generate employment, or as an alternative "
                "for social services. Although in some Asian countries the term SSE is not recognised by the general "
                "public and policymakers, the tradition of collective entrepreneurship or co-ownership of public "
                "resources has existed for a long time.\n\n"
                "Korea has received a lot of attention from the international SSE community because of the rapid "
                "growth of SSE enterprises in the last decade, driven by strong governmental support. In Seoul, the "
                "capital, the local government has strategically pursued its own social economy development plan for "
                "the last five years and has tried to build up a local ecosystem and supportive environment for SSE "
                "organisations based on a robust public-civil partnership. The number of SSE enterprises increased "
                "from 718 in 2011 to 3,054 in 2015, and these new enterprises have created over 17,900 new jobs. "
                "Their annual revenue was 1.28 billion dollars in 2014, a contribution of about 0.4% to the gross "
                "regional domestic product (GRDP).\n\n"
                "It might be too early to evaluate the impact of these policies, but throughout the Academy the "
                "trials and errors experienced by Korean SSE practitioners are shared, and participants learn about "
                "the ecosystem being built. The experience of Seoul and Korea can inspire practitioners not only in "
                "Asia but on other continents too.\n\n"
                "Although there is no one-size-fits-all approach to promote SSE, state intervention at any level, "
                "including laws, policies or development plans, is necessary to create an ecosystem that promotes "
                "SSE. Ecosystems for SSE include laws and regulations, capital and finance, markets, human resources, "
                "support systems and networks; the co-construction of public policy and participatory governance is "
                "also a significant factor. By promoting SSE through suitable ecosystems, innovative ideas for the "
                "future of work can be realised: with their social and democratic values and equitable nature, SSE "
                "enterprises are showing what sustainable and inclusive workplaces look like despite the rising "
                "challenges of polarisation, technological innovation, unemployment and unstable jobs."
            ),
            "fr": (
                "L'économie sociale et solidaire (ESS) peut jouer un rôle important pour réorienter les économies et "
                "les sociétés vers une plus grande durabilité sociale et écologique. En Asie tout particulièrement, "
                "où l'urbanisation et les migrations rapides ont engendré de nombreux problèmes urbains, dont la "
                "pauvreté et les inégalités ainsi que des problèmes de sécurité et d'environnement, l'ESS s'est "
                "imposée comme une solution alternative concrète.\n\n"
                "Au cours des deux dernières décennies, l'ESS s'est considérablement développée en Asie, dans des "
                "domaines et des secteurs variés. Elle va des coopératives de producteurs inscrites dans des plans de "
                "développement local, des coopératives de consommateurs dans les communautés urbaines, des syndicats "
                "et des entreprises communautaires jusqu'aux entreprises sociales et aux investisseurs à impact. "
                "Au-delà de ces mouvements volontaires, les gouvernements centraux et locaux ont aussi déployé divers "
                "efforts pour promouvoir l'ESS comme outil de développement économique local, pour créer des emplois "
                "ou comme alternative pour les services sociaux. Si, dans certains pays d'Asie, le terme d'ESS n'est "
                "reconnu ni par le grand public ni par les décideurs, la tradition de l'entrepreneuriat collectif ou "
                "de la copropriété des ressources publiques y existe depuis longtemps.\n\n"
                "La Corée a beaucoup attiré l'attention de la communauté internationale de l'ESS en raison de la "
                "croissance rapide des entreprises de l'ESS au cours de la dernière décennie, portée par un fort "
                "soutien des pouvoirs publics. À Séoul, la capitale, l'administration locale mène depuis cinq ans son "
                "propre plan stratégique de développement de l'économie sociale et s'efforce de bâtir un écosystème "
                "local et un environnement favorable aux organisations de l'ESS, fondés sur un solide partenariat "
                "entre pouvoirs publics et société civile. Le nombre d'entreprises de l'ESS est passé de 718 en 2011 "
                "à 3 054 en 2015, et ces nouvelles entreprises ont créé plus de 17 900 nouveaux emplois. Leur chiffre "
                "d'affaires annuel a atteint 1,28 milliard de dollars en 2014, soit une contribution d'environ 0,4 % "
                "au produit intérieur brut régional (PIBR).\n\n"
                "Il est peut-être trop tôt pour évaluer l'impact de ces politiques, mais tout au long de l'Académie, "
                "les essais et les erreurs des praticiens coréens de l'ESS sont partagés, et les participants "
                "découvrent l'écosystème en construction. L'expérience de Séoul et de la Corée peut inspirer des "
                "praticiens non seulement en Asie, mais aussi sur les autres continents.\n\n"
                "S'il n'existe pas d'approche unique pour promouvoir l'ESS, l'intervention de l'État à tous les "
                "niveaux, qu'il s'agisse de lois, de politiques ou de plans de développement, est nécessaire pour "
                "créer un écosystème favorable à l'ESS. Les écosystèmes de l'ESS comprennent les lois et les "
                "réglementations, les capitaux et le financement, les marchés, les ressources humaines, les "
                "dispositifs d'appui et les réseaux ; la co-construction des politiques publiques et la gouvernance "
                "participative sont aussi des facteurs importants. En promouvant l'ESS grâce à des écosystèmes "
                "adaptés, des idées innovantes pour l'avenir du travail peuvent se concrétiser : par leurs valeurs "
                "sociales et démocratiques et leur caractère équitable, les entreprises de l'ESS montrent à quoi "
                "ressemblent des lieux de travail durables et inclusifs, malgré les défis croissants de la "
                "polarisation, de l'innovation technologique, du chômage et de la précarité de l'emploi."
            ),
            "es": (
                "La economía social y solidaria (ESS) puede desempeñar un papel importante para reorientar las "
                "economías y las sociedades hacia una mayor sostenibilidad social y ecológica. Especialmente en Asia, "
                "donde la rápida urbanización y las migraciones han generado numerosos problemas urbanos, como la "
                "pobreza y la desigualdad, además de problemas de seguridad y medioambientales, la ESS ha surgido "
                "como una solución alternativa tangible.\n\n"
                "En las dos últimas décadas, la ESS se ha desarrollado considerablemente en Asia, en diversos ámbitos "
                "y sectores. Abarca desde cooperativas de productores integradas en planes de desarrollo local, "
                "cooperativas de consumo en comunidades urbanas, sindicatos y empresas comunitarias hasta "
                "emprendimientos sociales e inversores de impacto. Más allá de estos movimientos voluntarios, los "
                "gobiernos centrales y locales también han realizado diversos esfuerzos para promover la ESS como "
                "herramienta de desarrollo económico local, para generar empleo o como alternativa para los servicios "
                "sociales. Aunque en algunos países asiáticos el término ESS no es reconocido por el público en "
                "general ni por los responsables de políticas, la tradición del emprendimiento colectivo o de la "
                "copropiedad de los recursos públicos existe desde hace mucho tiempo.\n\n"
                "Corea ha atraído gran atención de la comunidad internacional de la ESS por el rápido crecimiento de "
                "las empresas de la ESS en la última década, impulsado por un fuerte apoyo gubernamental. En Seúl, la "
                "capital, el gobierno local ha aplicado estratégicamente su propio plan de desarrollo de la economía "
                "social durante los últimos cinco años y ha procurado construir un ecosistema local y un entorno "
                "propicio para las organizaciones de la ESS, basados en una sólida alianza público-civil. El número "
                "de empresas de la ESS pasó de 718 en 2011 a 3054 en 2015, y estas nuevas empresas han creado más de "
                "17 900 nuevos empleos. Sus ingresos anuales alcanzaron 1280 millones de dólares en 2014, lo que "
                "representa una contribución de alrededor del 0,4 % al producto interior bruto regional (PIBR).\n\n"
                "Quizá sea pronto para evaluar el impacto de estas políticas, pero a lo largo de la Academia se "
                "comparten los aciertos y errores de los actores coreanos de la ESS, y los participantes conocen el "
                "ecosistema que se está construyendo. La experiencia de Seúl y de Corea puede inspirar a actores no "
                "solo de Asia, sino también de otros continentes.\n\n"
                "Aunque no existe un enfoque único para promover la ESS, la intervención del Estado a cualquier "
                "nivel, ya sea mediante leyes, políticas o planes de desarrollo, es necesaria para crear un "
                "ecosistema que promueva la ESS. Los ecosistemas de la ESS incluyen leyes y reglamentos, capital y "
                "financiación, mercados, recursos humanos, sistemas de apoyo y redes; la coconstrucción de las "
                "políticas públicas y la gobernanza participativa son también factores importantes. Al promover la "
                "ESS mediante ecosistemas adecuados, pueden hacerse realidad ideas innovadoras para el futuro del "
                "trabajo: con sus valores sociales y democráticos y su carácter equitativo, las empresas de la ESS "
                "están mostrando cómo son los lugares de trabajo sostenibles e inclusivos, pese a los crecientes "
                "desafíos de la polarización, la innovación tecnológica, el desempleo y la precariedad laboral."
            ),
            "pt": (
                "A economia social e solidária (ESS) pode desempenhar um papel importante na reorientação das "
                "economias e das sociedades para uma maior sustentabilidade social e ecológica. Sobretudo na Ásia, "
                "onde a rápida urbanização e as migrações geraram muitos problemas urbanos, incluindo a pobreza e a "
                "desigualdade, a par de problemas de segurança e ambientais, a ESS afirmou-se como uma solução "
                "alternativa concreta.\n\n"
                "Nas últimas duas décadas, a ESS desenvolveu-se consideravelmente na Ásia, em diversos domínios e "
                "setores. Vai das cooperativas de produtores integradas em planos de desenvolvimento local, das "
                "cooperativas de consumo em comunidades urbanas, dos sindicatos e das empresas comunitárias até às "
                "empresas sociais e aos investidores de impacto. Para além destes movimentos voluntários, os governos "
                "centrais e locais também têm feito vários esforços para promover a ESS como instrumento de "
                "desenvolvimento económico local, para gerar emprego ou como alternativa para os serviços sociais. "
                "Embora em alguns países asiáticos o termo ESS não seja reconhecido pelo público em geral nem pelos "
                "decisores políticos, a tradição do empreendedorismo coletivo ou da copropriedade de recursos "
                "públicos existe há muito tempo.\n\n"
                "A Coreia tem atraído grande atenção da comunidade internacional da ESS devido ao rápido crescimento "
                "das empresas da ESS na última década, impulsionado por um forte apoio governamental. Em Seul, a "
                "capital, o governo local tem seguido estrategicamente o seu próprio plano de desenvolvimento da "
                "economia social nos últimos cinco anos e tem procurado construir um ecossistema local e um ambiente "
                "favorável às organizações da ESS, assentes numa sólida parceria público-civil. O número de empresas "
                "da ESS passou de 718 em 2011 para 3054 em 2015, e estas novas empresas criaram mais de 17 900 novos "
                "postos de trabalho. A sua receita anual atingiu 1,28 mil milhões de dólares em 2014, o que "
                "representa um contributo de cerca de 0,4 % para o produto interno bruto regional (PIBR).\n\n"
                "Pode ser cedo para avaliar o impacto destas políticas, mas ao longo da Academia são partilhadas as "
                "tentativas e os erros dos profissionais coreanos da ESS, e os participantes conhecem o ecossistema "
                "em construção. A experiência de Seul e da Coreia pode inspirar profissionais não só na Ásia, mas "
                "também noutros continentes.\n\n"
                "Embora não exista uma abordagem única para promover a ESS, a intervenção do Estado a qualquer nível, "
                "seja através de leis, políticas ou planos de desenvolvimento, é necessária para criar um ecossistema "
                "que promova a ESS. Os ecossistemas da ESS incluem leis e regulamentos, capital e financiamento, "
                "mercados, recursos humanos, sistemas de apoio e redes; a coconstrução das políticas públicas e a "
                "governação participativa são também fatores importantes. Ao promover a ESS através de ecossistemas "
                "adequados, podem concretizar-se ideias inovadoras para o futuro do trabalho: com os seus valores "
                "sociais e democráticos e a sua natureza equitativa, as empresas da ESS mostram como são os locais de "
                "trabalho sustentáveis e inclusivos, apesar dos desafios crescentes da polarização, da inovação "
                "tecnológica, do desemprego e da precariedade laboral."
            ),
        },
        "audience": {
            "en": (
                "The Academy aims to create an agora for discussion for all the diverse SSE movements in Asia, and an "
                "opportunity to share achievements and challenges with peers from other countries.\n\n"
                "It brings together SSE stakeholders who do not usually have the opportunity to meet: policy makers, "
                "academics, workers' and employers' organisations and SSE practitioners. Thanks to scholarships "
                "funded by the ILO's South-South and triangular cooperation programme, it also includes participants "
                "from the Global South. Its flexible and interactive dynamics make it an enriching experience for "
                "both new and experienced SSE stakeholders."
            ),
            "fr": (
                "L'Académie vise à créer une agora de discussion pour tous les mouvements de l'ESS en Asie, dans leur "
                "diversité, et à offrir l'occasion de partager réussites et défis avec des pairs d'autres pays.\n\n"
                "Elle réunit des acteurs de l'ESS qui n'ont généralement pas l'occasion de se rencontrer : décideurs "
                "politiques, universitaires, organisations de travailleurs et d'employeurs et praticiens de l'ESS. "
                "Grâce à des bourses financées par le programme de coopération Sud-Sud et triangulaire de l'OIT, elle "
                "accueille aussi des participants des pays du Sud. Sa dynamique souple et interactive en fait une "
                "expérience enrichissante pour les acteurs de l'ESS, débutants comme expérimentés."
            ),
            "es": (
                "La Academia busca crear un ágora de debate para todos los movimientos de la ESS en Asia, en toda su "
                "diversidad, y una oportunidad para compartir logros y desafíos con pares de otros países.\n\n"
                "Reúne a actores de la ESS que normalmente no tienen ocasión de encontrarse: responsables de "
                "políticas, académicos, organizaciones de trabajadores y de empleadores y profesionales de la ESS. "
                "Gracias a becas financiadas por el programa de cooperación Sur-Sur y triangular de la OIT, también "
                "incluye a participantes del Sur Global. Su dinámica flexible e interactiva la convierte en una "
                "experiencia enriquecedora para actores de la ESS tanto noveles como experimentados."
            ),
            "pt": (
                "A Academia pretende criar uma ágora de debate para todos os movimentos da ESS na Ásia, na sua "
                "diversidade, e uma oportunidade para partilhar conquistas e desafios com pares de outros países.\n\n"
                "Reúne intervenientes da ESS que normalmente não têm oportunidade de se encontrar: decisores "
                "políticos, académicos, organizações de trabalhadores e de empregadores e profissionais da ESS. "
                "Graças a bolsas financiadas pelo programa de cooperação Sul-Sul e triangular da OIT, inclui também "
                "participantes do Sul Global. A sua dinâmica flexível e interativa torna-a uma experiência "
                "enriquecedora para intervenientes da ESS, tanto principiantes como experientes."
            ),
        },
        "why_join": {
            "en": (
                "The main aim of the SSE Academy is to generate a better understanding of the concept of SSE and its "
                "possible contribution to social innovation in the world of work.\n\n"
                "The Academy also hopes to build a network of practitioners, who get support and insights to develop "
                "their initiatives even after the event."
            ),
            "fr": (
                "L'objectif principal de l'Académie de l'ESS est de mieux faire comprendre le concept d'ESS et sa "
                "contribution possible à l'innovation sociale dans le monde du travail.\n\n"
                "L'Académie entend aussi bâtir un réseau de praticiens, qui y trouvent soutien et idées pour "
                "développer leurs initiatives, même après l'événement."
            ),
            "es": (
                "El objetivo principal de la Academia de la ESS es generar una mejor comprensión del concepto de ESS "
                "y de su posible contribución a la innovación social en el mundo del trabajo.\n\n"
                "La Academia también aspira a construir una red de profesionales, que encuentren en ella apoyo e "
                "ideas para desarrollar sus iniciativas, incluso después del evento."
            ),
            "pt": (
                "O principal objetivo da Academia da ESS é gerar uma melhor compreensão do conceito de ESS e do seu "
                "possível contributo para a inovação social no mundo do trabalho.\n\n"
                "A Academia pretende também construir uma rede de profissionais, que nela encontrem apoio e ideias "
                "para desenvolver as suas iniciativas, mesmo depois do evento."
            ),
        },
        "programme_outline": {
            "en": (
                "The sub-topics of the Academy cover each aspect of an innovative ecosystem for SSE: the legal "
                "framework, social finance, networks, business development services and training, South-South and "
                "triangular cooperation, social innovation and the role of government, employers' and workers' "
                "organisations. The potential of SSE in achieving the Sustainable Development Goals (SDGs) is covered "
                "through cases and evidence from the field, and the sharing of good practices.\n\n"
                "A series of plenaries sets the scene for the elective sessions, which are designed to generate "
                "deeper discussions and interactions on specific topics within the Academy's broader theme. Field "
                "visits give participants a first-hand view of concrete SSE initiatives in the host city and country, "
                "and a chance to discuss directly with SSE stakeholders and take stock of local experiences."
            ),
            "fr": (
                "Les sous-thèmes de l'Académie couvrent chaque aspect d'un écosystème innovant pour l'ESS : le cadre "
                "juridique, la finance sociale, les réseaux, les services de développement des entreprises et la "
                "formation, la coopération Sud-Sud et triangulaire, l'innovation sociale et le rôle des "
                "gouvernements, des organisations d'employeurs et de travailleurs. Le potentiel de l'ESS pour "
                "atteindre les objectifs de développement durable (ODD) est abordé à travers des cas et des données "
                "de terrain, ainsi que le partage de bonnes pratiques.\n\n"
                "Une série de séances plénières pose le cadre des sessions électives, conçues pour approfondir les "
                "discussions et les échanges sur des sujets précis au sein du thème général de l'Académie. Les "
                "visites de terrain permettent aux participants de découvrir directement des initiatives concrètes de "
                "l'ESS dans la ville et le pays hôtes, de dialoguer avec les acteurs de l'ESS et de prendre la mesure "
                "des expériences locales."
            ),
            "es": (
                "Los subtemas de la Academia abarcan cada aspecto de un ecosistema innovador para la ESS: el marco "
                "jurídico, las finanzas sociales, las redes, los servicios de desarrollo empresarial y la formación, "
                "la cooperación Sur-Sur y triangular, la innovación social y el papel del gobierno y de las "
                "organizaciones de empleadores y de trabajadores. El potencial de la ESS para alcanzar los Objetivos "
                "de Desarrollo Sostenible (ODS) se aborda mediante casos y evidencias sobre el terreno, así como el "
                "intercambio de buenas prácticas.\n\n"
                "Una serie de sesiones plenarias sienta las bases de las sesiones electivas, diseñadas para generar "
                "debates e interacciones más profundos sobre temas específicos dentro del tema general de la "
                "Academia. Las visitas de campo ofrecen a los participantes una visión directa de iniciativas "
                "concretas de la ESS en la ciudad y el país anfitriones, y la oportunidad de dialogar con actores de "
                "la ESS y conocer las experiencias locales."
            ),
            "pt": (
                "Os subtemas da Academia abrangem todos os aspetos de um ecossistema inovador para a ESS: o quadro "
                "jurídico, as finanças sociais, as redes, os serviços de desenvolvimento empresarial e a formação, a "
                "cooperação Sul-Sul e triangular, a inovação social e o papel do governo e das organizações de "
                "empregadores e de trabalhadores. O potencial da ESS para alcançar os Objetivos de Desenvolvimento "
                "Sustentável (ODS) é abordado através de casos e dados do terreno, bem como da partilha de boas "
                "práticas.\n\n"
                "Uma série de sessões plenárias enquadra as sessões eletivas, concebidas para aprofundar os debates e "
                "as interações sobre temas específicos dentro do tema geral da Academia. As visitas de campo dão aos "
                "participantes uma visão direta de iniciativas concretas da ESS na cidade e no país anfitriões, e a "
                "oportunidade de dialogar com intervenientes da ESS e conhecer as experiências locais."
            ),
        },
        "learning_modality": {
            "en": (
                "The Academy took place in person in Seoul over five days, from 26 to 30 June 2017.\n\n"
                "Before the Academy, participants have access to a distance-learning platform, so that all of them "
                "can become familiar with the basic principles and notions of SSE. Participants are also asked to "
                "write an article about South-South and triangular cooperation in general and the Academy's theme "
                "specifically; the articles are used to stimulate discussions during the sessions, including the "
                "elective session on South-South and triangular cooperation."
            ),
            "fr": (
                "L'Académie s'est déroulée en présentiel à Séoul sur cinq jours, du 26 au 30 juin 2017.\n\n"
                "Avant l'Académie, les participants ont accès à une plateforme d'apprentissage à distance, afin que "
                "tous se familiarisent avec les principes et les notions de base de l'ESS. Chaque participant est "
                "aussi invité à rédiger un article sur la coopération Sud-Sud et triangulaire en général et sur le "
                "thème de l'Académie en particulier ; ces articles alimentent les discussions pendant les sessions, y "
                "compris la session élective sur la coopération Sud-Sud et triangulaire."
            ),
            "es": (
                "La Academia se celebró de forma presencial en Seúl durante cinco días, del 26 al 30 de junio de "
                "2017.\n\n"
                "Antes de la Academia, los participantes tienen acceso a una plataforma de aprendizaje a distancia, "
                "para que todos se familiaricen con los principios y las nociones básicas de la ESS. También se pide "
                "a los participantes que escriban un artículo sobre la cooperación Sur-Sur y triangular en general y "
                "sobre el tema de la Academia en particular; los artículos sirven para estimular los debates durante "
                "las sesiones, incluida la sesión electiva sobre cooperación Sur-Sur y triangular."
            ),
            "pt": (
                "A Academia decorreu presencialmente em Seul durante cinco dias, de 26 a 30 de junho de 2017.\n\n"
                "Antes da Academia, os participantes têm acesso a uma plataforma de ensino a distância, para que "
                "todos se familiarizem com os princípios e as noções básicas da ESS. É também pedido aos "
                "participantes que escrevam um artigo sobre a cooperação Sul-Sul e triangular em geral e sobre o tema "
                "da Academia em particular; os artigos servem para estimular os debates durante as sessões, incluindo "
                "a sessão eletiva sobre cooperação Sul-Sul e triangular."
            ),
        },
        # Seed 000 says nothing about working languages or interpretation: left empty rather than invented.
        "interpretation": {},
        "costs": {
            "en": (
                "Thanks to scholarships funded by the ILO's South-South and triangular cooperation (SSTC) programme, "
                "the Academy includes participants from the Global South. The scholarships cover travel, "
                "accommodation and participation fees, so that selected individuals can attend the Academy and share "
                "knowledge, good practices and challenges with SSE stakeholders they would not usually have the "
                "opportunity to meet."
            ),
            "fr": (
                "Grâce à des bourses financées par le programme de coopération Sud-Sud et triangulaire (CSST) de "
                "l'OIT, l'Académie accueille des participants des pays du Sud. Les bourses couvrent le voyage, "
                "l'hébergement et les frais de participation, afin que les personnes sélectionnées puissent "
                "participer à l'Académie et partager connaissances, bonnes pratiques et défis avec des acteurs de "
                "l'ESS qu'elles n'auraient habituellement pas l'occasion de rencontrer."
            ),
            "es": (
                "Gracias a becas financiadas por el programa de cooperación Sur-Sur y triangular (CSST) de la OIT, la "
                "Academia incluye a participantes del Sur Global. Las becas cubren el viaje, el alojamiento y las "
                "cuotas de participación, para que las personas seleccionadas puedan asistir a la Academia y "
                "compartir conocimientos, buenas prácticas y desafíos con actores de la ESS a quienes normalmente no "
                "tendrían ocasión de conocer."
            ),
            "pt": (
                "Graças a bolsas financiadas pelo programa de cooperação Sul-Sul e triangular (CSST) da OIT, a "
                "Academia inclui participantes do Sul Global. As bolsas cobrem a viagem, o alojamento e as taxas de "
                "participação, para que as pessoas selecionadas possam participar na Academia e partilhar "
                "conhecimentos, boas práticas e desafios com intervenientes da ESS que normalmente não teriam "
                "oportunidade de conhecer."
            ),
        },
        "how_to_apply": {
            "en": (
                "This edition took place in June 2017 and applications are closed.\n\n"
                "Its participants joined a growing international network of policymakers and practitioners working on "
                "the SSE. The SSE Collective Brain serves as the information hub of the ILO SSE Academy, facilitating "
                "exchange and cooperation beyond the face-to-face interactions of each Academy."
            ),
            "fr": (
                "Cette édition a eu lieu en juin 2017 et les candidatures sont closes.\n\n"
                "Ses participants ont rejoint un réseau international croissant de décideurs et de praticiens qui "
                "travaillent sur l'ESS. Le « SSE Collective Brain » (cerveau collectif de l'ESS) est le centre "
                "d'information de l'Académie de l'OIT sur l'ESS : il facilite les échanges et la coopération au-delà "
                "des rencontres en personne de chaque Académie."
            ),
            "es": (
                "Esta edición tuvo lugar en junio de 2017 y las candidaturas están cerradas.\n\n"
                "Sus participantes se sumaron a una creciente red internacional de responsables de políticas y "
                "profesionales que trabajan en la ESS. El «SSE Collective Brain» (cerebro colectivo de la ESS) es el "
                "centro de información de la Academia de la OIT sobre ESS: facilita el intercambio y la cooperación "
                "más allá de los encuentros presenciales de cada Academia."
            ),
            "pt": (
                "Esta edição realizou-se em junho de 2017 e as candidaturas estão encerradas.\n\n"
                "Os seus participantes juntaram-se a uma rede internacional crescente de decisores políticos e "
                "profissionais que trabalham na ESS. O «SSE Collective Brain» (cérebro coletivo da ESS) é o centro de "
                "informação da Academia da OIT sobre ESS: facilita o intercâmbio e a cooperação para além dos "
                "encontros presenciais de cada Academia."
            ),
        },
        # Seed 000's page is titled "Académie GSEF & ITC-ILO"; SMG as host partner is from the brief.
        "partners": [("ILO", "organiser"), ("ITCILO", "organiser"), ("GSEF", "host"), ("SMG", "host")],
        "key_features": [
            {
                "title": {
                    "en": "The first Academy in Asia",
                    "fr": "La première Académie en Asie",
                    "es": "La primera Academia en Asia",
                    "pt": "A primeira Academia na Ásia",
                },
                "text": {
                    "en": (
                        "After successful trainings in Europe, North America, Africa and Latin America since 2010, "
                        "the Academy came to Asia for the first time."
                    ),
                    "fr": (
                        "Après des formations réussies en Europe, en Amérique du Nord, en Afrique et en Amérique "
                        "latine depuis 2010, l'Académie s'est tenue pour la première fois en Asie."
                    ),
                    "es": (
                        "Tras exitosas formaciones en Europa, América del Norte, África y América Latina desde 2010, "
                        "la Academia se celebró por primera vez en Asia."
                    ),
                    "pt": (
                        "Depois de formações bem-sucedidas na Europa, na América do Norte, em África e na América "
                        "Latina desde 2010, a Academia realizou-se pela primeira vez na Ásia."
                    ),
                },
            },
            {
                "title": {
                    "en": "An agora for SSE movements",
                    "fr": "Une agora pour les mouvements de l'ESS",
                    "es": "Un ágora para los movimientos de la ESS",
                    "pt": "Uma ágora para os movimentos da ESS",
                },
                "text": {
                    "en": (
                        "A space for discussion for the diverse SSE movements in Asia, and an opportunity to share "
                        "achievements and challenges with peers from other countries."
                    ),
                    "fr": (
                        "Un espace de discussion pour les divers mouvements de l'ESS en Asie et l'occasion de "
                        "partager réussites et défis avec des pairs d'autres pays."
                    ),
                    "es": (
                        "Un espacio de debate para los diversos movimientos de la ESS en Asia y una oportunidad para "
                        "compartir logros y desafíos con pares de otros países."
                    ),
                    "pt": (
                        "Um espaço de debate para os diversos movimentos da ESS na Ásia e uma oportunidade para "
                        "partilhar conquistas e desafios com pares de outros países."
                    ),
                },
            },
            {
                "title": {
                    "en": "Learning from Seoul's ecosystem",
                    "fr": "Apprendre de l'écosystème de Séoul",
                    "es": "Aprender del ecosistema de Seúl",
                    "pt": "Aprender com o ecossistema de Seul",
                },
                "text": {
                    "en": (
                        "In Seoul, SSE enterprises grew from 718 in 2011 to 3,054 in 2015 and created over 17,900 new "
                        "jobs: participants learn from the trials and errors of Korean practitioners."
                    ),
                    "fr": (
                        "À Séoul, le nombre d'entreprises de l'ESS est passé de 718 en 2011 à 3 054 en 2015, avec "
                        "plus de 17 900 nouveaux emplois : les participants apprennent des essais et des erreurs des "
                        "praticiens coréens."
                    ),
                    "es": (
                        "En Seúl, las empresas de la ESS pasaron de 718 en 2011 a 3054 en 2015 y crearon más de 17 "
                        "900 nuevos empleos: los participantes aprenden de los aciertos y errores de los actores "
                        "coreanos."
                    ),
                    "pt": (
                        "Em Seul, as empresas da ESS passaram de 718 em 2011 para 3054 em 2015 e criaram mais de 17 "
                        "900 novos postos de trabalho: os participantes aprendem com as tentativas e os erros dos "
                        "profissionais coreanos."
                    ),
                },
            },
            {
                "title": {
                    "en": "A network that lasts",
                    "fr": "Un réseau qui dure",
                    "es": "Una red que perdura",
                    "pt": "Uma rede que perdura",
                },
                "text": {
                    "en": (
                        "Become part of a growing international network of policymakers and practitioners working on "
                        "the SSE, with support and insights that continue after the event."
                    ),
                    "fr": (
                        "Rejoignez un réseau international croissant de décideurs et de praticiens de l'ESS, pour un "
                        "soutien et des idées qui se prolongent après l'événement."
                    ),
                    "es": (
                        "Forme parte de una creciente red internacional de responsables de políticas y profesionales "
                        "de la ESS, con apoyo e ideas que continúan después del evento."
                    ),
                    "pt": (
                        "Faça parte de uma rede internacional crescente de decisores políticos e profissionais da "
                        "ESS, com apoio e ideias que continuam depois do evento."
                    ),
                },
            },
        ],
        "sub_topics": [
            {
                "en": "Legal framework and certification system",
                "fr": "Cadre juridique et système de certification",
                "es": "Marco jurídico y sistema de certificación",
                "pt": "Quadro jurídico e sistema de certificação",
            },
            {
                "en": "Social finance and SSE",
                "fr": "Finance sociale et ESS",
                "es": "Finanzas sociales y ESS",
                "pt": "Finanças sociais e ESS",
            },
            {
                "en": (
                    "South-South and Triangular Cooperation: Experiences of Innovative Ecosystems for SSE Public "
                    "Policies"
                ),
                "fr": (
                    "Coopération Sud-Sud et triangulaire : expériences d'écosystèmes innovants pour les politiques "
                    "publiques de l'ESS"
                ),
                "es": (
                    "Cooperación Sur-Sur y triangular: experiencias de ecosistemas innovadores para las políticas "
                    "públicas de ESS"
                ),
                "pt": (
                    "Cooperação Sul-Sul e triangular: experiências de ecossistemas inovadores para as políticas "
                    "públicas de ESS"
                ),
            },
            {
                "en": "SSE and the Sustainable Development Goals (SDGs)",
                "fr": "L'ESS et les objectifs de développement durable (ODD)",
                "es": "La ESS y los Objetivos de Desarrollo Sostenible (ODS)",
                "pt": "A ESS e os Objetivos de Desenvolvimento Sustentável (ODS)",
            },
            {
                "en": "Networks, Business Development Services and Training",
                "fr": "Réseaux, services de développement des entreprises et formation",
                "es": "Redes, servicios de desarrollo empresarial y formación",
                "pt": "Redes, serviços de desenvolvimento empresarial e formação",
            },
            {
                "en": (
                    "The Role of the Government, Employers and Workers Organizations in shaping innovative ecosystems "
                    "for SSE public policies"
                ),
                "fr": (
                    "Le rôle des gouvernements et des organisations d'employeurs et de travailleurs dans la "
                    "construction d'écosystèmes innovants pour les politiques publiques de l'ESS"
                ),
                "es": (
                    "El papel del gobierno y de las organizaciones de empleadores y de trabajadores en la "
                    "configuración de ecosistemas innovadores para las políticas públicas de ESS"
                ),
                "pt": (
                    "O papel do governo e das organizações de empregadores e de trabalhadores na construção de "
                    "ecossistemas inovadores para as políticas públicas de ESS"
                ),
            },
            {
                "en": "Social Innovation through SSE",
                "fr": "L'innovation sociale par l'ESS",
                "es": "La innovación social a través de la ESS",
                "pt": "A inovação social através da ESS",
            },
            {
                "en": "SSE and Youth",
                "fr": "L'ESS et les jeunes",
                "es": "La ESS y la juventud",
                "pt": "A ESS e os jovens",
            },
        ],
        "learning_outcomes": [
            {
                "en": "Have a better understanding of innovative ecosystems for SSE public policies.",
                "fr": "Mieux comprendre les écosystèmes innovants pour les politiques publiques de l'ESS.",
                "es": "Comprender mejor los ecosistemas innovadores para las políticas públicas de ESS.",
                "pt": "Compreender melhor os ecossistemas inovadores para as políticas públicas de ESS.",
            },
            {
                "en": (
                    "Have been acquainted with a multitude of social and solidarity experiences, strategies and tools "
                    "from around the world, including examples of South-South and triangular cooperation."
                ),
                "fr": (
                    "Avoir découvert une multitude d'expériences, de stratégies et d'outils sociaux et solidaires du "
                    "monde entier, dont des exemples de coopération Sud-Sud et triangulaire."
                ),
                "es": (
                    "Haber conocido una multitud de experiencias, estrategias y herramientas sociales y solidarias de "
                    "todo el mundo, incluidos ejemplos de cooperación Sur-Sur y triangular."
                ),
                "pt": (
                    "Ter conhecido uma multiplicidade de experiências, estratégias e instrumentos sociais e "
                    "solidários de todo o mundo, incluindo exemplos de cooperação Sul-Sul e triangular."
                ),
            },
            {
                "en": (
                    "Have become part of a growing international network of policymakers and practitioners working on "
                    "the SSE."
                ),
                "fr": (
                    "Faire partie d'un réseau international croissant de décideurs et de praticiens qui travaillent "
                    "sur l'ESS."
                ),
                "es": (
                    "Formar parte de una creciente red internacional de responsables de políticas y profesionales que "
                    "trabajan en la ESS."
                ),
                "pt": (
                    "Fazer parte de uma rede internacional crescente de decisores políticos e profissionais que "
                    "trabalham na ESS."
                ),
            },
        ],
        # Seed 000 gives no session times: no daily slots rather than invented ones.
        "daily_slots": [],
        "faq": [
            {
                "question": {
                    "en": "When and where did the 8th Academy take place?",
                    "fr": "Quand et où la 8e Académie a-t-elle eu lieu ?",
                    "es": "¿Cuándo y dónde se celebró la 8.ª Academia?",
                    "pt": "Quando e onde se realizou a 8.ª Academia?",
                },
                "answer": {
                    "en": (
                        "In Seoul, Republic of Korea, from 26 to 30 June 2017. It was the first Academy held in Asia."
                    ),
                    "fr": (
                        "À Séoul, en République de Corée, du 26 au 30 juin 2017. C'était la première Académie "
                        "organisée en Asie."
                    ),
                    "es": (
                        "En Seúl, República de Corea, del 26 al 30 de junio de 2017. Fue la primera Academia "
                        "celebrada en Asia."
                    ),
                    "pt": (
                        "Em Seul, na República da Coreia, de 26 a 30 de junho de 2017. Foi a primeira Academia "
                        "realizada na Ásia."
                    ),
                },
            },
            {
                "question": {
                    "en": "What was the theme of the Academy?",
                    "fr": "Quel était le thème de l'Académie ?",
                    "es": "¿Cuál fue el tema de la Academia?",
                    "pt": "Qual foi o tema da Academia?",
                },
                "answer": {
                    "en": (
                        "“Innovative Ecosystems for SSE Public Policies and their Contribution to the Future of "
                        "Work”: how laws and regulations, finance, markets, human resources, support systems and "
                        "networks, built through the co-construction of public policy, can promote the SSE and create "
                        "sustainable and inclusive workplaces."
                    ),
                    "fr": (
                        "« Des écosystèmes innovants pour les politiques publiques de l'ESS et leur contribution à "
                        "l'avenir du travail » : comment les lois et les réglementations, le financement, les "
                        "marchés, les ressources humaines, les dispositifs d'appui et les réseaux, bâtis par la "
                        "co-construction des politiques publiques, peuvent promouvoir l'ESS et créer des lieux de "
                        "travail durables et inclusifs."
                    ),
                    "es": (
                        "«Ecosistemas innovadores para las políticas públicas de ESS y su contribución al futuro del "
                        "trabajo»: cómo las leyes y los reglamentos, la financiación, los mercados, los recursos "
                        "humanos, los sistemas de apoyo y las redes, construidos mediante la coconstrucción de las "
                        "políticas públicas, pueden promover la ESS y crear lugares de trabajo sostenibles e "
                        "inclusivos."
                    ),
                    "pt": (
                        "«Ecossistemas inovadores para as políticas públicas de ESS e o seu contributo para o futuro "
                        "do trabalho»: como as leis e os regulamentos, o financiamento, os mercados, os recursos "
                        "humanos, os sistemas de apoio e as redes, construídos através da coconstrução das políticas "
                        "públicas, podem promover a ESS e criar locais de trabalho sustentáveis e inclusivos."
                    ),
                },
            },
            {
                "question": {
                    "en": "Does the Academy offer scholarships?",
                    "fr": "L'Académie propose-t-elle des bourses ?",
                    "es": "¿Ofrece becas la Academia?",
                    "pt": "A Academia oferece bolsas?",
                },
                "answer": {
                    "en": (
                        "Yes. Scholarships funded by the ILO's South-South and triangular cooperation programme allow "
                        "selected participants from the Global South to attend; they cover travel, accommodation and "
                        "participation fees."
                    ),
                    "fr": (
                        "Oui. Des bourses financées par le programme de coopération Sud-Sud et triangulaire de l'OIT "
                        "permettent à des participants sélectionnés des pays du Sud d'y assister ; elles couvrent le "
                        "voyage, l'hébergement et les frais de participation."
                    ),
                    "es": (
                        "Sí. Las becas financiadas por el programa de cooperación Sur-Sur y triangular de la OIT "
                        "permiten asistir a participantes seleccionados del Sur Global; cubren el viaje, el "
                        "alojamiento y las cuotas de participación."
                    ),
                    "pt": (
                        "Sim. As bolsas financiadas pelo programa de cooperação Sul-Sul e triangular da OIT permitem "
                        "que participantes selecionados do Sul Global participem; cobrem a viagem, o alojamento e as "
                        "taxas de participação."
                    ),
                },
            },
            {
                "question": {
                    "en": "What do participants do before the Academy?",
                    "fr": "Que font les participants avant l'Académie ?",
                    "es": "¿Qué hacen los participantes antes de la Academia?",
                    "pt": "O que fazem os participantes antes da Academia?",
                },
                "answer": {
                    "en": (
                        "They follow the distance-learning platform to become familiar with the basic principles and "
                        "notions of SSE, and write an article on South-South and triangular cooperation and the "
                        "Academy's theme, which feeds the discussions during the sessions."
                    ),
                    "fr": (
                        "Ils suivent la plateforme d'apprentissage à distance pour se familiariser avec les principes "
                        "et les notions de base de l'ESS, et rédigent un article sur la coopération Sud-Sud et "
                        "triangulaire et le thème de l'Académie, qui alimente les discussions pendant les sessions."
                    ),
                    "es": (
                        "Siguen la plataforma de aprendizaje a distancia para familiarizarse con los principios y las "
                        "nociones básicas de la ESS, y escriben un artículo sobre la cooperación Sur-Sur y triangular "
                        "y el tema de la Academia, que alimenta los debates durante las sesiones."
                    ),
                    "pt": (
                        "Acompanham a plataforma de ensino a distância para se familiarizarem com os princípios e as "
                        "noções básicas da ESS, e escrevem um artigo sobre a cooperação Sul-Sul e triangular e o tema "
                        "da Academia, que alimenta os debates durante as sessões."
                    ),
                },
            },
            {
                "question": {
                    "en": "Does the network continue after the Academy?",
                    "fr": "Le réseau se poursuit-il après l'Académie ?",
                    "es": "¿Continúa la red después de la Academia?",
                    "pt": "A rede continua depois da Academia?",
                },
                "answer": {
                    "en": (
                        "Yes. The Academy aims to build a network of practitioners that gives support and insights "
                        "even after the event, and the SSE Collective Brain serves as the information hub of the ILO "
                        "SSE Academy beyond the face-to-face interactions."
                    ),
                    "fr": (
                        "Oui. L'Académie vise à bâtir un réseau de praticiens qui apporte soutien et idées même après "
                        "l'événement, et le « SSE Collective Brain » sert de centre d'information de l'Académie de "
                        "l'OIT sur l'ESS au-delà des rencontres en personne."
                    ),
                    "es": (
                        "Sí. La Academia busca construir una red de profesionales que brinde apoyo e ideas incluso "
                        "después del evento, y el «SSE Collective Brain» es el centro de información de la Academia "
                        "de la OIT sobre ESS más allá de los encuentros presenciales."
                    ),
                    "pt": (
                        "Sim. A Academia pretende construir uma rede de profissionais que dê apoio e ideias mesmo "
                        "depois do evento, e o «SSE Collective Brain» é o centro de informação da Academia da OIT "
                        "sobre ESS para além dos encontros presenciais."
                    ),
                },
            },
        ],
    },
    {
        "number": 9,
        "title": {
            "en": "9th Academy on Social and Solidarity Economy",
            "fr": "9e Académie sur l'économie sociale et solidaire",
            "es": "9.ª Academia sobre Economía Social y Solidaria",
            "pt": "9.ª Academia sobre Economia Social e Solidária",
        },
        "theme": {},
        # Approximate: the sources give only the year.
        "start_date": "2017-09-25",
        "end_date": "2017-09-29",
        "dates_approximate": True,
        "time_zone": "Europe/Luxembourg",
        "host_city": {"en": "Luxembourg", "fr": "Luxembourg", "es": "Luxemburgo", "pt": "Luxemburgo"},
        "host_country": "LU",
        "modality": "in_person",
        "main_language": "en",
        "languages": ["en"],
        "status": "finished",
        "is_demo": False,
        "livestream_url": "",
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": 80,
        "applications_open_at": None,
        "applications_close_at": None,
        "summary": {
            "en": (
                "The 9th Academy on Social and Solidarity Economy took place in Luxembourg City, Luxembourg, in 2017."
            ),
            "fr": (
                "La 9e Académie sur l'économie sociale et solidaire s'est tenue à Luxembourg-Ville, au Luxembourg, en "
                "2017."
            ),
            "es": (
                "La 9.ª Academia sobre Economía Social y Solidaria se celebró en la ciudad de Luxemburgo, Luxemburgo, "
                "en 2017."
            ),
            "pt": (
                "A 9.ª Academia sobre Economia Social e Solidária realizou-se na cidade do Luxemburgo, Luxemburgo, em "
                "2017."
            ),
        },
        "background": {},
        "audience": {},
        "why_join": {},
        "programme_outline": {},
        "learning_modality": {},
        "interpretation": {},
        "costs": {},
        "how_to_apply": {},
        "partners": [("ILO", "organiser"), ("ITCILO", "organiser")],
        "key_features": [],
        "sub_topics": [],
        "learning_outcomes": [],
        "daily_slots": [],
        "faq": [],
    },
    {
        "number": 10,
        "title": {
            "en": "10th Academy on Social and Solidarity Economy",
            "fr": "10e Académie sur l'économie sociale et solidaire",
            "es": "10.ª Academia sobre Economía Social y Solidaria",
            "pt": "10.ª Academia sobre Economia Social e Solidária",
        },
        "theme": {},
        # Approximate: the sources give only the year.
        "start_date": "2018-10-22",
        "end_date": "2018-10-26",
        "dates_approximate": True,
        "time_zone": "Europe/Madrid",
        "host_city": {"en": "Madrid", "fr": "Madrid", "es": "Madrid", "pt": "Madrid"},
        "host_country": "ES",
        "modality": "in_person",
        "main_language": "en",
        "languages": ["en"],
        "status": "finished",
        "is_demo": False,
        "livestream_url": "",
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": 80,
        "applications_open_at": None,
        "applications_close_at": None,
        "summary": {
            "en": "The 10th Academy on Social and Solidarity Economy took place in Madrid, Spain, in 2018.",
            "fr": "La 10e Académie sur l'économie sociale et solidaire s'est tenue à Madrid, en Espagne, en 2018.",
            "es": "La 10.ª Academia sobre Economía Social y Solidaria se celebró en Madrid, España, en 2018.",
            "pt": "A 10.ª Academia sobre Economia Social e Solidária realizou-se em Madrid, Espanha, em 2018.",
        },
        "background": {},
        "audience": {},
        "why_join": {},
        "programme_outline": {},
        "learning_modality": {},
        "interpretation": {},
        "costs": {},
        "how_to_apply": {},
        "partners": [("ILO", "organiser"), ("ITCILO", "organiser")],
        "key_features": [],
        "sub_topics": [],
        "learning_outcomes": [],
        "daily_slots": [],
        "faq": [],
    },
    {
        "number": 11,
        "title": {
            "en": "11th Academy on Social and Solidarity Economy",
            "fr": "11e Académie sur l'économie sociale et solidaire",
            "es": "11.ª Academia sobre Economía Social y Solidaria",
            "pt": "11.ª Academia sobre Economia Social e Solidária",
        },
        "theme": {},
        # Approximate: the sources give only the year.
        "start_date": "2019-09-16",
        "end_date": "2019-09-20",
        "dates_approximate": True,
        "time_zone": "Europe/Rome",
        "host_city": {"en": "Turin", "fr": "Turin", "es": "Turín", "pt": "Turim"},
        "host_country": "IT",
        "modality": "in_person",
        "main_language": "en",
        "languages": ["en"],
        "status": "finished",
        "is_demo": False,
        "livestream_url": "",
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": 80,
        "applications_open_at": None,
        "applications_close_at": None,
        "summary": {
            "en": "The 11th Academy on Social and Solidarity Economy took place in Turin, Italy, in 2019.",
            "fr": "La 11e Académie sur l'économie sociale et solidaire s'est tenue à Turin, en Italie, en 2019.",
            "es": "La 11.ª Academia sobre Economía Social y Solidaria se celebró en Turín, Italia, en 2019.",
            "pt": "A 11.ª Academia sobre Economia Social e Solidária realizou-se em Turim, Itália, em 2019.",
        },
        "background": {},
        "audience": {},
        "why_join": {},
        "programme_outline": {},
        "learning_modality": {},
        "interpretation": {},
        "costs": {},
        "how_to_apply": {},
        "partners": [("ILO", "organiser"), ("ITCILO", "organiser")],
        "key_features": [],
        "sub_topics": [],
        "learning_outcomes": [],
        "daily_slots": [],
        "faq": [],
    },
    {
        # Seed 002 (the edition's page) and seed 003 (slides of elective session 7).
        "number": 12,
        "title": {
            "en": "12th Academy on Social and Solidarity Economy",
            "fr": "12e Académie sur l'économie sociale et solidaire",
            "es": "12.ª Academia sobre Economía Social y Solidaria",
            "pt": "12.ª Academia sobre Economia Social e Solidária",
        },
        "theme": {
            "en": (
                "Building back better: the role of Social and Solidarity Economy in a human-centred and "
                "planet-sensitive recovery"
            ),
            "fr": (
                "Reconstruire en mieux : le rôle de l'économie sociale et solidaire dans une reprise centrée sur "
                "l'humain et respectueuse de la planète"
            ),
            "es": (
                "Reconstruir mejor: el papel de la economía social y solidaria en una recuperación centrada en las "
                "personas y respetuosa con el planeta"
            ),
            "pt": (
                "Reconstruir melhor: o papel da economia social e solidária numa recuperação centrada no ser humano e "
                "respeitadora do planeta"
            ),
        },
        "start_date": "2021-11-15",
        "end_date": "2021-11-26",
        "dates_approximate": False,
        # The host country is Portugal (Europe/Lisbon), but seed 002 publishes every session time in CET
        # (13:00-14:30 and 15:30-17:00 CET). The daily slots are stored in the edition's zone, so the zone is
        # Europe/Paris (CET in November) to keep the published times exactly as they were announced.
        "time_zone": "Europe/Paris",
        "host_city": {},
        "host_country": "PT",
        "modality": "online",
        "main_language": "en",
        "languages": ["en", "fr", "es", "pt"],
        "status": "finished",
        "is_demo": False,
        # Seed 002 has a "Watch the livestream" button but its address is not in the seed.
        "livestream_url": "",
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": 80,
        "applications_open_at": None,
        "applications_close_at": None,
        "summary": {
            "en": (
                "The social and solidarity economy seeks to balance economic viability with social justice, from the "
                "local to the global levels. This Academy offers practical insights on how to boost inclusive and "
                "sustainable development and enhance the Decent Work Agenda in different countries and regions. Are "
                "you ready to build more resilient societies?\n\n"
                "Hosted by Portugal, the 12th edition took place online from 15 to 26 November 2021, in English, "
                "French, Spanish and Portuguese."
            ),
            "fr": (
                "L'économie sociale et solidaire cherche à concilier viabilité économique et justice sociale, du "
                "niveau local au niveau mondial. Cette Académie offre des pistes concrètes pour stimuler un "
                "développement inclusif et durable et faire progresser l'Agenda du travail décent dans différents "
                "pays et régions. Êtes-vous prêt à bâtir des sociétés plus résilientes ?\n\n"
                "Accueillie par le Portugal, la 12e édition s'est déroulée en ligne du 15 au 26 novembre 2021, en "
                "anglais, en français, en espagnol et en portugais."
            ),
            "es": (
                "La economía social y solidaria busca equilibrar la viabilidad económica con la justicia social, "
                "desde el nivel local hasta el mundial. Esta Academia ofrece ideas prácticas sobre cómo impulsar un "
                "desarrollo inclusivo y sostenible y fortalecer la Agenda de Trabajo Decente en distintos países y "
                "regiones. ¿Está listo para construir sociedades más resilientes?\n\n"
                "Con Portugal como anfitrión, la 12.ª edición se celebró en línea del 15 al 26 de noviembre de 2021, "
                "en inglés, francés, español y portugués."
            ),
            "pt": (
                "A economia social e solidária procura conciliar a viabilidade económica com a justiça social, do "
                "nível local ao global. Esta Academia oferece pistas práticas sobre como impulsionar um "
                "desenvolvimento inclusivo e sustentável e reforçar a Agenda do Trabalho Digno em diferentes países e "
                "regiões. Está pronto para construir sociedades mais resilientes?\n\n"
                "Com Portugal como anfitrião, a 12.ª edição decorreu online de 15 a 26 de novembro de 2021, em "
                "inglês, francês, espanhol e português."
            ),
        },
        "background": {
            "en": (
                "The recent global crisis, a consequence of the COVID-19 pandemic, has accentuated the need for a new "
                "paradigm of production and consumption that is more inclusive and sustainable. Growing problems such "
                "as unemployment, precarious employment, climate change and inequality are forcing a rethink of "
                "conventional approaches.\n\n"
                "In March 2021, the 341st Governing Body of the ILO decided to place on the agenda of the 110th "
                "Session (2022) of the International Labour Conference (ILC) an item on the Social and Solidarity "
                "Economy (SSE) for general discussion. This historic decision presents a unique opportunity, among "
                "others, to provide a universal definition of the term “social and solidarity economy”, including its "
                "associated principles, and to provide policy guidelines for member States wishing to establish a "
                "conducive environment for the national development of SSE. In this context, the 12th edition of the "
                "ILO SSE Academy provides a global space for policy makers and practitioners to exchange and learn "
                "from innovative SSE policies and practices all over the world.\n\n"
                "This year's host is Portugal, where the SSE has been growing and developing consistently in recent "
                "years. With 3% of Gross Value Added and 6.1% of paid employment in the country, the SSE in Portugal "
                "has become more prominent, both in its universe and in its weight in the Portuguese economy as a "
                "whole. At policy level, Portugal has established a common legal and institutional framework for the "
                "promotion and development of the sector through the Framework Law on Social Economy and three "
                "institutional pillars: the Cooperative António Sérgio for Social Economy (CASES), the National "
                "Council for Social Economy (CNES) and the Portuguese Confederation of Social Economy (CPES). Beyond "
                "its national boundaries, Portugal has highlighted the SSE during its Presidency of the Council of "
                "the EU (PPUE21) and its Presidency of the Monitoring Committee of the Luxembourg Declaration, a "
                "group of EU member states committed to the promotion and recognition of the social economy. A "
                "network of 5 Portuguese cities has been awarded the status of “European Capital of Social "
                "Economy”.\n\n"
                "On this basis, CASES has partnered with the ILO to design the 12th edition of the ILO's Academy on "
                "Social and Solidarity Economy, with a special focus on the role of SSE in the face of the challenges "
                "and opportunities posed by the rapidly changing world of work in the context of the crises generated "
                "by the COVID-19 pandemic."
            ),
            "fr": (
                "La récente crise mondiale, conséquence de la pandémie de COVID-19, a accentué le besoin d'un nouveau "
                "paradigme de production et de consommation, plus inclusif et plus durable. Des problèmes croissants "
                "comme le chômage, l'emploi précaire, le changement climatique et les inégalités obligent à repenser "
                "les approches conventionnelles.\n\n"
                "En mars 2021, le Conseil d'administration du BIT, à sa 341e session, a décidé d'inscrire à l'ordre "
                "du jour de la 110e session (2022) de la Conférence internationale du Travail (CIT) une question "
                "relative à l'économie sociale et solidaire (ESS), en vue d'une discussion générale. Cette décision "
                "historique offre notamment une occasion unique de donner une définition universelle de l'« économie "
                "sociale et solidaire » et de ses principes, et de fournir des orientations aux États membres qui "
                "souhaitent créer un environnement favorable au développement national de l'ESS. Dans ce contexte, la "
                "12e édition de l'Académie de l'OIT sur l'ESS offre un espace mondial où décideurs et praticiens "
                "échangent et apprennent des politiques et pratiques innovantes de l'ESS dans le monde entier.\n\n"
                "Cette année, l'Académie est accueillie par le Portugal, où l'ESS connaît une croissance et un "
                "développement constants ces dernières années. Avec 3 % de la valeur ajoutée brute et 6,1 % de "
                "l'emploi rémunéré du pays, l'ESS au Portugal a gagné en importance, tant par son étendue que par son "
                "poids dans l'ensemble de l'économie portugaise. Sur le plan des politiques, le Portugal s'est doté "
                "d'un cadre juridique et institutionnel commun pour la promotion et le développement du secteur, avec "
                "la loi-cadre sur l'économie sociale et trois piliers institutionnels : la Coopérative António Sérgio "
                "pour l'économie sociale (CASES), le Conseil national de l'économie sociale (CNES) et la "
                "Confédération portugaise de l'économie sociale (CPES). Au-delà de ses frontières, le Portugal a mis "
                "en avant l'ESS pendant sa présidence du Conseil de l'UE (PPUE21) et sa présidence du comité de suivi "
                "de la Déclaration de Luxembourg, un groupe d'États membres de l'Union européenne engagés pour la "
                "promotion et la reconnaissance de l'économie sociale. Un réseau de 5 villes portugaises a reçu le "
                "titre de « Capitale européenne de l'économie sociale ».\n\n"
                "Sur cette base, CASES s'est associée à l'OIT pour concevoir la 12e édition de l'Académie de l'OIT "
                "sur l'économie sociale et solidaire, avec un accent particulier sur le rôle de l'ESS face aux défis "
                "et aux opportunités d'un monde du travail en mutation rapide, dans le contexte des crises engendrées "
                "par la pandémie de COVID-19."
            ),
            "es": (
                "La reciente crisis mundial, consecuencia de la pandemia de COVID-19, ha acentuado la necesidad de un "
                "nuevo paradigma de producción y consumo más inclusivo y sostenible. Problemas crecientes como el "
                "desempleo, el empleo precario, el cambio climático y la desigualdad obligan a replantear los "
                "enfoques convencionales.\n\n"
                "En marzo de 2021, el Consejo de Administración de la OIT, en su 341.ª reunión, decidió inscribir en "
                "el orden del día de la 110.ª reunión (2022) de la Conferencia Internacional del Trabajo (CIT) un "
                "punto sobre la economía social y solidaria (ESS) para una discusión general. Esta decisión histórica "
                "brinda, entre otras, una oportunidad única de ofrecer una definición universal del término «economía "
                "social y solidaria», incluidos sus principios, y de proporcionar orientaciones de política a los "
                "Estados miembros que deseen crear un entorno propicio para el desarrollo nacional de la ESS. En este "
                "contexto, la 12.ª edición de la Academia de la OIT sobre ESS ofrece un espacio mundial para que "
                "responsables de políticas y profesionales intercambien y aprendan de políticas y prácticas "
                "innovadoras de ESS de todo el mundo.\n\n"
                "Este año el anfitrión es Portugal, donde la ESS ha crecido y se ha desarrollado de forma constante "
                "en los últimos años. Con el 3 % del valor añadido bruto y el 6,1 % del empleo remunerado del país, "
                "la ESS en Portugal ha ganado protagonismo, tanto por su universo como por su peso en el conjunto de "
                "la economía portuguesa. En el plano de las políticas, Portugal ha establecido un marco jurídico e "
                "institucional común para la promoción y el desarrollo del sector mediante la Ley de Bases de la "
                "Economía Social y tres pilares institucionales: la Cooperativa António Sérgio para la Economía "
                "Social (CASES), el Consejo Nacional para la Economía Social (CNES) y la Confederación Portuguesa de "
                "la Economía Social (CPES). Más allá de sus fronteras, Portugal ha destacado la ESS durante su "
                "Presidencia del Consejo de la UE (PPUE21) y su Presidencia del Comité de Seguimiento de la "
                "Declaración de Luxemburgo, un grupo de Estados miembros de la Unión Europea comprometidos con la "
                "promoción y el reconocimiento de la economía social. Una red de 5 ciudades portuguesas ha recibido "
                "el título de «Capital Europea de la Economía Social».\n\n"
                "Sobre esta base, CASES se ha asociado con la OIT para diseñar la 12.ª edición de la Academia de la "
                "OIT sobre Economía Social y Solidaria, con especial atención al papel de la ESS frente a los "
                "desafíos y las oportunidades de un mundo del trabajo en rápida transformación, en el contexto de las "
                "crisis generadas por la pandemia de COVID-19."
            ),
            "pt": (
                "A recente crise mundial, consequência da pandemia de COVID-19, acentuou a necessidade de um novo "
                "paradigma de produção e consumo mais inclusivo e sustentável. Problemas crescentes como o "
                "desemprego, o emprego precário, as alterações climáticas e a desigualdade obrigam a repensar as "
                "abordagens convencionais.\n\n"
                "Em março de 2021, o Conselho de Administração da OIT, na sua 341.ª sessão, decidiu inscrever na "
                "ordem do dia da 110.ª sessão (2022) da Conferência Internacional do Trabalho (CIT) um ponto sobre a "
                "economia social e solidária (ESS) para discussão geral. Esta decisão histórica representa, entre "
                "outras, uma oportunidade única para dar uma definição universal do termo «economia social e "
                "solidária», incluindo os seus princípios, e para fornecer orientações políticas aos Estados-membros "
                "que pretendam criar um ambiente favorável ao desenvolvimento nacional da ESS. Neste contexto, a 12.ª "
                "edição da Academia da OIT sobre ESS oferece um espaço global para que decisores políticos e "
                "profissionais troquem experiências e aprendam com políticas e práticas inovadoras de ESS de todo o "
                "mundo.\n\n"
                "Este ano, o anfitrião é Portugal, onde a ESS tem crescido e se tem desenvolvido de forma consistente "
                "nos últimos anos. Com 3 % do valor acrescentado bruto e 6,1 % do emprego remunerado do país, a ESS "
                "em Portugal ganhou destaque, tanto no seu universo como no seu peso no conjunto da economia "
                "portuguesa. Ao nível das políticas, Portugal estabeleceu um quadro jurídico e institucional comum "
                "para a promoção e o desenvolvimento do setor, através da Lei de Bases da Economia Social e de três "
                "pilares institucionais: a Cooperativa António Sérgio para a Economia Social (CASES), o Conselho "
                "Nacional para a Economia Social (CNES) e a Confederação Portuguesa da Economia Social (CPES). Para "
                "além das suas fronteiras, Portugal deu destaque à ESS durante a sua Presidência do Conselho da UE "
                "(PPUE21) e a sua Presidência do Comité de Acompanhamento da Declaração do Luxemburgo, um grupo de "
                "Estados-membros da União Europeia empenhados na promoção e no reconhecimento da economia social. Uma "
                "rede de 5 cidades portuguesas recebeu o título de «Capital Europeia da Economia Social».\n\n"
                "Nesta base, a CASES estabeleceu uma parceria com a OIT para conceber a 12.ª edição da Academia da "
                "OIT sobre Economia Social e Solidária, com especial enfoque no papel da ESS perante os desafios e as "
                "oportunidades de um mundo do trabalho em rápida mudança, no contexto das crises geradas pela "
                "pandemia de COVID-19."
            ),
        },
        "audience": {
            "en": (
                "The Academy targets the ILO's tripartite constituents, policy makers involved in SSE, practitioners "
                "from development partner agencies and international organisations, SSE entrepreneurs and "
                "practitioners, and members of academia and researchers. Participants from all over the world are "
                "welcome to join the event!"
            ),
            "fr": (
                "L'Académie s'adresse aux mandants tripartites de l'OIT, aux décideurs politiques engagés dans l'ESS, "
                "aux professionnels des agences partenaires du développement et des organisations internationales, "
                "aux entrepreneurs et praticiens de l'ESS, ainsi qu'aux universitaires et aux chercheurs. Les "
                "participants du monde entier sont les bienvenus !"
            ),
            "es": (
                "La Academia está dirigida a los mandantes tripartitos de la OIT, a los responsables de políticas "
                "vinculados a la ESS, a profesionales de agencias de cooperación para el desarrollo y de "
                "organizaciones internacionales, a emprendedores y profesionales de la ESS, y a académicos e "
                "investigadores. ¡Participantes de todo el mundo son bienvenidos!"
            ),
            "pt": (
                "A Academia destina-se aos constituintes tripartidos da OIT, aos decisores políticos envolvidos na "
                "ESS, a profissionais de agências parceiras de desenvolvimento e de organizações internacionais, a "
                "empreendedores e profissionais da ESS, bem como a académicos e investigadores. Participantes de todo "
                "o mundo são bem-vindos!"
            ),
        },
        "why_join": {
            "en": (
                "The Academy stimulates the sharing of experiences from different regions on the latest approaches, "
                "policies, initiatives and partnerships that promote SSE as a tool for decent work in a human-centred "
                "recovery, building back better from the COVID-19 pandemic."
            ),
            "fr": (
                "L'Académie favorise le partage d'expériences entre régions sur les approches, politiques, "
                "initiatives et partenariats les plus récents qui promeuvent l'ESS comme outil au service du travail "
                "décent dans une reprise centrée sur l'humain, pour reconstruire en mieux après la pandémie de "
                "COVID-19."
            ),
            "es": (
                "La Academia estimula el intercambio de experiencias de distintas regiones sobre los enfoques, "
                "políticas, iniciativas y alianzas más recientes que promueven la ESS como herramienta para el "
                "trabajo decente en una recuperación centrada en las personas, para reconstruir mejor tras la "
                "pandemia de COVID-19."
            ),
            "pt": (
                "A Academia estimula a partilha de experiências de diferentes regiões sobre as abordagens, políticas, "
                "iniciativas e parcerias mais recentes que promovem a ESS como instrumento de trabalho digno numa "
                "recuperação centrada no ser humano, para reconstruir melhor depois da pandemia de COVID-19."
            ),
        },
        "programme_outline": {
            "en": (
                "The ILO SSE Academy covers a wide variety of issues related to a human-centred recovery for building "
                "back better and the role of SSE. Its main objective is to generate a better understanding of the "
                "concept of SSE and its contribution to the creation of decent work. The programme is built around "
                "plenaries and elective courses, in which cutting-edge topics are presented and discussed, "
                "facilitated by experts from the ILO and key UN agencies and by other leading regional and "
                "international experts. It also provides structured knowledge-sharing opportunities through virtual "
                "study visits and informal networking, using interactive learning methodologies.\n\n"
                "Plenary sessions are offered on most mornings, to create a common level of knowledge and "
                "understanding among all participants and across the thematic and policy areas of the Academy. Topics "
                "include SSE main principles and values; main SSE trends in the different regions and recent "
                "developments in SSE policies; the existing international and regional SSE alliances and movements; "
                "the contribution to the 2030 Agenda and to the creation of decent work; main trends in the world of "
                "work and the future of work for all; SSE statistics; financial mechanisms for innovative SSE "
                "ecosystems; and the ILO's work on SSE and the upcoming ILC discussion. The impact of and responses "
                "to the COVID-19 pandemic are a cross-cutting theme across the sessions.\n\n"
                "Each participant chooses one elective course in each of the two weeks. Electives give a more focused "
                "and in-depth understanding of specific topics, with the opportunity to share knowledge, discuss "
                "concrete applications of SSE at national and regional levels and draw lessons for future research, "
                "projects and policy-making. Each consists of a total of 4.5 hours of online learning with experts "
                "from the ILO and other organisations. For example, elective session 7 looked at SSE as a tool for "
                "social cohesion, peace and resilience, with a focus on refugees and internally displaced persons. "
                "Dedicated electives explore topics of particular concern to trade unions, employers' organisations "
                "and governments.\n\n"
                "Virtual study visits give participants in-depth knowledge of good practices and initiatives in the "
                "field of SSE in Portugal and elsewhere.\n\n"
                "Beyond the plenary and elective sessions, participants network through interactive platforms and "
                "technologies, and become members of the “SSE Collective Brain”, a network of hundreds of SSE policy "
                "makers and practitioners who have taken part in the 12 editions of the Academy."
            ),
            "fr": (
                "L'Académie de l'OIT sur l'ESS couvre un large éventail de questions liées à une reprise centrée sur "
                "l'humain pour reconstruire en mieux et au rôle de l'ESS. Son objectif principal est de mieux faire "
                "comprendre le concept d'ESS et sa contribution à la création de travail décent. Le programme "
                "s'articule autour de séances plénières et de cours électifs, où des sujets de pointe sont présentés "
                "et débattus, animés par des experts de l'OIT et des principales agences des Nations Unies ainsi que "
                "par d'autres experts régionaux et internationaux de premier plan. Il offre aussi des occasions "
                "structurées de partage des connaissances grâce à des visites d'étude virtuelles et à des échanges "
                "informels, en recourant à des méthodes d'apprentissage interactives.\n\n"
                "Les séances plénières ont lieu la plupart des matins, afin d'établir un niveau commun de "
                "connaissances et de compréhension entre tous les participants et dans les différents domaines "
                "thématiques et politiques de l'Académie. Elles abordent notamment les principes et valeurs "
                "fondamentaux de l'ESS ; les grandes tendances de l'ESS dans les différentes régions et l'évolution "
                "récente des politiques de l'ESS ; les alliances et mouvements internationaux et régionaux de l'ESS ; "
                "la contribution au Programme 2030 et à la création de travail décent ; les grandes tendances du "
                "monde du travail et un avenir du travail pour tous ; les statistiques de l'ESS ; les mécanismes "
                "financiers pour des écosystèmes innovants de l'ESS ; le travail de l'OIT sur l'ESS et la prochaine "
                "discussion de la CIT. L'impact de la pandémie de COVID-19 et les réponses qui y sont apportées "
                "constituent un thème transversal à toutes les sessions.\n\n"
                "Chaque participant choisit un cours électif pour chacune des deux semaines. Les cours électifs "
                "permettent d'approfondir des sujets précis, tout en offrant l'occasion de partager des "
                "connaissances, de discuter d'applications concrètes de l'ESS aux niveaux national et régional et de "
                "tirer des enseignements pour la recherche, les projets et l'élaboration des politiques. Chacun "
                "comprend au total 4,5 heures d'apprentissage en ligne avec des experts de l'OIT et d'autres "
                "organisations. Par exemple, la session élective 7 a traité de l'ESS comme outil de cohésion sociale, "
                "de paix et de résilience, en particulier pour les réfugiés et les personnes déplacées internes. Des "
                "cours électifs dédiés explorent des sujets qui intéressent particulièrement les syndicats, les "
                "organisations d'employeurs et les gouvernements.\n\n"
                "Les visites d'étude virtuelles permettent aux participants de connaître en profondeur des bonnes "
                "pratiques et des initiatives de l'ESS au Portugal et ailleurs.\n\n"
                "Au-delà des séances plénières et électives, les participants tissent des liens grâce à des "
                "plateformes et technologies interactives, et deviennent membres du « SSE Collective Brain », un "
                "réseau de centaines de décideurs et de praticiens de l'ESS ayant participé aux 12 éditions de "
                "l'Académie."
            ),
            "es": (
                "La Academia de la OIT sobre ESS abarca una amplia variedad de cuestiones relacionadas con una "
                "recuperación centrada en las personas para reconstruir mejor y con el papel de la ESS. Su objetivo "
                "principal es generar una mejor comprensión del concepto de ESS y de su contribución a la creación de "
                "trabajo decente. El programa se articula en torno a sesiones plenarias y cursos electivos, en los "
                "que se presentan y debaten temas de vanguardia, facilitados por expertos de la OIT y de las "
                "principales agencias de las Naciones Unidas, así como por otros destacados expertos regionales e "
                "internacionales. También ofrece oportunidades estructuradas de intercambio de conocimientos mediante "
                "visitas de estudio virtuales y espacios informales de contacto, con metodologías de aprendizaje "
                "interactivas.\n\n"
                "Las sesiones plenarias se ofrecen la mayoría de las mañanas, para crear un nivel común de "
                "conocimiento y comprensión entre todos los participantes y en las distintas áreas temáticas y de "
                "políticas de la Academia. Sus temas incluyen los principios y valores fundamentales de la ESS; las "
                "principales tendencias de la ESS en las distintas regiones y la evolución reciente de las políticas "
                "de ESS; las alianzas y movimientos internacionales y regionales de la ESS; la contribución a la "
                "Agenda 2030 y a la creación de trabajo decente; las principales tendencias del mundo del trabajo y "
                "un futuro del trabajo para todos; las estadísticas de la ESS; los mecanismos financieros para "
                "ecosistemas innovadores de ESS; y el trabajo de la OIT sobre la ESS y la próxima discusión de la "
                "CIT. El impacto de la pandemia de COVID-19 y las respuestas a ella son un tema transversal en todas "
                "las sesiones.\n\n"
                "Cada participante elige un curso electivo en cada una de las dos semanas. Los cursos electivos "
                "ofrecen una comprensión más específica y profunda de temas concretos, con la oportunidad de "
                "compartir conocimientos, debatir aplicaciones concretas de la ESS a nivel nacional y regional y "
                "extraer lecciones para futuras investigaciones, proyectos y formulación de políticas. Cada uno "
                "consta de un total de 4,5 horas de aprendizaje en línea con expertos de la OIT y de otras "
                "organizaciones. Por ejemplo, la sesión electiva 7 abordó la ESS como herramienta de cohesión social, "
                "paz y resiliencia, con especial atención a las personas refugiadas y desplazadas internas. Cursos "
                "electivos específicos exploran temas de especial interés para los sindicatos, las organizaciones de "
                "empleadores y los gobiernos.\n\n"
                "Las visitas de estudio virtuales permiten a los participantes conocer en profundidad buenas "
                "prácticas e iniciativas de la ESS en Portugal y en otros lugares.\n\n"
                "Más allá de las sesiones plenarias y electivas, los participantes establecen contactos mediante "
                "plataformas y tecnologías interactivas y pasan a formar parte del «SSE Collective Brain», una red de "
                "cientos de responsables de políticas y profesionales de la ESS que han participado en las 12 "
                "ediciones de la Academia."
            ),
            "pt": (
                "A Academia da OIT sobre ESS abrange uma grande variedade de questões relacionadas com uma "
                "recuperação centrada no ser humano para reconstruir melhor e com o papel da ESS. O seu principal "
                "objetivo é gerar uma melhor compreensão do conceito de ESS e do seu contributo para a criação de "
                "trabalho digno. O programa assenta em sessões plenárias e cursos eletivos, nos quais são "
                "apresentados e debatidos temas de ponta, com a facilitação de especialistas da OIT e das principais "
                "agências das Nações Unidas, bem como de outros especialistas regionais e internacionais de "
                "referência. Oferece também oportunidades estruturadas de partilha de conhecimentos através de "
                "visitas de estudo virtuais e de momentos informais de networking, com recurso a metodologias de "
                "aprendizagem interativas.\n\n"
                "As sessões plenárias realizam-se na maioria das manhãs, para criar um nível comum de conhecimento e "
                "compreensão entre todos os participantes e nas diferentes áreas temáticas e de políticas abrangidas "
                "pela Academia. Os temas incluem os princípios e valores fundamentais da ESS; as principais "
                "tendências da ESS nas diferentes regiões e a evolução recente das políticas de ESS; as alianças e os "
                "movimentos internacionais e regionais da ESS; o contributo para a Agenda 2030 e para a criação de "
                "trabalho digno; as principais tendências do mundo do trabalho e um futuro do trabalho para todos; as "
                "estatísticas da ESS; os mecanismos financeiros para ecossistemas inovadores de ESS; e o trabalho da "
                "OIT sobre a ESS e a próxima discussão da CIT. O impacto da pandemia de COVID-19 e as respostas à "
                "mesma são um tema transversal a todas as sessões.\n\n"
                "Cada participante escolhe um curso eletivo em cada uma das duas semanas. Os cursos eletivos "
                "proporcionam uma compreensão mais focada e aprofundada de temas específicos, com a oportunidade de "
                "partilhar conhecimentos, debater aplicações concretas da ESS aos níveis nacional e regional e tirar "
                "lições para a investigação, os projetos e a elaboração de políticas futuras. Cada um tem um total de "
                "4,5 horas de aprendizagem online com especialistas da OIT e de outras organizações. Por exemplo, a "
                "sessão eletiva 7 abordou a ESS como instrumento de coesão social, paz e resiliência, com enfoque nos "
                "refugiados e nas pessoas deslocadas internamente. Cursos eletivos dedicados exploram temas de "
                "especial interesse para os sindicatos, as organizações de empregadores e os governos.\n\n"
                "As visitas de estudo virtuais permitem aos participantes conhecer em profundidade boas práticas e "
                "iniciativas no domínio da ESS em Portugal e noutros países.\n\n"
                "Para além das sessões plenárias e eletivas, os participantes estabelecem contactos através de "
                "plataformas e tecnologias interativas e tornam-se membros do «SSE Collective Brain», uma rede de "
                "centenas de decisores políticos e profissionais da ESS que participaram nas 12 edições da Academia."
            ),
        },
        "learning_modality": {
            "en": (
                "The course took place through virtual sessions (webinars) delivered via the ITCILO e-Campus online "
                "platform over two weeks, from 15 to 26 November 2021. The morning sessions ran from Monday to Friday "
                "at 13:00–14:30 (CET) and the afternoon sessions at 15:30–17:00 (CET). Participants were expected to "
                "attend the sessions across the two weeks, and the sessions could also be followed on a "
                "livestream.\n\n"
                "Participants obtained an ITCILO Certificate of Participation subject to their consistent and active "
                "participation during the two weeks of the Academy: 80% participation was required to obtain the "
                "certificate."
            ),
            "fr": (
                "Le cours s'est déroulé sous forme de sessions virtuelles (webinaires) sur la plateforme en ligne "
                "e-Campus du CIF-OIT pendant deux semaines, du 15 au 26 novembre 2021. Les sessions du matin avaient "
                "lieu du lundi au vendredi de 13 h 00 à 14 h 30 (CET) et les sessions de l'après-midi de 15 h 30 à 17 "
                "h 00 (CET). Les participants étaient tenus d'assister aux sessions pendant les deux semaines, et les "
                "sessions pouvaient aussi être suivies en direct.\n\n"
                "Les participants ont obtenu un certificat de participation du CIF-OIT, sous réserve d'une "
                "participation régulière et active pendant les deux semaines de l'Académie : 80 % de participation "
                "étaient requis pour obtenir le certificat."
            ),
            "es": (
                "El curso se desarrolló mediante sesiones virtuales (seminarios web) impartidas a través de la "
                "plataforma en línea e-Campus del CIF-OIT durante dos semanas, del 15 al 26 de noviembre de 2021. Las "
                "sesiones de la mañana se celebraron de lunes a viernes de 13:00 a 14:30 (CET) y las de la tarde de "
                "15:30 a 17:00 (CET). Se esperaba que los participantes asistieran a las sesiones durante las dos "
                "semanas, que también podían seguirse en directo.\n\n"
                "Los participantes obtuvieron un certificado de participación del CIF-OIT, sujeto a su participación "
                "constante y activa durante las dos semanas de la Academia: se requería un 80 % de participación para "
                "obtener el certificado."
            ),
            "pt": (
                "O curso decorreu através de sessões virtuais (webinars) ministradas na plataforma online e-Campus do "
                "CIF-OIT durante duas semanas, de 15 a 26 de novembro de 2021. As sessões da manhã decorreram de "
                "segunda a sexta-feira, das 13h00 às 14h30 (CET), e as sessões da tarde das 15h30 às 17h00 (CET). "
                "Esperava-se que os participantes assistissem às sessões ao longo das duas semanas, que também podiam "
                "ser acompanhadas em direto.\n\n"
                "Os participantes obtiveram um certificado de participação do CIF-OIT, sujeito a uma participação "
                "consistente e ativa durante as duas semanas da Academia: era necessária uma participação de 80 % "
                "para obter o certificado."
            ),
        },
        "interpretation": {
            "en": (
                "The Academy was offered in English, Portuguese, French and Spanish. All plenary sessions and most "
                "elective sessions were offered with simultaneous interpretation."
            ),
            "fr": (
                "L'Académie était proposée en anglais, en portugais, en français et en espagnol. Toutes les séances "
                "plénières et la plupart des sessions électives bénéficiaient d'une interprétation simultanée."
            ),
            "es": (
                "La Academia se ofreció en inglés, portugués, francés y español. Todas las sesiones plenarias y la "
                "mayoría de las sesiones electivas contaron con interpretación simultánea."
            ),
            "pt": (
                "A Academia foi oferecida em inglês, português, francês e espanhol. Todas as sessões plenárias e a "
                "maioria das sessões eletivas tiveram interpretação simultânea."
            ),
        },
        "costs": {
            "en": (
                "This Academy was co-financed by CASES Portugal, the ILO and the ITC-ILO. Participation was free of "
                "charge for selected candidates."
            ),
            "fr": (
                "Cette Académie était cofinancée par CASES Portugal, l'OIT et le CIF-OIT. La participation était "
                "gratuite pour les candidats sélectionnés."
            ),
            "es": (
                "Esta Academia fue cofinanciada por CASES Portugal, la OIT y el CIF-OIT. La participación fue "
                "gratuita para los candidatos seleccionados."
            ),
            "pt": (
                "Esta Academia foi cofinanciada pela CASES Portugal, pela OIT e pelo CIF-OIT. A participação foi "
                "gratuita para os candidatos selecionados."
            ),
        },
        "how_to_apply": {
            "en": (
                "Prospective participants were invited to apply online, explaining their motivation for participating "
                "and committing to active participation for 3 hours per day for the duration of the Academy.\n\n"
                "A committee composed of CASES, the ILO and the ITC-ILO evaluated the applications and selected the "
                "most suitable candidates. This edition has ended and applications are closed."
            ),
            "fr": (
                "Les personnes intéressées étaient invitées à postuler en ligne, en expliquant leur motivation et en "
                "s'engageant à participer activement 3 heures par jour pendant toute la durée de l'Académie.\n\n"
                "Un comité composé de CASES, de l'OIT et du CIF-OIT a évalué les candidatures et sélectionné les "
                "candidats les plus adaptés. Cette édition est terminée et les candidatures sont closes."
            ),
            "es": (
                "Se invitó a las personas interesadas a presentar su candidatura en línea, explicando su motivación "
                "para participar y comprometiéndose a participar activamente 3 horas al día durante toda la "
                "Academia.\n\n"
                "Un comité integrado por CASES, la OIT y el CIF-OIT evaluó las candidaturas y seleccionó a los "
                "candidatos más idóneos. Esta edición ha finalizado y las candidaturas están cerradas."
            ),
            "pt": (
                "Os interessados foram convidados a candidatar-se online, explicando a sua motivação para participar "
                "e comprometendo-se a participar ativamente 3 horas por dia durante toda a Academia.\n\n"
                "Um comité composto pela CASES, pela OIT e pelo CIF-OIT avaliou as candidaturas e selecionou os "
                "candidatos mais adequados. Esta edição terminou e as candidaturas estão encerradas."
            ),
        },
        "partners": [
            ("ILO", "organiser"),
            ("ITCILO", "organiser"),
            ("CASES", "host"),
            # Seed 002: "This Academy is co-financed by CASES Portugal, ILO and ITC-ILO."
            ("CASES", "co_financing"),
            ("ILO", "co_financing"),
            ("ITCILO", "co_financing"),
        ],
        "key_features": [
            {
                "title": {
                    "en": "Learn differently",
                    "fr": "Apprendre autrement",
                    "es": "Aprender de otra manera",
                    "pt": "Aprender de outra forma",
                },
                "text": {
                    "en": "Innovative training methodologies and integrated use of digital learning technology.",
                    "fr": (
                        "Des méthodes de formation innovantes et un usage intégré des technologies d'apprentissage "
                        "numérique."
                    ),
                    "es": (
                        "Metodologías de formación innovadoras y uso integrado de tecnologías de aprendizaje digital."
                    ),
                    "pt": (
                        "Metodologias de formação inovadoras e utilização integrada de tecnologias de aprendizagem "
                        "digital."
                    ),
                },
            },
            {
                "title": {
                    "en": "High-level resources",
                    "fr": "Des ressources de haut niveau",
                    "es": "Recursos de alto nivel",
                    "pt": "Recursos de alto nível",
                },
                "text": {
                    "en": (
                        "Learn and exchange with high-level policy makers and practitioners through interactive “real "
                        "time” plenaries and elective sessions."
                    ),
                    "fr": (
                        "Apprenez et échangez avec des décideurs et des praticiens de haut niveau lors de séances "
                        "plénières et électives interactives « en temps réel »."
                    ),
                    "es": (
                        "Aprenda e intercambie con responsables de políticas y profesionales de alto nivel en "
                        "sesiones plenarias y electivas interactivas «en tiempo real»."
                    ),
                    "pt": (
                        "Aprenda e troque experiências com decisores políticos e profissionais de alto nível em "
                        "sessões plenárias e eletivas interativas «em tempo real»."
                    ),
                },
            },
            {
                "title": {
                    "en": "Global SSE network",
                    "fr": "Réseau mondial de l'ESS",
                    "es": "Red mundial de ESS",
                    "pt": "Rede global de ESS",
                },
                "text": {
                    "en": (
                        "Participate in SSE Marketplace sessions and become part of a global network of SSE experts."
                    ),
                    "fr": (
                        "Participez aux séances « SSE Marketplace » (marché de l'ESS) et rejoignez un réseau mondial "
                        "d'experts de l'ESS."
                    ),
                    "es": (
                        "Participe en las sesiones «SSE Marketplace» (mercado de la ESS) y forme parte de una red "
                        "mundial de expertos en ESS."
                    ),
                    "pt": (
                        "Participe nas sessões «SSE Marketplace» (mercado da ESS) e faça parte de uma rede global de "
                        "especialistas em ESS."
                    ),
                },
            },
            {
                "title": {
                    "en": "Virtual study visits",
                    "fr": "Visites d'étude virtuelles",
                    "es": "Visitas de estudio virtuales",
                    "pt": "Visitas de estudo virtuais",
                },
                "text": {
                    "en": (
                        "Engage with virtual study visits, learning from good practices and exchanging with SSE "
                        "practitioners in the field."
                    ),
                    "fr": (
                        "Prenez part à des visites d'étude virtuelles pour apprendre de bonnes pratiques et échanger "
                        "avec des praticiens de l'ESS sur le terrain."
                    ),
                    "es": (
                        "Participe en visitas de estudio virtuales para aprender de buenas prácticas e intercambiar "
                        "con profesionales de la ESS sobre el terreno."
                    ),
                    "pt": (
                        "Participe em visitas de estudo virtuais para aprender com boas práticas e trocar "
                        "experiências com profissionais da ESS no terreno."
                    ),
                },
            },
        ],
        # The topics of the elective courses listed in seed 002.
        "sub_topics": [
            {
                "en": "Fundamental principles and rights at work for SSE organisations",
                "fr": "Principes et droits fondamentaux au travail pour les organisations de l'ESS",
                "es": "Principios y derechos fundamentales en el trabajo para las organizaciones de la ESS",
                "pt": "Princípios e direitos fundamentais no trabalho para as organizações da ESS",
            },
            {
                "en": "Youth, education and new skills",
                "fr": "Jeunesse, éducation et nouvelles compétences",
                "es": "Juventud, educación y nuevas competencias",
                "pt": "Juventude, educação e novas competências",
            },
            {
                "en": "Formalisation of the informal economy",
                "fr": "Formalisation de l'économie informelle",
                "es": "Formalización de la economía informal",
                "pt": "Formalização da economia informal",
            },
            {
                "en": "Social innovation",
                "fr": "Innovation sociale",
                "es": "Innovación social",
                "pt": "Inovação social",
            },
            {
                "en": "Gender equality and women's empowerment",
                "fr": "Égalité de genre et autonomisation des femmes",
                "es": "Igualdad de género y empoderamiento de las mujeres",
                "pt": "Igualdade de género e empoderamento das mulheres",
            },
            {
                "en": "Social inclusion, empowerment and social cohesion",
                "fr": "Inclusion sociale, autonomisation et cohésion sociale",
                "es": "Inclusión social, empoderamiento y cohesión social",
                "pt": "Inclusão social, empoderamento e coesão social",
            },
            {
                "en": "South-South and triangular cooperation",
                "fr": "Coopération Sud-Sud et triangulaire",
                "es": "Cooperación Sur-Sur y triangular",
                "pt": "Cooperação Sul-Sul e triangular",
            },
            {
                "en": "Just transition and circular economy",
                "fr": "Transition juste et économie circulaire",
                "es": "Transición justa y economía circular",
                "pt": "Transição justa e economia circular",
            },
        ],
        "learning_outcomes": [
            {
                "en": (
                    "Explore innovative policies and practices for promoting social innovation through the Social and "
                    "Solidarity Economy."
                ),
                "fr": (
                    "Explorer des politiques et des pratiques innovantes pour promouvoir l'innovation sociale par "
                    "l'économie sociale et solidaire."
                ),
                "es": (
                    "Explorar políticas y prácticas innovadoras para promover la innovación social a través de la "
                    "economía social y solidaria."
                ),
                "pt": (
                    "Explorar políticas e práticas inovadoras para promover a inovação social através da economia "
                    "social e solidária."
                ),
            },
            {
                "en": (
                    "Become acquainted with a multitude of social and solidarity experiences, strategies and tools to "
                    "better face future challenges and take advantage of the opportunities of a dynamic world of work."
                ),
                "fr": (
                    "Découvrir une multitude d'expériences, de stratégies et d'outils sociaux et solidaires pour "
                    "mieux affronter les défis à venir et saisir les opportunités d'un monde du travail dynamique."
                ),
                "es": (
                    "Conocer una multitud de experiencias, estrategias y herramientas sociales y solidarias para "
                    "afrontar mejor los desafíos futuros y aprovechar las oportunidades de un mundo del trabajo "
                    "dinámico."
                ),
                "pt": (
                    "Conhecer uma multiplicidade de experiências, estratégias e instrumentos sociais e solidários "
                    "para enfrentar melhor os desafios futuros e aproveitar as oportunidades de um mundo do trabalho "
                    "dinâmico."
                ),
            },
            {
                "en": (
                    "Join a growing international network of policy makers, social partners and practitioners working "
                    "on the Social and Solidarity Economy."
                ),
                "fr": (
                    "Rejoindre un réseau international croissant de décideurs, de partenaires sociaux et de "
                    "praticiens qui travaillent sur l'économie sociale et solidaire."
                ),
                "es": (
                    "Unirse a una creciente red internacional de responsables de políticas, interlocutores sociales y "
                    "profesionales que trabajan en la economía social y solidaria."
                ),
                "pt": (
                    "Juntar-se a uma rede internacional crescente de decisores políticos, parceiros sociais e "
                    "profissionais que trabalham na economia social e solidária."
                ),
            },
        ],
        # Times as published in seed 002 (CET), hence the Europe/Paris time zone above.
        "daily_slots": [
            {
                "label": {
                    "en": "Morning session",
                    "fr": "Session du matin",
                    "es": "Sesión de la mañana",
                    "pt": "Sessão da manhã",
                },
                "starts_at": "13:00",
                "ends_at": "14:30",
            },
            {
                "label": {
                    "en": "Afternoon session",
                    "fr": "Session de l'après-midi",
                    "es": "Sesión de la tarde",
                    "pt": "Sessão da tarde",
                },
                "starts_at": "15:30",
                "ends_at": "17:00",
            },
        ],
        "faq": [
            {
                "question": {
                    "en": "In which languages is the Academy offered?",
                    "fr": "Dans quelles langues l'Académie est-elle proposée ?",
                    "es": "¿En qué idiomas se ofrece la Academia?",
                    "pt": "Em que línguas é oferecida a Academia?",
                },
                "answer": {
                    "en": (
                        "In English, Portuguese, French and Spanish. All plenary sessions and most elective sessions "
                        "have simultaneous interpretation."
                    ),
                    "fr": (
                        "En anglais, en portugais, en français et en espagnol. Toutes les séances plénières et la "
                        "plupart des sessions électives bénéficient d'une interprétation simultanée."
                    ),
                    "es": (
                        "En inglés, portugués, francés y español. Todas las sesiones plenarias y la mayoría de las "
                        "sesiones electivas cuentan con interpretación simultánea."
                    ),
                    "pt": (
                        "Em inglês, português, francês e espanhol. Todas as sessões plenárias e a maioria das sessões "
                        "eletivas têm interpretação simultânea."
                    ),
                },
            },
            {
                "question": {
                    "en": "How much does it cost?",
                    "fr": "Combien cela coûte-t-il ?",
                    "es": "¿Cuánto cuesta?",
                    "pt": "Quanto custa?",
                },
                "answer": {
                    "en": (
                        "Participation is free of charge for selected candidates. The Academy is co-financed by CASES "
                        "Portugal, the ILO and the ITC-ILO."
                    ),
                    "fr": (
                        "La participation est gratuite pour les candidats sélectionnés. L'Académie est cofinancée par "
                        "CASES Portugal, l'OIT et le CIF-OIT."
                    ),
                    "es": (
                        "La participación es gratuita para los candidatos seleccionados. La Academia está "
                        "cofinanciada por CASES Portugal, la OIT y el CIF-OIT."
                    ),
                    "pt": (
                        "A participação é gratuita para os candidatos selecionados. A Academia é cofinanciada pela "
                        "CASES Portugal, pela OIT e pelo CIF-OIT."
                    ),
                },
            },
            {
                "question": {
                    "en": "How much time should I plan for?",
                    "fr": "Combien de temps dois-je prévoir ?",
                    "es": "¿Cuánto tiempo debo dedicar?",
                    "pt": "Quanto tempo devo reservar?",
                },
                "answer": {
                    "en": (
                        "Participants commit to active participation for 3 hours per day, Monday to Friday, for the "
                        "two weeks of the Academy (15 to 26 November 2021): a morning session at 13:00–14:30 CET and "
                        "an afternoon session at 15:30–17:00 CET."
                    ),
                    "fr": (
                        "Les participants s'engagent à participer activement 3 heures par jour, du lundi au vendredi, "
                        "pendant les deux semaines de l'Académie (du 15 au 26 novembre 2021) : une session le matin "
                        "de 13 h 00 à 14 h 30 CET et une session l'après-midi de 15 h 30 à 17 h 00 CET."
                    ),
                    "es": (
                        "Los participantes se comprometen a participar activamente 3 horas al día, de lunes a "
                        "viernes, durante las dos semanas de la Academia (del 15 al 26 de noviembre de 2021): una "
                        "sesión de mañana de 13:00 a 14:30 CET y una de tarde de 15:30 a 17:00 CET."
                    ),
                    "pt": (
                        "Os participantes comprometem-se a participar ativamente 3 horas por dia, de segunda a "
                        "sexta-feira, durante as duas semanas da Academia (de 15 a 26 de novembro de 2021): uma "
                        "sessão da manhã das 13h00 às 14h30 CET e uma sessão da tarde das 15h30 às 17h00 CET."
                    ),
                },
            },
            {
                "question": {
                    "en": "How do I obtain a certificate?",
                    "fr": "Comment obtenir un certificat ?",
                    "es": "¿Cómo obtengo un certificado?",
                    "pt": "Como obtenho um certificado?",
                },
                "answer": {
                    "en": (
                        "Participants obtain an ITCILO Certificate of Participation subject to their consistent and "
                        "active participation during the two weeks of the Academy. 80% participation is required to "
                        "obtain the certificate."
                    ),
                    "fr": (
                        "Les participants obtiennent un certificat de participation du CIF-OIT, sous réserve d'une "
                        "participation régulière et active pendant les deux semaines de l'Académie. Une participation "
                        "de 80 % est requise pour obtenir le certificat."
                    ),
                    "es": (
                        "Los participantes obtienen un certificado de participación del CIF-OIT, sujeto a su "
                        "participación constante y activa durante las dos semanas de la Academia. Se requiere un 80 % "
                        "de participación para obtener el certificado."
                    ),
                    "pt": (
                        "Os participantes obtêm um certificado de participação do CIF-OIT, sujeito a uma participação "
                        "consistente e ativa durante as duas semanas da Academia. É necessária uma participação de 80 "
                        "% para obter o certificado."
                    ),
                },
            },
            {
                "question": {
                    "en": "Who selects the participants?",
                    "fr": "Qui sélectionne les participants ?",
                    "es": "¿Quién selecciona a los participantes?",
                    "pt": "Quem seleciona os participantes?",
                },
                "answer": {
                    "en": (
                        "A committee composed of CASES, the ILO and the ITC-ILO evaluates the applications and "
                        "selects the most suitable candidates."
                    ),
                    "fr": (
                        "Un comité composé de CASES, de l'OIT et du CIF-OIT évalue les candidatures et sélectionne "
                        "les candidats les plus adaptés."
                    ),
                    "es": (
                        "Un comité integrado por CASES, la OIT y el CIF-OIT evalúa las candidaturas y selecciona a "
                        "los candidatos más idóneos."
                    ),
                    "pt": (
                        "Um comité composto pela CASES, pela OIT e pelo CIF-OIT avalia as candidaturas e seleciona os "
                        "candidatos mais adequados."
                    ),
                },
            },
            {
                "question": {
                    "en": "Who can apply?",
                    "fr": "Qui peut postuler ?",
                    "es": "¿Quién puede presentar su candidatura?",
                    "pt": "Quem se pode candidatar?",
                },
                "answer": {
                    "en": (
                        "The Academy targets the ILO's tripartite constituents, policy makers involved in SSE, "
                        "practitioners from development partner agencies and international organisations, SSE "
                        "entrepreneurs and practitioners, and members of academia and researchers, from all over the "
                        "world."
                    ),
                    "fr": (
                        "L'Académie s'adresse aux mandants tripartites de l'OIT, aux décideurs engagés dans l'ESS, "
                        "aux professionnels des agences partenaires du développement et des organisations "
                        "internationales, aux entrepreneurs et praticiens de l'ESS, ainsi qu'aux universitaires et "
                        "aux chercheurs, du monde entier."
                    ),
                    "es": (
                        "La Academia está dirigida a los mandantes tripartitos de la OIT, a los responsables de "
                        "políticas vinculados a la ESS, a profesionales de agencias de cooperación para el desarrollo "
                        "y de organizaciones internacionales, a emprendedores y profesionales de la ESS, y a "
                        "académicos e investigadores de todo el mundo."
                    ),
                    "pt": (
                        "A Academia destina-se aos constituintes tripartidos da OIT, aos decisores políticos "
                        "envolvidos na ESS, a profissionais de agências parceiras de desenvolvimento e de "
                        "organizações internacionais, a empreendedores e profissionais da ESS, bem como a académicos "
                        "e investigadores de todo o mundo."
                    ),
                },
            },
            {
                "question": {
                    "en": "Where do the sessions take place?",
                    "fr": "Où les sessions ont-elles lieu ?",
                    "es": "¿Dónde se celebran las sesiones?",
                    "pt": "Onde decorrem as sessões?",
                },
                "answer": {
                    "en": "Online: the webinars are delivered via the ITCILO e-Campus platform.",
                    "fr": "En ligne : les webinaires sont diffusés sur la plateforme e-Campus du CIF-OIT.",
                    "es": "En línea: los seminarios web se imparten a través de la plataforma e-Campus del CIF-OIT.",
                    "pt": "Online: os webinars são ministrados através da plataforma e-Campus do CIF-OIT.",
                },
            },
        ],
    },
    {
        # FICTIONAL demo edition: not a real Academy. Every section is filled so that the demo shows a
        # complete edition page with an open call for applications. Only the sentence on ILO support to
        # cooperatives in Senegal is a real fact (seed 003).
        "number": 13,
        "title": {
            "en": "13th Academy on Social and Solidarity Economy (demo)",
            "fr": "13e Académie sur l'économie sociale et solidaire (demo)",
            "es": "13.ª Academia sobre Economía Social y Solidaria (demo)",
            "pt": "13.ª Academia sobre Economia Social e Solidária (demo)",
        },
        "theme": {
            "en": "Social and Solidarity Economy for a just transition: green and decent jobs for young people",
            "fr": (
                "L'économie sociale et solidaire pour une transition juste : des emplois verts et décents pour les "
                "jeunes"
            ),
            "es": (
                "La economía social y solidaria para una transición justa: empleos verdes y decentes para la juventud"
            ),
            "pt": "A economia social e solidária para uma transição justa: empregos verdes e dignos para os jovens",
        },
        "start_date": "2027-06-14",
        "end_date": "2027-06-25",
        "dates_approximate": False,
        "time_zone": "Africa/Dakar",
        "host_city": {"en": "Dakar", "fr": "Dakar", "es": "Dakar", "pt": "Dacar"},
        "host_country": "SN",
        "modality": "hybrid",
        "main_language": "fr",
        "languages": ["fr", "en", "es", "pt"],
        "status": "applications_open",
        "is_demo": True,
        # example.org is reserved for documentation: a placeholder, not a real stream.
        "livestream_url": "https://livestream.example.org/sse-academy-13-demo",
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": 80,
        # Local times in Africa/Dakar.
        "applications_open_at": "2026-11-01T00:00",
        "applications_close_at": "2027-02-28T23:59",
        "summary": {
            "en": (
                "This is a fictional edition, created to demonstrate the platform: it is not a real ILO Academy.\n\n"
                "In this demo, the 13th Academy on Social and Solidarity Economy takes place in Dakar, Senegal, and "
                "online, from 14 to 25 June 2027. It explores how cooperatives, mutual societies, associations and "
                "social enterprises can create green and decent jobs for young people and make the transition to "
                "sustainable economies fair for all."
            ),
            "fr": (
                "Cette édition est fictive et sert à présenter la plateforme : ce n'est pas une véritable Académie de "
                "l'OIT.\n\n"
                "Dans cette démonstration, la 13e Académie sur l'économie sociale et solidaire se tient à Dakar, au "
                "Sénégal, et en ligne, du 14 au 25 juin 2027. Elle examine comment les coopératives, les mutuelles, "
                "les associations et les entreprises sociales peuvent créer des emplois verts et décents pour les "
                "jeunes et rendre la transition vers des économies durables juste pour toutes et tous."
            ),
            "es": (
                "Esta edición es ficticia y sirve para mostrar la plataforma: no es una Academia real de la OIT.\n\n"
                "En esta demostración, la 13.ª Academia sobre Economía Social y Solidaria se celebra en Dakar, "
                "Senegal, y en línea, del 14 al 25 de junio de 2027. Analiza cómo las cooperativas, las mutualidades, "
                "las asociaciones y las empresas sociales pueden crear empleos verdes y decentes para la juventud y "
                "lograr que la transición hacia economías sostenibles sea justa para todas las personas."
            ),
            "pt": (
                "Esta edição é fictícia e serve para demonstrar a plataforma: não é uma Academia real da OIT.\n\n"
                "Nesta demonstração, a 13.ª Academia sobre Economia Social e Solidária realiza-se em Dacar, no "
                "Senegal, e online, de 14 a 25 de junho de 2027. Analisa a forma como as cooperativas, as "
                "mutualidades, as associações e as empresas sociais podem criar empregos verdes e dignos para os "
                "jovens e tornar justa para todos a transição para economias sustentáveis."
            ),
        },
        "background": {
            "en": (
                "(Fictional demo text.) The transition to environmentally sustainable economies will transform the "
                "world of work. A just transition leaves no one behind, and young people, who will live longest with "
                "its consequences, have much at stake. Cooperatives and other SSE organisations already work in "
                "fields such as waste recycling, renewable energy, sustainable agriculture and care, creating jobs "
                "rooted in their communities.\n\n"
                "In Senegal, ILO development cooperation has supported the establishment of women's cooperatives and "
                "the promotion of cooperatives in the waste recycling sector. This demo edition imagines a host "
                "network in Dakar that invites policy makers and practitioners from Africa and other regions to "
                "exchange on policies and practices linking the SSE, youth employment and the just transition."
            ),
            "fr": (
                "(Texte fictif de démonstration.) La transition vers des économies écologiquement durables va "
                "transformer le monde du travail. Une transition juste ne laisse personne de côté, et les jeunes, qui "
                "vivront le plus longtemps avec ses conséquences, ont beaucoup à y gagner ou à y perdre. Les "
                "coopératives et d'autres organisations de l'ESS travaillent déjà dans des domaines comme le "
                "recyclage des déchets, les énergies renouvelables, l'agriculture durable et les soins, en créant des "
                "emplois ancrés dans leurs communautés.\n\n"
                "Au Sénégal, la coopération au développement de l'OIT a soutenu la création de coopératives de femmes "
                "et la promotion des coopératives dans le secteur du recyclage des déchets. Cette édition de "
                "démonstration imagine un réseau hôte à Dakar qui invite décideurs et praticiens d'Afrique et "
                "d'autres régions à échanger sur les politiques et les pratiques qui relient l'ESS, l'emploi des "
                "jeunes et la transition juste."
            ),
            "es": (
                "(Texto ficticio de demostración.) La transición hacia economías ambientalmente sostenibles "
                "transformará el mundo del trabajo. Una transición justa no deja a nadie atrás, y la juventud, que "
                "vivirá más tiempo con sus consecuencias, tiene mucho en juego. Las cooperativas y otras "
                "organizaciones de la ESS ya trabajan en ámbitos como el reciclaje de residuos, las energías "
                "renovables, la agricultura sostenible y los cuidados, creando empleos arraigados en sus "
                "comunidades.\n\n"
                "En Senegal, la cooperación para el desarrollo de la OIT ha apoyado la creación de cooperativas de "
                "mujeres y la promoción de cooperativas en el sector del reciclaje de residuos. Esta edición de "
                "demostración imagina una red anfitriona en Dakar que invita a responsables de políticas y "
                "profesionales de África y de otras regiones a intercambiar sobre políticas y prácticas que vinculan "
                "la ESS, el empleo juvenil y la transición justa."
            ),
            "pt": (
                "(Texto fictício de demonstração.) A transição para economias ambientalmente sustentáveis vai "
                "transformar o mundo do trabalho. Uma transição justa não deixa ninguém para trás, e os jovens, que "
                "viverão mais tempo com as suas consequências, têm muito em jogo. As cooperativas e outras "
                "organizações da ESS já trabalham em domínios como a reciclagem de resíduos, as energias renováveis, "
                "a agricultura sustentável e os cuidados, criando empregos enraizados nas suas comunidades.\n\n"
                "No Senegal, a cooperação para o desenvolvimento da OIT apoiou a criação de cooperativas de mulheres "
                "e a promoção de cooperativas no setor da reciclagem de resíduos. Esta edição de demonstração imagina "
                "uma rede anfitriã em Dacar que convida decisores políticos e profissionais de África e de outras "
                "regiões a trocar experiências sobre políticas e práticas que ligam a ESS, o emprego jovem e a "
                "transição justa."
            ),
        },
        "audience": {
            "en": (
                "The Academy targets the ILO's tripartite constituents (governments, employers' and workers' "
                "organisations), policy makers, development partners and international organisations, SSE "
                "entrepreneurs and practitioners, and academia. Young SSE entrepreneurs and youth organisations are "
                "particularly welcome."
            ),
            "fr": (
                "L'Académie s'adresse aux mandants tripartites de l'OIT (gouvernements, organisations d'employeurs et "
                "de travailleurs), aux décideurs politiques, aux partenaires de développement et aux organisations "
                "internationales, aux entrepreneurs et praticiens de l'ESS et au monde universitaire. Les jeunes "
                "entrepreneurs de l'ESS et les organisations de jeunesse sont particulièrement bienvenus."
            ),
            "es": (
                "La Academia está dirigida a los mandantes tripartitos de la OIT (gobiernos, organizaciones de "
                "empleadores y de trabajadores), a responsables de políticas, a socios para el desarrollo y "
                "organizaciones internacionales, a emprendedores y profesionales de la ESS y al mundo académico. Los "
                "jóvenes emprendedores de la ESS y las organizaciones juveniles son especialmente bienvenidos."
            ),
            "pt": (
                "A Academia destina-se aos constituintes tripartidos da OIT (governos, organizações de empregadores e "
                "de trabalhadores), a decisores políticos, a parceiros de desenvolvimento e organizações "
                "internacionais, a empreendedores e profissionais da ESS e ao meio académico. Os jovens "
                "empreendedores da ESS e as organizações de juventude são particularmente bem-vindos."
            ),
        },
        "why_join": {
            "en": (
                "Meet peers from every region who are building SSE policies and enterprises for a just transition, "
                "learn from concrete cases in Dakar and beyond, and leave with ideas you can apply at home.\n\n"
                "After the Academy, you stay in touch through the SSE Collective Brain, the network of participants "
                "from all editions."
            ),
            "fr": (
                "Rencontrez des pairs de toutes les régions qui construisent des politiques et des entreprises de "
                "l'ESS pour une transition juste, apprenez de cas concrets à Dakar et ailleurs, et repartez avec des "
                "idées à appliquer chez vous.\n\n"
                "Après l'Académie, vous restez en contact grâce au « SSE Collective Brain », le réseau des "
                "participants de toutes les éditions."
            ),
            "es": (
                "Conozca a pares de todas las regiones que construyen políticas y empresas de la ESS para una "
                "transición justa, aprenda de casos concretos en Dakar y otros lugares, y llévese ideas que pueda "
                "aplicar en su país.\n\n"
                "Después de la Academia, seguirá en contacto a través del «SSE Collective Brain», la red de "
                "participantes de todas las ediciones."
            ),
            "pt": (
                "Conheça pares de todas as regiões que constroem políticas e empresas da ESS para uma transição "
                "justa, aprenda com casos concretos em Dacar e noutros locais, e leve consigo ideias que pode aplicar "
                "no seu país.\n\n"
                "Depois da Academia, mantém o contacto através do «SSE Collective Brain», a rede de participantes de "
                "todas as edições."
            ),
        },
        "programme_outline": {
            "en": (
                "Plenary sessions on most mornings set a common level of knowledge for all participants: SSE "
                "principles and values, the just transition, youth employment, SSE statistics and financing.\n\n"
                "Each participant chooses one elective course in each of the two weeks (about 4.5 hours each); some "
                "electives are dedicated to trade unions, employers' organisations or governments.\n\n"
                "Participants in Dakar take part in study visits to SSE initiatives in the region, while online "
                "participants join virtual study visits. SSE Marketplace sessions and informal networking sessions "
                "complete the programme. The detailed agenda will be published closer to the event."
            ),
            "fr": (
                "Les séances plénières, la plupart des matins, établissent un niveau commun de connaissances pour "
                "tous les participants : principes et valeurs de l'ESS, transition juste, emploi des jeunes, "
                "statistiques et financement de l'ESS.\n\n"
                "Chaque participant choisit un cours électif pour chacune des deux semaines (environ 4,5 heures "
                "chacun) ; certains cours électifs sont dédiés aux syndicats, aux organisations d'employeurs ou aux "
                "gouvernements.\n\n"
                "Les participants présents à Dakar prennent part à des visites d'étude d'initiatives de l'ESS dans la "
                "région, tandis que les participants en ligne suivent des visites d'étude virtuelles. Des séances « "
                "SSE Marketplace » et des moments d'échange informels complètent le programme. Le programme détaillé "
                "sera publié à l'approche de l'événement."
            ),
            "es": (
                "Las sesiones plenarias, la mayoría de las mañanas, establecen un nivel común de conocimientos para "
                "todos los participantes: principios y valores de la ESS, transición justa, empleo juvenil, "
                "estadísticas y financiación de la ESS.\n\n"
                "Cada participante elige un curso electivo en cada una de las dos semanas (unas 4,5 horas cada uno); "
                "algunos cursos electivos están dedicados a los sindicatos, a las organizaciones de empleadores o a "
                "los gobiernos.\n\n"
                "Los participantes presentes en Dakar realizan visitas de estudio a iniciativas de la ESS de la "
                "región, mientras que los participantes en línea se suman a visitas de estudio virtuales. Las "
                "sesiones «SSE Marketplace» y los espacios informales de contacto completan el programa. La agenda "
                "detallada se publicará cerca de la fecha del evento."
            ),
            "pt": (
                "As sessões plenárias, na maioria das manhãs, criam um nível comum de conhecimentos para todos os "
                "participantes: princípios e valores da ESS, transição justa, emprego jovem, estatísticas e "
                "financiamento da ESS.\n\n"
                "Cada participante escolhe um curso eletivo em cada uma das duas semanas (cerca de 4,5 horas cada); "
                "alguns cursos eletivos são dedicados aos sindicatos, às organizações de empregadores ou aos "
                "governos.\n\n"
                "Os participantes presentes em Dacar fazem visitas de estudo a iniciativas da ESS na região, enquanto "
                "os participantes online acompanham visitas de estudo virtuais. As sessões «SSE Marketplace» e os "
                "momentos informais de networking completam o programa. A agenda detalhada será publicada mais perto "
                "do evento."
            ),
        },
        "learning_modality": {
            "en": (
                "The Academy is hybrid: participants attend in person in Dakar or online through the ITCILO e-Campus, "
                "and plenaries are livestreamed. Times are given in Dakar time (GMT).\n\n"
                "A distance-learning space opens before the Academy so that every participant first learns the basic "
                "principles and notions of SSE. Each participant writes a short article on South-South and triangular "
                "cooperation and the Academy's theme, which feeds the discussions.\n\n"
                "A Certificate of Participation requires consistent, active participation: at least 80% attendance."
            ),
            "fr": (
                "L'Académie est hybride : les participants y assistent en présentiel à Dakar ou en ligne via "
                "l'e-Campus du CIF-OIT, et les séances plénières sont diffusées en direct. Les horaires sont indiqués "
                "à l'heure de Dakar (GMT).\n\n"
                "Un espace d'apprentissage à distance ouvre avant l'Académie, afin que chaque participant acquière "
                "d'abord les principes et les notions de base de l'ESS. Chaque participant rédige un court article "
                "sur la coopération Sud-Sud et triangulaire et le thème de l'Académie, qui alimente les "
                "discussions.\n\n"
                "Le certificat de participation exige une participation régulière et active : au moins 80 % de "
                "présence."
            ),
            "es": (
                "La Academia es híbrida: los participantes asisten de forma presencial en Dakar o en línea a través "
                "del e-Campus del CIF-OIT, y las sesiones plenarias se transmiten en directo. Los horarios se indican "
                "en hora de Dakar (GMT).\n\n"
                "Antes de la Academia se abre un espacio de aprendizaje a distancia para que cada participante "
                "aprenda primero los principios y las nociones básicas de la ESS. Cada participante escribe un breve "
                "artículo sobre la cooperación Sur-Sur y triangular y el tema de la Academia, que alimenta los "
                "debates.\n\n"
                "El certificado de participación exige una participación constante y activa: al menos un 80 % de "
                "asistencia."
            ),
            "pt": (
                "A Academia é híbrida: os participantes assistem presencialmente em Dacar ou online através do "
                "e-Campus do CIF-OIT, e as sessões plenárias são transmitidas em direto. Os horários são indicados na "
                "hora de Dacar (GMT).\n\n"
                "Antes da Academia abre um espaço de ensino a distância para que cada participante aprenda primeiro "
                "os princípios e as noções básicas da ESS. Cada participante escreve um breve artigo sobre a "
                "cooperação Sul-Sul e triangular e o tema da Academia, que alimenta os debates.\n\n"
                "O certificado de participação exige uma participação consistente e ativa: pelo menos 80 % de "
                "assiduidade."
            ),
        },
        "interpretation": {
            "en": (
                "The Academy is offered in French, English, Spanish and Portuguese. All plenary sessions and most "
                "elective sessions have simultaneous interpretation, in the room and online."
            ),
            "fr": (
                "L'Académie est proposée en français, en anglais, en espagnol et en portugais. Toutes les séances "
                "plénières et la plupart des sessions électives bénéficient d'une interprétation simultanée, en salle "
                "comme en ligne."
            ),
            "es": (
                "La Academia se ofrece en francés, inglés, español y portugués. Todas las sesiones plenarias y la "
                "mayoría de las sesiones electivas cuentan con interpretación simultánea, en la sala y en línea."
            ),
            "pt": (
                "A Academia é oferecida em francês, inglês, espanhol e português. Todas as sessões plenárias e a "
                "maioria das sessões eletivas têm interpretação simultânea, na sala e online."
            ),
        },
        "costs": {
            "en": (
                "Participation is free of charge for selected candidates.\n\n"
                "Scholarships for in-person participants from the Global South cover travel, accommodation and "
                "participation fees, within the available budget. Say in your application whether you need one."
            ),
            "fr": (
                "La participation est gratuite pour les candidats sélectionnés.\n\n"
                "Des bourses pour les participants en présentiel des pays du Sud couvrent le voyage, l'hébergement et "
                "les frais de participation, dans la limite du budget disponible. Indiquez dans votre candidature si "
                "vous en avez besoin."
            ),
            "es": (
                "La participación es gratuita para los candidatos seleccionados.\n\n"
                "Las becas para participantes presenciales del Sur Global cubren el viaje, el alojamiento y las "
                "cuotas de participación, dentro del presupuesto disponible. Indique en su candidatura si necesita "
                "una."
            ),
            "pt": (
                "A participação é gratuita para os candidatos selecionados.\n\n"
                "As bolsas para participantes presenciais do Sul Global cobrem a viagem, o alojamento e as taxas de "
                "participação, dentro do orçamento disponível. Indique na sua candidatura se precisa de uma."
            ),
        },
        "how_to_apply": {
            "en": (
                "Applications are open from 1 November 2026 to 28 February 2027 (23:59, Dakar time). Apply on this "
                "platform: explain your motivation, say whether you wish to attend in person or online, and commit to "
                "taking part about 3 hours a day for the two weeks.\n\n"
                "A selection committee of the partner organisations evaluates the applications and selects the most "
                "suitable candidates."
            ),
            "fr": (
                "Les candidatures sont ouvertes du 1er novembre 2026 au 28 février 2027 (23 h 59, heure de Dakar). "
                "Postulez sur cette plateforme : expliquez votre motivation, indiquez si vous souhaitez participer en "
                "présentiel ou en ligne, et engagez-vous à participer environ 3 heures par jour pendant les deux "
                "semaines.\n\n"
                "Un comité de sélection des organisations partenaires évalue les candidatures et sélectionne les "
                "candidats les plus adaptés."
            ),
            "es": (
                "Las candidaturas están abiertas del 1 de noviembre de 2026 al 28 de febrero de 2027 (23:59, hora de "
                "Dakar). Presente su candidatura en esta plataforma: explique su motivación, indique si desea "
                "participar de forma presencial o en línea y comprométase a participar unas 3 horas al día durante "
                "las dos semanas.\n\n"
                "Un comité de selección de las organizaciones asociadas evalúa las candidaturas y selecciona a los "
                "candidatos más idóneos."
            ),
            "pt": (
                "As candidaturas estão abertas de 1 de novembro de 2026 a 28 de fevereiro de 2027 (23h59, hora de "
                "Dacar). Candidate-se nesta plataforma: explique a sua motivação, indique se pretende participar "
                "presencialmente ou online e comprometa-se a participar cerca de 3 horas por dia durante as duas "
                "semanas.\n\n"
                "Um comité de seleção das organizações parceiras avalia as candidaturas e seleciona os candidatos "
                "mais adequados."
            ),
        },
        "partners": [
            ("ILO", "organiser"),
            ("ITCILO", "organiser"),
            ("DEMO-HOST", "host"),
            ("DEMO-HOST", "co_financing"),
        ],
        "key_features": [
            {
                "title": {
                    "en": "Hybrid by design",
                    "fr": "Hybride par conception",
                    "es": "Híbrida por diseño",
                    "pt": "Híbrida de raiz",
                },
                "text": {
                    "en": (
                        "Take part in person in Dakar or online: plenaries are livestreamed and interpreted for both "
                        "audiences."
                    ),
                    "fr": (
                        "Participez en présentiel à Dakar ou en ligne : les séances plénières sont diffusées en "
                        "direct et interprétées pour les deux publics."
                    ),
                    "es": (
                        "Participe de forma presencial en Dakar o en línea: las sesiones plenarias se transmiten en "
                        "directo y se interpretan para ambos públicos."
                    ),
                    "pt": (
                        "Participe presencialmente em Dacar ou online: as sessões plenárias são transmitidas em "
                        "direto e interpretadas para ambos os públicos."
                    ),
                },
            },
            {
                "title": {
                    "en": "Youth and the just transition",
                    "fr": "Les jeunes et la transition juste",
                    "es": "La juventud y la transición justa",
                    "pt": "Os jovens e a transição justa",
                },
                "text": {
                    "en": "Two weeks on how the SSE can create green and decent jobs for young people.",
                    "fr": (
                        "Deux semaines sur la manière dont l'ESS peut créer des emplois verts et décents pour les "
                        "jeunes."
                    ),
                    "es": "Dos semanas sobre cómo la ESS puede crear empleos verdes y decentes para la juventud.",
                    "pt": "Duas semanas sobre a forma como a ESS pode criar empregos verdes e dignos para os jovens.",
                },
            },
            {
                "title": {
                    "en": "Study visits",
                    "fr": "Visites d'étude",
                    "es": "Visitas de estudio",
                    "pt": "Visitas de estudo",
                },
                "text": {
                    "en": "Meet SSE practitioners in the field, in Dakar or through virtual study visits.",
                    "fr": (
                        "Rencontrez des praticiens de l'ESS sur le terrain, à Dakar ou lors de visites d'étude "
                        "virtuelles."
                    ),
                    "es": (
                        "Conozca a profesionales de la ESS sobre el terreno, en Dakar o mediante visitas de estudio "
                        "virtuales."
                    ),
                    "pt": (
                        "Conheça profissionais da ESS no terreno, em Dacar ou através de visitas de estudo virtuais."
                    ),
                },
            },
            {
                "title": {
                    "en": "Global SSE network",
                    "fr": "Réseau mondial de l'ESS",
                    "es": "Red mundial de ESS",
                    "pt": "Rede global de ESS",
                },
                "text": {
                    "en": (
                        "Join the SSE Marketplace sessions and the SSE Collective Brain, the alumni network of all "
                        "editions."
                    ),
                    "fr": (
                        "Participez aux séances « SSE Marketplace » et rejoignez le « SSE Collective Brain », le "
                        "réseau des anciens de toutes les éditions."
                    ),
                    "es": (
                        "Participe en las sesiones «SSE Marketplace» y únase al «SSE Collective Brain», la red de "
                        "antiguos participantes de todas las ediciones."
                    ),
                    "pt": (
                        "Participe nas sessões «SSE Marketplace» e junte-se ao «SSE Collective Brain», a rede de "
                        "antigos participantes de todas as edições."
                    ),
                },
            },
        ],
        "sub_topics": [
            {
                "en": "SSE and the just transition to environmentally sustainable economies",
                "fr": "L'ESS et la transition juste vers des économies écologiquement durables",
                "es": "La ESS y la transición justa hacia economías ambientalmente sostenibles",
                "pt": "A ESS e a transição justa para economias ambientalmente sustentáveis",
            },
            {
                "en": "Youth entrepreneurship and cooperatives",
                "fr": "Entrepreneuriat des jeunes et coopératives",
                "es": "Emprendimiento juvenil y cooperativas",
                "pt": "Empreendedorismo jovem e cooperativas",
            },
            {
                "en": "SSE in waste recycling and the circular economy",
                "fr": "L'ESS dans le recyclage des déchets et l'économie circulaire",
                "es": "La ESS en el reciclaje de residuos y la economía circular",
                "pt": "A ESS na reciclagem de resíduos e na economia circular",
            },
            {
                "en": "Formalisation of the informal economy through the SSE",
                "fr": "Formalisation de l'économie informelle par l'ESS",
                "es": "Formalización de la economía informal a través de la ESS",
                "pt": "Formalização da economia informal através da ESS",
            },
            {
                "en": "Financing SSE organisations",
                "fr": "Financer les organisations de l'ESS",
                "es": "Financiación de las organizaciones de la ESS",
                "pt": "Financiamento das organizações da ESS",
            },
            {
                "en": "South-South and triangular cooperation",
                "fr": "Coopération Sud-Sud et triangulaire",
                "es": "Cooperación Sur-Sur y triangular",
                "pt": "Cooperação Sul-Sul e triangular",
            },
        ],
        "learning_outcomes": [
            {
                "en": (
                    "Understand how SSE policies and enterprises contribute to a just transition and to decent work "
                    "for young people."
                ),
                "fr": (
                    "Comprendre comment les politiques et les entreprises de l'ESS contribuent à une transition juste "
                    "et au travail décent pour les jeunes."
                ),
                "es": (
                    "Comprender cómo las políticas y las empresas de la ESS contribuyen a una transición justa y al "
                    "trabajo decente para la juventud."
                ),
                "pt": (
                    "Compreender como as políticas e as empresas da ESS contribuem para uma transição justa e para o "
                    "trabalho digno dos jovens."
                ),
            },
            {
                "en": (
                    "Know a range of practices, strategies and tools from different regions, including South-South "
                    "and triangular cooperation."
                ),
                "fr": (
                    "Connaître un éventail de pratiques, de stratégies et d'outils de différentes régions, dont la "
                    "coopération Sud-Sud et triangulaire."
                ),
                "es": (
                    "Conocer una variedad de prácticas, estrategias y herramientas de distintas regiones, incluida la "
                    "cooperación Sur-Sur y triangular."
                ),
                "pt": (
                    "Conhecer um leque de práticas, estratégias e instrumentos de diferentes regiões, incluindo a "
                    "cooperação Sul-Sul e triangular."
                ),
            },
            {
                "en": "Belong to an international network of policy makers and practitioners working on the SSE.",
                "fr": (
                    "Faire partie d'un réseau international de décideurs et de praticiens qui travaillent sur l'ESS."
                ),
                "es": (
                    "Pertenecer a una red internacional de responsables de políticas y profesionales que trabajan en "
                    "la ESS."
                ),
                "pt": (
                    "Pertencer a uma rede internacional de decisores políticos e profissionais que trabalham na ESS."
                ),
            },
        ],
        "daily_slots": [
            {
                "label": {
                    "en": "Plenary (in person and livestreamed)",
                    "fr": "Séance plénière (en présentiel et en direct)",
                    "es": "Sesión plenaria (presencial y en directo)",
                    "pt": "Sessão plenária (presencial e em direto)",
                },
                "starts_at": "10:00",
                "ends_at": "11:30",
            },
            {
                "label": {
                    "en": "Elective course",
                    "fr": "Cours électif",
                    "es": "Curso electivo",
                    "pt": "Curso eletivo",
                },
                "starts_at": "12:00",
                "ends_at": "13:30",
            },
            {
                "label": {
                    "en": "Study visits and SSE Marketplace",
                    "fr": "Visites d'étude et SSE Marketplace",
                    "es": "Visitas de estudio y SSE Marketplace",
                    "pt": "Visitas de estudo e SSE Marketplace",
                },
                "starts_at": "15:00",
                "ends_at": "17:00",
            },
        ],
        "faq": [
            {
                "question": {
                    "en": "Is this a real Academy?",
                    "fr": "S'agit-il d'une véritable Académie ?",
                    "es": "¿Es una Academia real?",
                    "pt": "Trata-se de uma Academia real?",
                },
                "answer": {
                    "en": "No. This edition is fictional and only demonstrates the platform.",
                    "fr": "Non. Cette édition est fictive et sert uniquement à présenter la plateforme.",
                    "es": "No. Esta edición es ficticia y solo sirve para mostrar la plataforma.",
                    "pt": "Não. Esta edição é fictícia e serve apenas para demonstrar a plataforma.",
                },
            },
            {
                "question": {
                    "en": "Can I take part online?",
                    "fr": "Puis-je participer en ligne ?",
                    "es": "¿Puedo participar en línea?",
                    "pt": "Posso participar online?",
                },
                "answer": {
                    "en": (
                        "Yes. Plenaries are livestreamed, electives are open to online participants, and virtual "
                        "study visits are organised for them."
                    ),
                    "fr": (
                        "Oui. Les séances plénières sont diffusées en direct, les cours électifs sont ouverts aux "
                        "participants en ligne et des visites d'étude virtuelles sont organisées pour eux."
                    ),
                    "es": (
                        "Sí. Las sesiones plenarias se transmiten en directo, los cursos electivos están abiertos a "
                        "los participantes en línea y se organizan visitas de estudio virtuales para ellos."
                    ),
                    "pt": (
                        "Sim. As sessões plenárias são transmitidas em direto, os cursos eletivos estão abertos aos "
                        "participantes online e são organizadas visitas de estudo virtuais para eles."
                    ),
                },
            },
            {
                "question": {
                    "en": "When is the deadline?",
                    "fr": "Quelle est la date limite ?",
                    "es": "¿Cuál es el plazo?",
                    "pt": "Qual é o prazo?",
                },
                "answer": {
                    "en": "28 February 2027 at 23:59, Dakar time.",
                    "fr": "Le 28 février 2027 à 23 h 59, heure de Dakar.",
                    "es": "El 28 de febrero de 2027 a las 23:59, hora de Dakar.",
                    "pt": "28 de fevereiro de 2027, às 23h59, hora de Dacar.",
                },
            },
            {
                "question": {
                    "en": "How much time should I plan for?",
                    "fr": "Combien de temps dois-je prévoir ?",
                    "es": "¿Cuánto tiempo debo dedicar?",
                    "pt": "Quanto tempo devo reservar?",
                },
                "answer": {
                    "en": (
                        "About 3 hours a day for the two weeks if you take part online; in-person participants also "
                        "join the afternoon study visits and SSE Marketplace."
                    ),
                    "fr": (
                        "Environ 3 heures par jour pendant les deux semaines si vous participez en ligne ; les "
                        "participants en présentiel prennent aussi part aux visites d'étude et aux séances « SSE "
                        "Marketplace » de l'après-midi."
                    ),
                    "es": (
                        "Unas 3 horas al día durante las dos semanas si participa en línea; los participantes "
                        "presenciales también asisten a las visitas de estudio y a las sesiones «SSE Marketplace» de "
                        "la tarde."
                    ),
                    "pt": (
                        "Cerca de 3 horas por dia durante as duas semanas, se participar online; os participantes "
                        "presenciais juntam-se também às visitas de estudo e às sessões «SSE Marketplace» da tarde."
                    ),
                },
            },
            {
                "question": {
                    "en": "How do I obtain a certificate?",
                    "fr": "Comment obtenir un certificat ?",
                    "es": "¿Cómo obtengo un certificado?",
                    "pt": "Como obtenho um certificado?",
                },
                "answer": {
                    "en": (
                        "A Certificate of Participation is issued to participants who attend at least 80% of the "
                        "sessions."
                    ),
                    "fr": (
                        "Un certificat de participation est délivré aux participants qui assistent à au moins 80 % "
                        "des sessions."
                    ),
                    "es": (
                        "Se expide un certificado de participación a quienes asistan al menos al 80 % de las sesiones."
                    ),
                    "pt": (
                        "É emitido um certificado de participação aos participantes que assistam a pelo menos 80 % "
                        "das sessões."
                    ),
                },
            },
        ],
    },
]
