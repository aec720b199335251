"""Name pools per cultural area, for the demo cohort. Synthetic: common given and family names, no real person intended."""

# Names are deliberately written in their own scripts (Cyrillic, Turkish dotless i, and so on).

# Kept compact, several names a line, rather than one a line as the formatter would have it.
# fmt: off

# Each pool: given names for women, for men, and family names. At least 25 of each per pool.
#
# Keys: "women" and "men" hold given names; "family" holds family names usable for everyone.
# A pool whose family names change with gender (russian_cyrillic: Иванов / Иванова) has no "family"
# key but "family_women" and "family_men" instead; use family_names() below rather than reading
# the keys directly. The two gendered lists are kept parallel (same index, same family).
#
# Names are written as people of that area write them: Arabic script for the Maghreb and the
# Middle East, Persian script for Iran, Hangul, Han characters, kanji, Cyrillic, and full
# diacritics for Latin scripts (Vietnamese, Spanish, Portuguese, French, Turkish, Hungarian...).
# In the Vietnamese pool the middle name is part of the given name ("Thị Hương", "Văn Minh").
# Latin American and Iberian people often carry two family names: a generator may draw two.
POOLS: dict[str, dict[str, list[str]]] = {
    # Senegal, Côte d'Ivoire, Cameroon, Burkina Faso, Mali, Benin, Togo, DR Congo, Madagascar...
    "francophone_africa": {
        "women": [
            "Aminata", "Fatou", "Awa", "Mariama", "Aïssatou", "Ndèye", "Khady", "Rokhaya",
            "Coumba", "Astou", "Bintou", "Kadiatou", "Salimata", "Rokia", "Mariam", "Adjoua",
            "Affoué", "Akissi", "Amenan", "Chantal", "Clarisse", "Estelle", "Grâce", "Josiane",
            "Pélagie", "Nadège", "Hortense", "Solange", "Sandrine", "Véronique", "Béatrice",
            "Fanta",
        ],
        "men": [
            "Mamadou", "Moussa", "Ousmane", "Abdoulaye", "Ibrahima", "Cheikh", "Modou",
            "Boubacar", "Souleymane", "Seydou", "Issa", "Lassina", "Yacouba", "Kouassi", "Koffi",
            "Kouadio", "Serge", "Jean-Baptiste", "Didier", "Hervé", "Armand", "Blaise",
            "Christian", "Emmanuel", "Fabrice", "Gervais", "Patrice", "Rodrigue", "Théophile",
            "Arsène", "Aboubacar",
        ],
        "family": [
            "Diallo", "Ndiaye", "Diop", "Fall", "Sow", "Ba", "Sy", "Gueye", "Faye", "Mbaye",
            "Traoré", "Coulibaly", "Keïta", "Koné", "Touré", "Ouédraogo", "Sawadogo", "Kaboré",
            "Zongo", "Kouamé", "N'Guessan", "Konan", "Bamba", "Ouattara", "Diabaté", "Mbarga",
            "Fotso", "Ngono", "Tchatchoua", "Hounkpatin", "Adjovi", "Agbodjan", "Mukendi",
            "Tshibangu", "Kalala", "Ilunga", "Mbuyi", "Rakotondrabe", "Rasoanaivo",
        ],
    },
    # Kenya, Uganda, Tanzania, Ethiopia, Rwanda
    "anglophone_east_africa": {
        "women": [
            "Wanjiru", "Njeri", "Wambui", "Akinyi", "Atieno", "Achieng", "Nafula", "Chebet",
            "Nakato", "Namubiru", "Nansubuga", "Nabirye", "Auma", "Neema", "Rehema", "Zawadi",
            "Amina", "Halima", "Mwanaisha", "Tigist", "Meron", "Hiwot", "Selamawit", "Almaz",
            "Uwase", "Mukamana", "Ingabire", "Umutoni", "Grace", "Faith", "Mercy", "Esther",
        ],
        "men": [
            "Kamau", "Otieno", "Ochieng", "Kiprono", "Kibet", "Mutua", "Wafula", "Brian",
            "Dennis", "Samuel", "Joseph", "Peter", "David", "Juma", "Baraka", "Hamisi", "Rashidi",
            "Omari", "Salim", "Dawit", "Tesfaye", "Yohannes", "Abebe", "Getachew", "Mulugeta",
            "Habimana", "Mugisha", "Mugabo", "Okello", "Mukasa", "Emmanuel",
        ],
        "family": [
            "Mwangi", "Kariuki", "Njoroge", "Odhiambo", "Onyango", "Wanyama", "Kiprotich",
            "Cheruiyot", "Musyoka", "Mutua", "Ssemakula", "Nsubuga", "Kato", "Byaruhanga",
            "Tumusiime", "Okello", "Mushi", "Mwakalinga", "Massawe", "Kimaro", "Mrema", "Haile",
            "Tadesse", "Bekele", "Girma", "Alemu", "Kebede", "Uwimana", "Niyonsaba",
            "Nshimiyimana", "Mugenzi", "Otieno",
        ],
    },
    # South Africa, Zimbabwe, Zambia, Malawi, Botswana, Namibia, Lesotho, Eswatini
    "southern_africa": {
        "women": [
            "Thandiwe", "Nomvula", "Lindiwe", "Zanele", "Nokuthula", "Ntombi", "Palesa", "Lerato",
            "Refilwe", "Mpho", "Dineo", "Naledi", "Busisiwe", "Sibongile", "Nandi", "Thembeka",
            "Anele", "Rutendo", "Chipo", "Tatenda", "Nyasha", "Tsitsi", "Mwila", "Chileshe",
            "Mutinta", "Bupe", "Thoko", "Tiwonge", "Precious", "Patience",
        ],
        "men": [
            "Sipho", "Thabo", "Themba", "Bongani", "Mandla", "Sibusiso", "Tshepo", "Tumelo",
            "Sizwe", "Vusi", "Xolani", "Musa", "Lwazi", "Kabelo", "Farai", "Tafadzwa", "Tinashe",
            "Kudakwashe", "Tawanda", "Takudzwa", "Mwape", "Mulenga", "Bwalya", "Chisanga",
            "Mwamba", "Kondwani", "Blessings", "Pieter", "Johan",
        ],
        "family": [
            "Dlamini", "Nkosi", "Ndlovu", "Khumalo", "Mkhize", "Zulu", "Mthembu", "Ngcobo",
            "Sithole", "Mokoena", "Molefe", "Mahlangu", "Mabaso", "Kgosi", "Mogale", "Botha",
            "Pretorius", "Naidoo", "Moyo", "Ncube", "Sibanda", "Chikwanha", "Mutasa", "Banda",
            "Phiri", "Mwale", "Tembo", "Lungu", "Mulenga", "Chanda", "Mwansa", "Seretse",
        ],
    },
    # Nigeria, Ghana, Sierra Leone, Liberia, the Gambia
    "west_africa_anglophone": {
        "women": [
            "Chiamaka", "Ngozi", "Adaeze", "Chinwe", "Nneka", "Ifeoma", "Folake", "Funmilayo",
            "Yetunde", "Bukola", "Aisha", "Hauwa", "Zainab", "Fatima", "Amina", "Efua", "Akosua",
            "Ama", "Abena", "Adwoa", "Esi", "Afua", "Yaa", "Akua", "Mariatu", "Isatou",
            "Blessing", "Comfort", "Gifty",
        ],
        "men": [
            "Chukwuemeka", "Chinedu", "Obinna", "Ikenna", "Emeka", "Nnamdi", "Olumide",
            "Babatunde", "Oluwafemi", "Adebayo", "Segun", "Tunde", "Abubakar", "Musa", "Sani",
            "Usman", "Ibrahim", "Kwame", "Kofi", "Kwabena", "Kwaku", "Yaw", "Kojo", "Kwesi",
            "Ebenezer", "Emmanuel", "Samuel", "Lamin", "Foday",
        ],
        "family": [
            "Okafor", "Okonkwo", "Eze", "Nwosu", "Obi", "Chukwu", "Nwachukwu", "Adeyemi",
            "Ogunleye", "Adebayo", "Olawale", "Afolabi", "Ogunbiyi", "Bello", "Abubakar",
            "Mohammed", "Yusuf", "Danjuma", "Mensah", "Owusu", "Boateng", "Asante", "Osei",
            "Agyeman", "Appiah", "Ampofo", "Darko", "Quaye", "Addo", "Kamara", "Sesay", "Conteh",
            "Koroma", "Jallow", "Ceesay", "Njie", "Kollie",
        ],
    },
    # Morocco, Tunisia, Algeria, Mauritania (Arabic script)
    "maghreb_arabic": {
        "women": [
            "فاطمة", "خديجة", "مريم", "زينب", "عائشة", "نادية", "سعاد", "ليلى", "أمينة", "حنان",
            "سميرة", "نعيمة", "كريمة", "سلمى", "ياسمين", "إيمان", "هدى", "وفاء", "سناء", "رشيدة",
            "مليكة", "نجاة", "لطيفة", "سهام", "أسماء", "هاجر", "إكرام", "نوال", "شيماء", "يسرى",
        ],
        "men": [
            "محمد", "أحمد", "يوسف", "عبد الله", "عمر", "علي", "حسن", "خالد", "سعيد", "مصطفى",
            "رشيد", "كريم", "عبد الرحمن", "إبراهيم", "إدريس", "المهدي", "نبيل", "هشام", "توفيق",
            "منير", "فريد", "طارق", "جمال", "عادل", "سفيان", "أنيس", "وليد", "حمزة", "أيوب",
            "ياسين", "بلال", "زكرياء",
        ],
        "family": [
            "بن علي", "بن سالم", "بن عمر", "بن يوسف", "بنسعيد", "بوزيد", "العلوي", "الإدريسي",
            "العمراني", "الحسني", "الشرقاوي", "التازي", "الفاسي", "البقالي", "الصنهاجي",
            "الزياني", "الغربي", "الطرابلسي", "الجزيري", "الماجري", "الحمامي", "السوسي", "بلحاج",
            "بلقاسم", "مسعودي", "حداد", "منصوري", "قاسمي", "بلعيد", "مزيان", "عمروش", "الشابي",
        ],
    },
    # Egypt, Jordan, Lebanon, Palestine, Iraq (Arabic script)
    "middle_east_arabic": {
        "women": [
            "نور", "رنا", "لينا", "دينا", "ريم", "سارة", "هبة", "منى", "رانيا", "هالة", "سلوى",
            "نسرين", "ديما", "رشا", "غادة", "لمى", "تالا", "جنى", "مها", "عبير", "سهى", "رغد",
            "إسراء", "آية", "شيرين", "نهى", "ولاء", "دعاء",
        ],
        "men": [
            "محمود", "أحمد", "محمد", "مصطفى", "عمرو", "طارق", "كريم", "شريف", "هاني", "وائل",
            "ماجد", "سامر", "رامي", "فادي", "جورج", "إلياس", "زياد", "باسل", "أيمن", "عماد",
            "حسام", "خليل", "فراس", "نزار", "عصام", "يحيى", "أسامة", "معتز", "مهند", "سليم",
        ],
        "family": [
            "حسن", "حسين", "السيد", "إبراهيم", "عبد الله", "مصطفى", "عثمان", "الشريف", "النجار",
            "الخطيب", "حداد", "الحلبي", "الخوري", "نصر", "فرح", "عيسى", "سعادة", "الزعبي", "العلي",
            "المصري", "الحسيني", "شحادة", "درويش", "عودة", "قاسم", "منصور", "سلامة", "الطحان",
            "عبد الحميد", "رزق", "غانم",
        ],
    },
    # Mexico, Colombia, Argentina, Peru, Chile, Costa Rica, Ecuador, Bolivia, Guatemala, Uruguay...
    "hispanic_latin_america": {
        "women": [
            "María José", "Guadalupe", "Ana María", "Sofía", "Valentina", "Camila", "Daniela",
            "Lucía", "Verónica", "Patricia", "Gabriela", "Alejandra", "Mariana", "Paola", "Natalia",
            "Carolina", "Andrea", "Claudia", "Rocío", "Marisol", "Ximena", "Fernanda",
            "Luz Marina", "Inés", "Beatriz", "Mónica", "Adriana", "Yolanda", "Soledad", "Milagros",
            "Rosario",
        ],
        "men": [
            "José", "Juan Carlos", "Luis", "Carlos", "Jorge", "Miguel Ángel", "Andrés", "Javier",
            "Ricardo", "Fernando", "Alejandro", "Diego", "Sebastián", "Héctor", "Raúl", "Óscar",
            "Julián", "Martín", "Rodrigo", "Gustavo", "Hernán", "Mauricio", "Felipe", "Eduardo",
            "Ramón", "Néstor", "Iván", "Joaquín", "Tomás", "Esteban", "Álvaro", "Cristian",
        ],
        "family": [
            "González", "Rodríguez", "Hernández", "López", "Martínez", "García", "Pérez",
            "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales",
            "Vargas", "Castillo", "Jiménez", "Ruiz", "Mendoza", "Quispe", "Mamani", "Núñez",
            "Rojas", "Gutiérrez", "Ortiz", "Chávez", "Ramos", "Herrera", "Medina", "Aguilar",
            "Cruz", "Reyes", "Vásquez", "Suárez", "Castro", "Muñoz", "Álvarez", "Benítez",
            "Cáceres", "Ibáñez", "Peña",
        ],
    },
    # Brazil
    "brazil_portuguese": {
        "women": [
            "Ana", "Maria", "Juliana", "Fernanda", "Mariana", "Camila", "Beatriz", "Luana",
            "Larissa", "Aline", "Patrícia", "Adriana", "Cláudia", "Renata", "Tatiana", "Simone",
            "Vanessa", "Luciana", "Priscila", "Débora", "Conceição", "Raimunda", "Francisca",
            "Letícia", "Gabriela", "Thaís", "Júlia", "Bruna", "Rosângela", "Sônia",
        ],
        "men": [
            "João", "José", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz",
            "Marcos", "Rafael", "Rodrigo", "Gustavo", "Thiago", "Felipe", "Bruno", "Eduardo",
            "Fábio", "Márcio", "Sérgio", "Leandro", "Vinícius", "Matheus", "Gabriel", "André",
            "Renato", "Raimundo", "Sebastião", "Caio", "Otávio",
        ],
        "family": [
            "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
            "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes",
            "Soares", "Fernandes", "Vieira", "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade",
            "Moreira", "Nunes", "Marques", "Machado", "Mendes", "Freitas", "Cardoso", "Araújo",
            "Conceição", "Assunção", "Brandão", "Magalhães",
        ],
    },
    # Mozambique, Angola, Cabo Verde, Guinea-Bissau, São Tomé and Príncipe
    "lusophone_africa": {
        "women": [
            "Ana Paula", "Esperança", "Graça", "Fátima", "Isabel", "Joana", "Lurdes", "Rosa",
            "Celeste", "Teresa", "Albertina", "Amélia", "Ermelinda", "Domingas", "Felismina",
            "Helena", "Inocência", "Luísa", "Marta", "Natália", "Vitória", "Zélia", "Celestina",
            "Alzira", "Benvinda", "Filomena", "Nilza", "Telma", "Madalena", "Alda",
        ],
        "men": [
            "Armando", "Domingos", "Manuel", "Joaquim", "Alberto", "Fernando", "Celso", "Edson",
            "Hélder", "Abel", "Agostinho", "Anselmo", "Bento", "Custódio", "Eusébio", "Filipe",
            "Gaspar", "Inácio", "Jacinto", "Lourenço", "Mateus", "Nelson", "Osvaldo", "Paulino",
            "Tomás", "Valdemar", "Zacarias", "Adérito", "Amílcar", "Ildo",
        ],
        "family": [
            "Machava", "Cossa", "Mondlane", "Sitoe", "Nhantumbo", "Macuácua", "Tembe", "Mabunda",
            "Langa", "Muianga", "Guambe", "Cumbe", "Chilaule", "Kiala", "Cassoma", "Chipenda",
            "Nzau", "Domingos", "Francisco", "dos Santos", "da Silva", "Fernandes", "Lopes",
            "Tavares", "Monteiro", "Semedo", "Varela", "Fortes", "Barros", "Mendes", "Neto",
            "Pina",
        ],
    },
    # Republic of Korea (Hangul; written family name first, without a space: 김지영)
    "korean": {
        "women": [
            "지영", "민지", "수진", "서연", "지현", "은지", "현정", "미경", "혜진", "유진", "소영",
            "지은", "수연", "예린", "하은", "다은", "선영", "미영", "은영", "정희", "영희", "수빈",
            "윤서", "서윤", "나연", "혜원", "보람",
        ],
        "men": [
            "민준", "서준", "지훈", "현우", "성민", "동현", "준호", "민수", "영호", "정훈", "상훈",
            "재현", "승현", "태양", "도윤", "시우", "준서", "우진", "성호", "진우", "영수", "철수",
            "광수", "동욱", "재원", "형준", "민호", "건우",
        ],
        "family": [
            "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
            "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "노", "남",
        ],
    },
    # Viet Nam (family name first: Nguyễn Thị Hương)
    "vietnamese": {
        "women": [
            "Thị Hương", "Thị Lan", "Thị Mai", "Thị Hoa", "Thị Thu Hà", "Thị Ngọc Anh", "Thị Hằng",
            "Thị Thủy", "Thị Nga", "Thị Phương", "Thị Hạnh", "Thị Loan", "Thị Minh Thư",
            "Thị Bích Ngọc", "Thu Trang", "Ngọc Lan", "Thanh Hà", "Minh Châu", "Phương Linh",
            "Bảo Anh", "Thùy Dương", "Khánh Linh", "Hồng Nhung", "Quỳnh Anh", "Thảo Vy",
            "Diệu Linh", "Kim Oanh", "Mỹ Duyên",
        ],
        "men": [
            "Văn Minh", "Văn Hùng", "Văn Nam", "Văn Đức", "Văn Thắng", "Văn Tuấn", "Văn Long",
            "Văn Hải", "Văn Dũng", "Văn Bình", "Minh Tuấn", "Quốc Huy", "Đức Anh", "Hoàng Nam",
            "Thành Công", "Quang Vinh", "Anh Tuấn", "Trọng Nghĩa", "Hữu Phước", "Xuân Trường",
            "Tiến Dũng", "Mạnh Hùng", "Công Thành", "Duy Khánh", "Gia Bảo", "Bảo Long",
            "Đình Phong", "Việt Hoàng",
        ],
        "family": [
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lâm", "Mai", "Trương",
            "Cao", "Lương", "Tạ", "Hà", "Quách", "Chu", "Tô", "La",
        ],
    },
    # China (simplified Han characters; family name first, without a space: 王芳)
    "chinese": {
        "women": [
            "芳", "娜", "敏", "静", "丽", "艳", "霞", "婷", "雪", "琳", "秀英", "桂英", "玉兰",
            "丽娟", "晓燕", "海燕", "红梅", "思雨", "欣怡", "雨涵", "梓涵", "佳怡", "慧敏", "淑华",
            "美玲", "佳琪", "婉婷", "晓红", "文静", "春梅",
        ],
        "men": [
            "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "斌", "超", "明", "刚", "建华", "建国",
            "志强", "海涛", "俊杰", "浩然", "子轩", "宇航", "文博", "晓东", "国庆", "振华", "永强",
            "鹏飞", "嘉豪", "天宇", "立新", "德明",
        ],
        "family": [
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
            "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
            "彭", "曾",
        ],
    },
    # Japan (kanji; family name first, without a space: 佐藤陽子)
    "japanese": {
        "women": [
            "陽子", "恵子", "直美", "由美", "裕子", "久美子", "真由美", "美穂", "彩", "愛", "結衣",
            "陽菜", "美咲", "優子", "明美", "智子", "香織", "麻衣", "千尋", "奈々", "沙織", "舞",
            "遥", "葵", "理恵", "亜希子", "美香", "典子", "幸子",
        ],
        "men": [
            "翔太", "大輔", "拓也", "健太", "誠", "浩", "隆", "博", "達也", "和也", "直樹", "亮",
            "健一", "剛", "学", "修", "聡", "悠斗", "蓮", "陽翔", "大翔", "蒼", "湊", "優太", "翼",
            "雄一", "洋平", "俊介", "康弘", "正樹",
        ],
        "family": [
            "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田",
            "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森",
            "池田", "橋本", "阿部", "石川", "山下", "中島", "小川", "前田", "岡田", "藤田",
        ],
    },
    # India, Bangladesh, Nepal, Sri Lanka, Pakistan (Latin script)
    "south_asia": {
        "women": [
            "Priya", "Ananya", "Kavita", "Sunita", "Anjali", "Pooja", "Lakshmi", "Meera",
            "Shalini", "Neha", "Divya", "Rekha", "Radha", "Sarita", "Asha", "Nusrat", "Farzana",
            "Shirin", "Rokeya", "Nasreen", "Tahmina", "Ayesha", "Sadia", "Fariha", "Sita",
            "Sushila", "Kamala", "Nirmala", "Tharushi", "Dilini", "Nimali", "Anusha", "Bushra",
            "Saima", "Hina",
        ],
        "men": [
            "Rahul", "Amit", "Rajesh", "Suresh", "Ramesh", "Vijay", "Sanjay", "Arjun", "Vikram",
            "Anil", "Sunil", "Deepak", "Manoj", "Ravi", "Karthik", "Prakash", "Arun", "Rafiq",
            "Kamal", "Shafiqul", "Mahmudul", "Tanvir", "Rezaul", "Bishnu", "Bikash", "Prabin",
            "Sagar", "Dinesh", "Chaminda", "Nuwan", "Ruwan", "Kasun", "Imran", "Faisal", "Bilal",
            "Usman",
        ],
        "family": [
            "Sharma", "Verma", "Gupta", "Singh", "Patel", "Shah", "Reddy", "Rao", "Nair", "Menon",
            "Iyer", "Das", "Banerjee", "Chatterjee", "Mukherjee", "Bose", "Pillai", "Joshi",
            "Mehta", "Desai", "Kulkarni", "Hossain", "Rahman", "Ahmed", "Islam", "Chowdhury",
            "Shrestha", "Thapa", "Gurung", "Tamang", "Adhikari", "Karki", "Perera", "Fernando",
            "de Silva", "Jayasinghe", "Wickramasinghe", "Bandara", "Khan", "Qureshi", "Malik",
            "Hussain", "Siddiqui",
        ],
    },
    # Philippines, Indonesia, Malaysia, Thailand, Cambodia (Latin transliteration)
    "southeast_asia_latin": {
        "women": [
            "Maricel", "Rowena", "Lorna", "Marites", "Jocelyn", "Cristina", "Angelica", "Kristine",
            "Siti", "Sri Wahyuni", "Dewi", "Ayu", "Putri", "Rina", "Indah", "Fitri", "Nurul",
            "Lestari", "Ratna", "Nur Aisyah", "Siti Aminah", "Farah", "Mei Ling", "Siriporn",
            "Kanya", "Pornthip", "Nattaya", "Malee", "Wanida", "Sreymom",
        ],
        "men": [
            "Mark Anthony", "John Paul", "Rodel", "Ramil", "Arnel", "Ronaldo", "Rogelio", "Budi",
            "Agus", "Joko", "Eko", "Hendra", "Rizky", "Dedi", "Wahyu", "Andi", "Bambang", "Yusuf",
            "Ahmad Faiz", "Muhammad Hafiz", "Azman", "Wei Jie", "Somchai", "Somsak", "Prasert",
            "Anan", "Chaiwat", "Kittisak", "Thanawat", "Sokha",
        ],
        "family": [
            "Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Villanueva",
            "Ramos", "Castillo", "Pascual", "Santoso", "Wijaya", "Susanto", "Hidayat", "Saputra",
            "Pratama", "Kusuma", "Setiawan", "Nugroho", "Gunawan", "Abdullah", "Ismail",
            "Ibrahim", "Hassan", "Tan", "Lim", "Boonmee", "Srisuk", "Saetang", "Wongsawat",
            "Chaiyasit", "Rattanapong", "Sukprasert", "Chea", "Sok",
        ],
    },
    # Russian Federation, Ukraine, Kazakhstan, Kyrgyzstan (Cyrillic).
    # Family names are gendered here: "family_women" and "family_men" instead of "family",
    # parallel lists (Иванова / Иванов); Ukrainian names in -енко, -ук, -ник do not change.
    "russian_cyrillic": {
        "women": [
            "Ольга", "Елена", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Мария",
            "Екатерина", "Юлия", "Анастасия", "Марина", "Людмила", "Галина", "Оксана",
            "Виктория", "Дарья", "Ксения", "Алина", "Полина", "Надежда", "Валентина", "Олена",
            "Ганна", "Олеся", "Айгуль", "Гульнара", "Динара", "Асель", "Айжан", "Назгуль",
            "Чолпон",
        ],
        "men": [
            "Александр", "Сергей", "Андрей", "Дмитрий", "Алексей", "Михаил", "Иван", "Николай",
            "Владимир", "Евгений", "Павел", "Максим", "Игорь", "Олег", "Виктор", "Юрий", "Артём",
            "Роман", "Денис", "Тарас", "Богдан", "Андрій", "Олександр", "Нурлан", "Ерлан",
            "Асхат", "Данияр", "Бакыт", "Азамат", "Ержан", "Тимур", "Арман",
        ],
        "family_women": [
            "Иванова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Петрова", "Соколова",
            "Михайлова", "Новикова", "Фёдорова", "Морозова", "Волкова", "Лебедева", "Козлова",
            "Павлова", "Орлова", "Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко",
            "Лысенко", "Мельник", "Ковальчук", "Бойко", "Ахметова", "Сулейменова", "Искакова",
            "Жумабаева", "Абдыкадырова", "Токтогулова",
        ],
        "family_men": [
            "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
            "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Лебедев", "Козлов",
            "Павлов", "Орлов", "Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко",
            "Лысенко", "Мельник", "Ковальчук", "Бойко", "Ахметов", "Сулейменов", "Искаков",
            "Жумабаев", "Абдыкадыров", "Токтогулов",
        ],
    },
    # France, Belgium, Luxembourg, Switzerland (Romandy), Canada (Quebec)
    "francophone_europe": {
        "women": [
            "Marie", "Camille", "Claire", "Sophie", "Isabelle", "Nathalie", "Catherine", "Sylvie",
            "Céline", "Élodie", "Julie", "Aurélie", "Émilie", "Hélène", "Véronique", "Chloé",
            "Léa", "Manon", "Pauline", "Margaux", "Mathilde", "Anne-Sophie", "Geneviève",
            "Valérie", "Laurence", "Océane", "Audrey", "Agnès", "Maude", "Inès",
        ],
        "men": [
            "Jean", "Pierre", "Michel", "Philippe", "Nicolas", "François", "Laurent", "Olivier",
            "Stéphane", "Julien", "Thomas", "Antoine", "Mathieu", "Guillaume", "Sébastien",
            "Christophe", "Frédéric", "Benoît", "Jérôme", "Vincent", "Alexandre", "Hugo", "Louis",
            "Théo", "Maxime", "Étienne", "Grégoire", "Yves", "Luc", "Jean-Marc",
        ],
        "family": [
            "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
            "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "David", "Bertrand",
            "Roux", "Fournier", "Morel", "Girard", "Mercier", "Dupont", "Lambert", "Bonnet",
            "Dufour", "Blanc", "Guérin", "Faure", "Rousseau", "Peeters", "Janssens", "Dumont",
            "Favre", "Rochat", "Schmit", "Tremblay", "Gagnon", "Bouchard", "Côté", "Gauthier",
        ],
    },
    # Spain
    "spain": {
        "women": [
            "María", "Carmen", "Lucía", "Laura", "Marta", "Elena", "Cristina", "Paula", "Sara",
            "Raquel", "Pilar", "Rosa", "Montserrat", "Núria", "Ainhoa", "Itziar", "Begoña",
            "Mercedes", "Isabel", "Alba", "Irene", "Nerea", "Inmaculada", "Rocío", "Teresa",
            "Beatriz", "Silvia", "Eva", "Amparo", "Concepción",
        ],
        "men": [
            "Antonio", "Manuel", "José", "Francisco", "David", "Javier", "Daniel", "Carlos",
            "Jesús", "Alejandro", "Miguel", "Rafael", "Pablo", "Sergio", "Fernando", "Jorge",
            "Alberto", "Álvaro", "Adrián", "Íñigo", "Jordi", "Xavier", "Iker", "Joan", "Enrique",
            "Ramón", "Ignacio", "Gonzalo", "Andrés", "Óscar",
        ],
        "family": [
            "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
            "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz",
            "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez",
            "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina", "Ortega", "Castro", "Puig",
            "Ferrer", "Etxeberria", "Aguirre",
        ],
    },
    # Portugal
    "portugal": {
        "women": [
            "Maria", "Ana", "Joana", "Inês", "Beatriz", "Mariana", "Catarina", "Sofia", "Rita",
            "Marta", "Carolina", "Teresa", "Filipa", "Leonor", "Matilde", "Sara", "Helena",
            "Isabel", "Cláudia", "Patrícia", "Sílvia", "Susana", "Fernanda", "Conceição", "Graça",
            "Manuela", "Lurdes", "Madalena", "Margarida",
        ],
        "men": [
            "João", "José", "António", "Manuel", "Francisco", "Pedro", "Rui", "Nuno", "Luís",
            "Paulo", "Miguel", "Tiago", "Ricardo", "Carlos", "Jorge", "Duarte", "Gonçalo", "Diogo",
            "Afonso", "Tomás", "Rodrigo", "Bernardo", "Vasco", "Fernando", "Hugo", "Sérgio",
            "Filipe", "André", "Bruno", "Henrique",
        ],
        "family": [
            "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
            "Jesus", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves",
            "Almeida", "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Moreira", "Correia", "Mendes",
            "Nunes", "Soares", "Vieira", "Monteiro", "Cardoso", "Rocha", "Magalhães", "Figueiredo",
            "Antunes",
        ],
    },
    # Italy
    "italian": {
        "women": [
            "Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Federica", "Alessandra",
            "Silvia", "Elena", "Martina", "Laura", "Paola", "Anna", "Maria Grazia", "Roberta",
            "Simona", "Giovanna", "Rossella", "Ilaria", "Elisa", "Serena", "Beatrice", "Cristina",
            "Lucia", "Donatella", "Antonella", "Daniela", "Monica", "Patrizia", "Caterina",
        ],
        "men": [
            "Marco", "Giuseppe", "Giovanni", "Antonio", "Francesco", "Luca", "Alessandro",
            "Andrea", "Matteo", "Lorenzo", "Stefano", "Paolo", "Roberto", "Davide", "Simone",
            "Fabio", "Massimo", "Riccardo", "Daniele", "Nicola", "Pietro", "Salvatore", "Vincenzo",
            "Claudio", "Maurizio", "Enrico", "Gianluca", "Tommaso", "Emanuele", "Filippo",
            "Niccolò",
        ],
        "family": [
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
            "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro",
            "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo",
            "Gentile", "Martinelli", "Vitale", "Cattaneo",
        ],
    },
    # Germany, Austria, Netherlands
    "germanic": {
        "women": [
            "Anna", "Katharina", "Julia", "Laura", "Lena", "Sarah", "Lisa", "Sabine", "Petra",
            "Claudia", "Andrea", "Susanne", "Birgit", "Ursula", "Monika", "Stefanie", "Christina",
            "Johanna", "Miriam", "Franziska", "Annika", "Marieke", "Sanne", "Femke", "Lotte",
            "Anouk", "Eva", "Hannah", "Greta", "Lieke",
        ],
        "men": [
            "Thomas", "Michael", "Andreas", "Stefan", "Markus", "Christian", "Tobias", "Jürgen",
            "Klaus", "Wolfgang", "Matthias", "Florian", "Sebastian", "Jan", "Lukas", "Felix",
            "Maximilian", "Jonas", "Niklas", "Bernd", "Uwe", "Daan", "Bram", "Sander", "Pieter",
            "Joost", "Ruud", "Wouter", "Georg", "Johannes",
        ],
        "family": [
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schulz", "Hoffmann", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
            "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Huber", "Gruber", "Pichler",
            "Steiner", "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
            "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        ],
    },
    # Sweden, Norway, Denmark, Finland, Iceland
    "nordic": {
        "women": [
            "Anna", "Emma", "Maja", "Ingrid", "Astrid", "Sigrid", "Kari", "Ingeborg", "Sofie",
            "Ida", "Freja", "Linnea", "Elin", "Karin", "Kristin", "Hanna", "Aino", "Liisa",
            "Sanna", "Katja", "Guðrún", "Helga", "Solveig", "Marit", "Birgitta", "Malin", "Tuula",
            "Päivi",
        ],
        "men": [
            "Erik", "Lars", "Anders", "Johan", "Nils", "Per", "Magnus", "Henrik", "Mikael",
            "Karl", "Sven", "Björn", "Jens", "Søren", "Rasmus", "Mads", "Ole", "Knut", "Håkon",
            "Eirik", "Sigurður", "Gunnar", "Mikko", "Juha", "Jari", "Antti", "Matti", "Timo",
        ],
        # Swedish "-sson" names are family names carried by women too; Icelandic patronymics
        # (-son / -dóttir) are left out because they depend on gender.
        "family": [
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
            "Persson", "Svensson", "Lindqvist", "Berg", "Lindberg", "Hansen", "Johansen", "Olsen",
            "Larsen", "Andersen", "Pedersen", "Nielsen", "Jensen", "Christensen", "Haugen",
            "Solberg", "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen",
            "Laine", "Blöndal", "Thoroddsen",
        ],
    },
    # United Kingdom, Ireland, United States, Jamaica, Trinidad and Tobago
    "anglophone_north": {
        "women": [
            "Sarah", "Emily", "Jessica", "Jennifer", "Elizabeth", "Rachel", "Laura", "Hannah",
            "Rebecca", "Katherine", "Olivia", "Charlotte", "Amy", "Megan", "Lauren", "Siobhán",
            "Aoife", "Niamh", "Ciara", "Emma", "Lucy", "Helen", "Margaret", "Susan", "Karen",
            "Michelle", "Ashley", "Fiona", "Grace", "Abigail",
        ],
        "men": [
            "James", "John", "Michael", "David", "Robert", "William", "Richard", "Thomas",
            "Daniel", "Matthew", "Andrew", "Christopher", "Joseph", "Mark", "Paul", "Steven",
            "Benjamin", "Samuel", "Patrick", "Sean", "Ciarán", "Liam", "Conor", "Oliver", "George",
            "Henry", "Jack", "Ryan", "Kevin", "Gareth",
        ],
        "family": [
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
            "Taylor", "Anderson", "Thomas", "Moore", "Jackson", "White", "Harris", "Clark",
            "Lewis", "Walker", "Hall", "Young", "Wright", "Evans", "Roberts", "Hughes", "Murphy",
            "Kelly", "O'Brien", "Byrne", "O'Sullivan", "Walsh", "MacDonald", "Campbell",
            "Stewart", "Thompson", "Robinson",
        ],
    },
    # Türkiye
    "turkish": {
        "women": [
            "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Merve", "Esra", "Büşra",
            "Özlem", "Derya", "Gül", "Gülay", "Sevgi", "Selin", "Ece", "Aslı", "Burcu", "Ebru",
            "Pınar", "Nur", "Şule", "Tuğba", "Yasemin", "Melike", "Ceren", "Dilek", "Songül",
            "Hülya", "İrem",
        ],
        "men": [
            "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre",
            "Burak", "Kemal", "Osman", "Yusuf", "Ömer", "Serkan", "Volkan", "Cem", "Can", "Barış",
            "Tolga", "Onur", "Oğuz", "Engin", "Selim", "Tarık", "Halil", "Erkan", "Kaan", "Uğur",
            "Furkan",
        ],
        "family": [
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
            "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt",
            "Özkan", "Şimşek", "Polat", "Korkmaz", "Karaca", "Erdem", "Güneş", "Aksoy", "Tekin",
            "Bulut", "Akın", "Ünal",
        ],
    },
    # Iran (Persian script)
    "persian": {
        "women": [
            "مریم", "زهرا", "فاطمه", "سارا", "نرگس", "لیلا", "مینا", "شیرین", "پریسا", "نازنین",
            "سمیرا", "آزاده", "الهام", "مهسا", "نسرین", "فرشته", "ساناز", "شیوا", "مهناز", "رویا",
            "نیلوفر", "ترانه", "بهاره", "یاسمن", "سپیده", "گلناز", "آتنا", "هانیه",
        ],
        "men": [
            "علی", "محمد", "حسین", "رضا", "مهدی", "امیر", "حمید", "سعید", "مجید", "مسعود", "بهرام",
            "داریوش", "کامران", "فرهاد", "بابک", "آرش", "کاوه", "پیمان", "رامین", "سینا", "امید",
            "حسن", "جواد", "مرتضی", "کیوان", "نیما", "پویا", "بهزاد",
        ],
        "family": [
            "محمدی", "حسینی", "احمدی", "رضایی", "موسوی", "کریمی", "رحیمی", "حیدری", "جعفری",
            "صادقی", "کاظمی", "قاسمی", "نوری", "هاشمی", "عباسی", "مرادی", "یوسفی", "اکبری", "امینی",
            "تهرانی", "شیرازی", "اصفهانی", "نجفی", "زمانی", "سلطانی", "کرمانی", "بهرامی", "طاهری",
            "ملکی",
        ],
    },
    # Haiti
    "haitian_caribbean": {
        "women": [
            "Marie", "Nadège", "Guerline", "Mirlande", "Fabienne", "Widline", "Rose-Marie",
            "Fabiola", "Darline", "Évelyne", "Guerda", "Nathalie", "Jocelyne", "Marjorie",
            "Roseline", "Mireille", "Edwige", "Ketly", "Islande", "Judith", "Rachelle",
            "Stéphanie", "Yolette", "Lourdes", "Carline", "Dieula", "Magalie",
        ],
        "men": [
            "Jean-Robert", "Jean-Claude", "Wilson", "Frantz", "Ricardo", "Wilner", "Jean-Baptiste",
            "Pierre-Richard", "Fritz", "Jacques", "Reginald", "Widler", "Dieudonné", "Lesly",
            "Ernst", "Gérald", "Joseph", "Emmanuel", "Roosevelt", "Jonas", "Evens", "Stanley",
            "Patrick", "Rony", "Ronald", "Louis", "Marc-Arthur",
        ],
        "family": [
            "Jean", "Pierre", "Joseph", "Louis", "Charles", "Jean-Baptiste", "Saint-Fleur",
            "Saint-Louis", "Augustin", "Désir", "Étienne", "Célestin", "Dorvil", "Exantus",
            "Fils-Aimé", "Jean-Louis", "Paul", "Michel", "Noël", "Toussaint", "Lafortune",
            "Estimé", "Bien-Aimé", "Destin", "Dorélien", "Mondésir", "Alexis", "Casséus",
        ],
    },
    # Hungary (family name first: Nagy Katalin)
    "hungarian": {
        "women": [
            "Anna", "Katalin", "Erzsébet", "Éva", "Zsuzsanna", "Mária", "Ildikó", "Krisztina",
            "Andrea", "Judit", "Ágnes", "Eszter", "Réka", "Dóra", "Nóra", "Boglárka", "Fanni",
            "Zsófia", "Lilla", "Viktória", "Tímea", "Gabriella", "Edit", "Orsolya", "Anikó",
            "Beáta", "Hajnalka", "Emese",
        ],
        "men": [
            "László", "István", "József", "János", "Zoltán", "Sándor", "Gábor", "Ferenc",
            "Attila", "Péter", "Tamás", "Zsolt", "Tibor", "András", "Csaba", "Balázs", "Gergely",
            "Dániel", "Ádám", "Bence", "Máté", "Levente", "Dávid", "Márton", "Bálint", "Miklós",
            "Imre", "Krisztián",
        ],
        "family": [
            "Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh",
            "Farkas", "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh",
            "Simon", "Rácz", "Fekete", "Szilágyi", "Török", "Fehér", "Balázs", "Gál", "Szűcs",
            "Kocsis", "Pintér", "Fodor",
        ],
    },
}

# Which pool each country's people are drawn from; at least 75 ISO 3166-1 alpha-2 codes.
# Canada goes to francophone_europe: Quebec is where most Canadian SSE practice is rooted.
COUNTRY_POOL: dict[str, str] = {
    # Francophone Africa
    "SN": "francophone_africa",  # Senegal
    "CI": "francophone_africa",  # Côte d'Ivoire
    "CM": "francophone_africa",  # Cameroon
    "BF": "francophone_africa",  # Burkina Faso
    "ML": "francophone_africa",  # Mali
    "BJ": "francophone_africa",  # Benin
    "CD": "francophone_africa",  # DR Congo
    "TG": "francophone_africa",  # Togo
    "NE": "francophone_africa",  # Niger
    "GN": "francophone_africa",  # Guinea
    "MG": "francophone_africa",  # Madagascar
    "BI": "francophone_africa",  # Burundi
    "GA": "francophone_africa",  # Gabon
    "TD": "francophone_africa",  # Chad
    # East Africa
    "KE": "anglophone_east_africa",  # Kenya
    "UG": "anglophone_east_africa",  # Uganda
    "TZ": "anglophone_east_africa",  # Tanzania
    "ET": "anglophone_east_africa",  # Ethiopia
    "RW": "anglophone_east_africa",  # Rwanda
    # Southern Africa
    "ZA": "southern_africa",  # South Africa
    "ZW": "southern_africa",  # Zimbabwe
    "ZM": "southern_africa",  # Zambia
    "MW": "southern_africa",  # Malawi
    "BW": "southern_africa",  # Botswana
    "NA": "southern_africa",  # Namibia
    "LS": "southern_africa",  # Lesotho
    "SZ": "southern_africa",  # Eswatini
    # Anglophone West Africa
    "NG": "west_africa_anglophone",  # Nigeria
    "GH": "west_africa_anglophone",  # Ghana
    "SL": "west_africa_anglophone",  # Sierra Leone
    "LR": "west_africa_anglophone",  # Liberia
    "GM": "west_africa_anglophone",  # Gambia
    # Lusophone Africa
    "MZ": "lusophone_africa",  # Mozambique
    "AO": "lusophone_africa",  # Angola
    "CV": "lusophone_africa",  # Cabo Verde
    "GW": "lusophone_africa",  # Guinea-Bissau
    "ST": "lusophone_africa",  # São Tomé and Príncipe
    # Maghreb
    "MA": "maghreb_arabic",  # Morocco
    "TN": "maghreb_arabic",  # Tunisia
    "DZ": "maghreb_arabic",  # Algeria
    "MR": "maghreb_arabic",  # Mauritania
    # Middle East
    "EG": "middle_east_arabic",  # Egypt
    "JO": "middle_east_arabic",  # Jordan
    "LB": "middle_east_arabic",  # Lebanon
    "PS": "middle_east_arabic",  # Palestine
    "IQ": "middle_east_arabic",  # Iraq
    "IR": "persian",  # Iran
    "TR": "turkish",  # Türkiye
    # Latin America and the Caribbean
    "MX": "hispanic_latin_america",  # Mexico
    "CO": "hispanic_latin_america",  # Colombia
    "AR": "hispanic_latin_america",  # Argentina
    "PE": "hispanic_latin_america",  # Peru
    "CL": "hispanic_latin_america",  # Chile
    "CR": "hispanic_latin_america",  # Costa Rica
    "EC": "hispanic_latin_america",  # Ecuador
    "BO": "hispanic_latin_america",  # Bolivia
    "GT": "hispanic_latin_america",  # Guatemala
    "UY": "hispanic_latin_america",  # Uruguay
    "PY": "hispanic_latin_america",  # Paraguay
    "HN": "hispanic_latin_america",  # Honduras
    "SV": "hispanic_latin_america",  # El Salvador
    "NI": "hispanic_latin_america",  # Nicaragua
    "DO": "hispanic_latin_america",  # Dominican Republic
    "CU": "hispanic_latin_america",  # Cuba
    "PA": "hispanic_latin_america",  # Panama
    "VE": "hispanic_latin_america",  # Venezuela
    "BR": "brazil_portuguese",  # Brazil
    "HT": "haitian_caribbean",  # Haiti
    "JM": "anglophone_north",  # Jamaica
    "TT": "anglophone_north",  # Trinidad and Tobago
    # Asia
    "KR": "korean",  # Republic of Korea
    "VN": "vietnamese",  # Viet Nam
    "CN": "chinese",  # China
    "JP": "japanese",  # Japan
    "IN": "south_asia",  # India
    "BD": "south_asia",  # Bangladesh
    "NP": "south_asia",  # Nepal
    "LK": "south_asia",  # Sri Lanka
    "PK": "south_asia",  # Pakistan
    "PH": "southeast_asia_latin",  # Philippines
    "ID": "southeast_asia_latin",  # Indonesia
    "MY": "southeast_asia_latin",  # Malaysia
    "TH": "southeast_asia_latin",  # Thailand
    "KH": "southeast_asia_latin",  # Cambodia
    # Cyrillic
    "RU": "russian_cyrillic",  # Russian Federation
    "UA": "russian_cyrillic",  # Ukraine
    "KZ": "russian_cyrillic",  # Kazakhstan
    "KG": "russian_cyrillic",  # Kyrgyzstan
    # Europe and North America
    "FR": "francophone_europe",  # France
    "BE": "francophone_europe",  # Belgium
    "LU": "francophone_europe",  # Luxembourg
    "CH": "francophone_europe",  # Switzerland
    "CA": "francophone_europe",  # Canada
    "ES": "spain",  # Spain
    "PT": "portugal",  # Portugal
    "IT": "italian",  # Italy
    "DE": "germanic",  # Germany
    "AT": "germanic",  # Austria
    "NL": "germanic",  # Netherlands
    "SE": "nordic",  # Sweden
    "NO": "nordic",  # Norway
    "DK": "nordic",  # Denmark
    "FI": "nordic",  # Finland
    "IS": "nordic",  # Iceland
    "GB": "anglophone_north",  # United Kingdom
    "IE": "anglophone_north",  # Ireland
    "US": "anglophone_north",  # United States
    "HU": "hungarian",  # Hungary
}

# Relative weight of each country in the demo audience (how many participants tend to come from there):
# the Academy's audience is about two thirds Global South (Africa, Latin America, Asia), one third Europe/North America.
# Same keys as COUNTRY_POOL, weights 1..10.
COUNTRY_WEIGHTS: dict[str, int] = {
    # Africa
    "SN": 5, "CI": 4, "CM": 4, "BF": 4, "ML": 3, "BJ": 4, "CD": 3, "TG": 3, "NE": 2, "GN": 2,
    "MG": 2, "BI": 1, "GA": 1, "TD": 1,
    "KE": 5, "UG": 4, "TZ": 4, "ET": 3, "RW": 3,
    "ZA": 5, "ZW": 3, "ZM": 3, "MW": 2, "BW": 2, "NA": 1, "LS": 1, "SZ": 1,
    "NG": 4, "GH": 4, "SL": 1, "LR": 1, "GM": 1,
    "MZ": 3, "AO": 2, "CV": 2, "GW": 1, "ST": 1,
    "MA": 4, "TN": 4, "DZ": 2, "MR": 1,
    # Middle East
    "EG": 3, "JO": 2, "LB": 2, "PS": 1, "IQ": 1, "IR": 1, "TR": 3,
    # Latin America and the Caribbean
    "MX": 4, "CO": 4, "AR": 4, "PE": 3, "CL": 3, "CR": 3, "EC": 3, "BO": 2, "GT": 2, "UY": 3,
    "PY": 1, "HN": 1, "SV": 1, "NI": 1, "DO": 2, "CU": 1, "PA": 1, "VE": 1,
    "BR": 7, "HT": 1, "JM": 1, "TT": 1,
    # Asia
    "KR": 3, "VN": 3, "CN": 3, "JP": 2,
    "IN": 5, "BD": 3, "NP": 2, "LK": 2, "PK": 2,
    "PH": 4, "ID": 4, "MY": 2, "TH": 2, "KH": 1,
    "KZ": 1, "KG": 1,
    # Europe and North America
    "RU": 1, "UA": 2,
    "FR": 9, "BE": 7, "LU": 2, "CH": 6, "CA": 5,
    "ES": 7, "PT": 5, "IT": 10,
    "DE": 8, "AT": 3, "NL": 6,
    "SE": 3, "NO": 2, "DK": 2, "FI": 3, "IS": 1,
    "GB": 7, "IE": 3, "US": 6, "HU": 2,
}

# How to write a full name in each pool, because order differs (Korean, Vietnamese, Chinese, Hungarian put the family name first):
FAMILY_NAME_FIRST: set[str] = {"korean", "vietnamese", "chinese", "japanese", "hungarian"}

# fmt: on

# Pools whose full names are written without a space between family and given name (김지영, 王芳, 佐藤陽子).
_WRITTEN_TOGETHER = {"korean", "chinese", "japanese"}


def family_names(pool: str, gender: str) -> list[str]:
    """Family names for a person of this gender ("women" or "men") in this pool."""
    names = POOLS[pool]
    return names["family"] if "family" in names else names[f"family_{gender}"]


def full_name(pool: str, given: str, family: str) -> str:
    """The full name as written in this pool: order and spacing."""
    if pool in FAMILY_NAME_FIRST:
        return f"{family}{'' if pool in _WRITTEN_TOGETHER else ' '}{given}"
    return f"{given} {family}"
