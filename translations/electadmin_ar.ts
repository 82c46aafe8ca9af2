<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Areas</name>
    <message>
        <source>Election</source>
        <translation>الانتخاب</translation>
    </message>
    <message>
        <source>The election&apos;s names, polling date, rules and phase.</source>
        <translation>اسم الانتخاب وموعد الاقتراع والقواعد والمرحلة.</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>الجغرافيا</translation>
    </message>
    <message>
        <source>Governorates, wilayats and their seats, polling centres and stations.</source>
        <translation>المحافظات والولايات ومقاعدها، ومراكز الاقتراع ولجانها.</translation>
    </message>
    <message>
        <source>Electoral roll</source>
        <translation>السجل الانتخابي</translation>
    </message>
    <message>
        <source>Importing and searching the voter lists, transfers, objections, duplicates and printed lists.</source>
        <translation>استيراد جداول الناخبين والبحث فيها، ونقل القيد، والاعتراضات، والتكرار، والقوائم المطبوعة.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>المترشحون</translation>
    </message>
    <message>
        <source>Applications, eligibility checks, decisions and appeals, ballot order and the official candidate lists.</source>
        <translation>طلبات الترشح، والتحقق من الشروط، والقرارات والتظلمات، وترتيب ورقة الاقتراع، والقوائم الرسمية للمرشحين.</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>الاقتراع</translation>
    </message>
    <message>
        <source>Checking voters in at the station, live turnout and closing the polls.</source>
        <translation>تسجيل حضور الناخبين في اللجنة، ونسبة المشاركة لحظة بلحظة، وإغلاق الاقتراع.</translation>
    </message>
    <message>
        <source>Count and results</source>
        <translation>الفرز والنتائج</translation>
    </message>
    <message>
        <source>Station count records, reconciliation, consolidation, winners and certification.</source>
        <translation>محاضر الفرز، ومطابقة الأوراق، والتجميع، والفائزون، واعتماد النتائج.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Official printed documents and exports.</source>
        <translation>المستندات الرسمية المطبوعة والتصدير.</translation>
    </message>
    <message>
        <source>Users and audit</source>
        <translation>المستخدمون وسجل التدقيق</translation>
    </message>
    <message>
        <source>The audit log of every change, its integrity check, and the users.</source>
        <translation>سجل التدقيق لكل تغيير، والتحقق من سلامته، والمستخدمون.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language and digits of this computer&apos;s interface.</source>
        <translation>لغة واجهة هذا الحاسوب وأرقامها.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>is missing or out of order</source>
        <translation>مفقود أو في غير ترتيبه</translation>
    </message>
    <message>
        <source>does not follow the entry before it</source>
        <translation>لا يتصل بالقيد الذي قبله</translation>
    </message>
    <message>
        <source>was changed after it was written</source>
        <translation>عُدِّل بعد كتابته</translation>
    </message>
    <message>
        <source>is missing at the end of the log</source>
        <translation>مفقود من آخر السجل</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Verify the audit log</source>
        <translation>&amp;تحقق من سجل التدقيق</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Object and change</source>
        <translation>العنصر والتغيير</translation>
    </message>
    <message>
        <source>Users, roles and sign-in are not built yet in this version; every change is recorded below under the name of the computer&apos;s user.</source>
        <translation>المستخدمون والأدوار وتسجيل الدخول لم تُبنَ بعد في هذا الإصدار؛ يُسجَّل كل تغيير أدناه باسم مستخدم الحاسوب.</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries, each chained to the one before it.</source>
        <translation>سجل التدقيق سليم: %1 قيدًا، كل قيد متصل بالذي قبله.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>New polling centre</source>
        <translation>مركز انتخابي جديد</translation>
    </message>
    <message>
        <source>Edit polling centre</source>
        <translation>تعديل المركز الانتخابي</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>&amp;Wilayat:</source>
        <translation>ال&amp;ولاية:</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>الاسم بال&amp;عربية:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>الاسم بالإن&amp;جليزية:</translation>
    </message>
    <message>
        <source>Centre &amp;for:</source>
        <translation>المركز &amp;مخصص لـ:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>S&amp;tations:</source>
        <translation>ال&amp;لجان:</translation>
    </message>
</context>
<context>
    <name>CountRecord</name>
    <message>
        <source>Registered voters, men</source>
        <translation>الناخبون المقيدون، رجال</translation>
    </message>
    <message>
        <source>Registered voters, women</source>
        <translation>الناخبون المقيدون، نساء</translation>
    </message>
    <message>
        <source>Registered voters, total</source>
        <translation>الناخبون المقيدون، المجموع</translation>
    </message>
    <message>
        <source>Voters who voted, men</source>
        <translation>المقترعون، رجال</translation>
    </message>
    <message>
        <source>Voters who voted, women</source>
        <translation>المقترعون، نساء</translation>
    </message>
    <message>
        <source>Voters who voted, total</source>
        <translation>المقترعون، المجموع</translation>
    </message>
    <message>
        <source>Ballots received</source>
        <translation>أوراق الاقتراع المستلمة</translation>
    </message>
    <message>
        <source>Ballots used</source>
        <translation>أوراق الاقتراع المستخدمة</translation>
    </message>
    <message>
        <source>Ballots spoiled</source>
        <translation>أوراق الاقتراع التالفة</translation>
    </message>
    <message>
        <source>Ballots unused</source>
        <translation>أوراق الاقتراع غير المستخدمة</translation>
    </message>
    <message>
        <source>Ballots found in the box</source>
        <translation>الأوراق الموجودة في الصندوق</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>الأوراق الصحيحة</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>الأوراق الباطلة</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>الأوراق البيضاء</translation>
    </message>
    <message>
        <source>Votes for the candidates</source>
        <translation>أصوات المرشحين</translation>
    </message>
    <message>
        <source>Votes for candidate {key}</source>
        <translation>أصوات المرشح {key}</translation>
    </message>
</context>
<context>
    <name>DefinitionForm</name>
    <message>
        <source>The election</source>
        <translation>الانتخاب</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>الاسم بال&amp;عربية:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>الاسم بالإن&amp;جليزية:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Polling date:</source>
        <translation>&amp;موعد الاقتراع:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <source>Rules set by law</source>
        <translation>القواعد التي يحددها القانون</translation>
    </message>
    <message>
        <source>Minimum &amp;voter age on polling day:</source>
        <translation>الحد الأدنى لسن ال&amp;ناخب يوم الاقتراع:</translation>
    </message>
    <message>
        <source>Minimum &amp;candidate age on polling day:</source>
        <translation>الحد الأدنى لسن ال&amp;مترشح يوم الاقتراع:</translation>
    </message>
    <message>
        <source>Votes per voter:</source>
        <translation>عدد الأصوات لكل ناخب:</translation>
    </message>
    <message>
        <source>Transfer of registration</source>
        <translation>نقل القيد</translation>
    </message>
    <message>
        <source>Objections to the roll</source>
        <translation>الاعتراض على الجداول</translation>
    </message>
    <message>
        <source>Candidacy applications</source>
        <translation>طلبات الترشح</translation>
    </message>
    <message>
        <source>Candidates&apos; appeals</source>
        <translation>تظلمات المترشحين</translation>
    </message>
    <message>
        <source>%1 (from – to):</source>
        <translation>%1 (من – إلى):</translation>
    </message>
</context>
<context>
    <name>ElectionPage</name>
    <message>
        <source>&amp;Save the definition</source>
        <translation>&amp;حفظ بيانات الانتخاب</translation>
    </message>
    <message>
        <source>Election definition</source>
        <translation>بيانات الانتخاب</translation>
    </message>
    <message>
        <source>This is a DEMO election: its data is generated and names no real person.</source>
        <translation>هذا انتخاب تجريبي: بياناته مولَّدة ولا تسمّي أي شخص حقيقي.</translation>
    </message>
    <message>
        <source>Phase: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>المرحلة: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Back to “%1”</source>
        <translation>العودة إلى «%1»</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>فتح مرحلة «%1»</translation>
    </message>
    <message>
        <source>Move the election from “%1” to “%2”?</source>
        <translation>نقل الانتخاب من مرحلة «%1» إلى مرحلة «%2»؟</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>تغيير المرحلة</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Voting age</source>
        <translation>سن الانتخاب</translation>
    </message>
    <message>
        <source>Candidate age</source>
        <translation>سن الترشح</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>المؤهل الدراسي</translation>
    </message>
    <message>
        <source>Registered voter in the wilayat</source>
        <translation>مقيد ناخبًا في الولاية</translation>
    </message>
    <message>
        <source>Applies in one constituency only</source>
        <translation>يترشح في دائرة واحدة فقط</translation>
    </message>
    <message>
        <source>Not already a candidate</source>
        <translation>ليس مرشحًا من قبل</translation>
    </message>
    <message>
        <source>{age} years old on polling day; voters must be at least {minimum}.</source>
        <translation>العمر يوم الاقتراع {age} سنة؛ والحد الأدنى لسن الناخب {minimum}.</translation>
    </message>
    <message>
        <source>Only {age} years old on polling day; voters must be at least {minimum}.</source>
        <translation>العمر يوم الاقتراع {age} سنة فقط؛ والحد الأدنى لسن الناخب {minimum}.</translation>
    </message>
    <message>
        <source>No birth date: the voting age could not be checked.</source>
        <translation>لا يوجد تاريخ ميلاد: تعذّر التحقق من سن الانتخاب.</translation>
    </message>
    <message>
        <source>{age} years old on polling day; candidates must be at least {minimum}.</source>
        <translation>العمر يوم الاقتراع {age} سنة؛ والحد الأدنى لسن المترشح {minimum}.</translation>
    </message>
    <message>
        <source>Only {age} years old on polling day; candidates must be at least {minimum}.</source>
        <translation>العمر يوم الاقتراع {age} سنة فقط؛ والحد الأدنى لسن المترشح {minimum}.</translation>
    </message>
    <message>
        <source>No birth date: the candidate&apos;s age could not be checked.</source>
        <translation>لا يوجد تاريخ ميلاد: تعذّر التحقق من سن المترشح.</translation>
    </message>
    <message>
        <source>Education “{level}” meets the required “{required}”.</source>
        <translation>المؤهل «{level}» يستوفي المطلوب «{required}».</translation>
    </message>
    <message>
        <source>Education “{level}” is below the required “{required}”.</source>
        <translation>المؤهل «{level}» أدنى من المطلوب «{required}».</translation>
    </message>
    <message>
        <source>Education not given: “{required}” is required.</source>
        <translation>لم يُذكر المؤهل: المطلوب «{required}».</translation>
    </message>
    <message>
        <source>On the electoral roll of the wilayat.</source>
        <translation>مقيد في الجدول الانتخابي للولاية.</translation>
    </message>
    <message>
        <source>Not on the electoral roll of the wilayat.</source>
        <translation>غير مقيد في الجدول الانتخابي للولاية.</translation>
    </message>
    <message>
        <source>No electoral roll is loaded for the wilayat: registration could not be checked.</source>
        <translation>لم يُحمَّل الجدول الانتخابي للولاية: تعذّر التحقق من القيد.</translation>
    </message>
    <message>
        <source>No application in another constituency.</source>
        <translation>لا يوجد طلب ترشح في دائرة أخرى.</translation>
    </message>
    <message>
        <source>Also applying in: {constituencies}.</source>
        <translation>يترشح أيضًا في: {constituencies}.</translation>
    </message>
    <message>
        <source>Not a candidate in this election yet.</source>
        <translation>ليس مرشحًا في هذا الانتخاب بعد.</translation>
    </message>
    <message>
        <source>Already a candidate in {constituency}.</source>
        <translation>مرشح بالفعل في {constituency}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The election file {path} does not exist.</source>
        <translation>ملف الانتخاب {path} غير موجود.</translation>
    </message>
    <message>
        <source>{path} is not an electadmin election file.</source>
        <translation>الملف {path} ليس ملف انتخاب لهذا البرنامج.</translation>
    </message>
    <message>
        <source>This election file was written by a newer version of electadmin (schema {revision}).</source>
        <translation>كُتب ملف الانتخاب هذا بإصدار أحدث من البرنامج (المخطط {revision}).</translation>
    </message>
    <message>
        <source>The election file is busy in another window or program; try again in a moment.</source>
        <translation>ملف الانتخاب مشغول في نافذة أو برنامج آخر؛ حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>The election file is damaged: {detail}</source>
        <translation>ملف الانتخاب تالف: {detail}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {detail}</source>
        <translation>تعذّرت قراءة الملف {path}: {detail}</translation>
    </message>
    <message>
        <source>The file {path} is not a spreadsheet this program reads (XLSX or CSV).</source>
        <translation>الملف {path} ليس جدول بيانات يقرؤه هذا البرنامج (XLSX أو CSV).</translation>
    </message>
    <message>
        <source>The file {path} has no rows.</source>
        <translation>الملف {path} لا يحتوي على صفوف.</translation>
    </message>
    <message>
        <source>The file has no column for “{column}”.</source>
        <translation>لا يحتوي الملف على عمود «{column}».</translation>
    </message>
    <message>
        <source>The file was rejected: {count} rows have errors. Nothing was imported.</source>
        <translation>رُفض الملف: في {count} صفًا أخطاء. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>حقل «{field}» مطلوب.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not “{value}”.</source>
        <translation>يجب أن يكون «{field}» عددًا صحيحًا، لا «{value}».</translation>
    </message>
    <message>
        <source>{field} must be between {minimum} and {maximum}, not {value}.</source>
        <translation>يجب أن يكون «{field}» بين {minimum} و{maximum}، لا {value}.</translation>
    </message>
    <message>
        <source>{field} is not a valid date: “{value}”.</source>
        <translation>«{field}» ليس تاريخًا صحيحًا: «{value}».</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}, not “{value}”.</source>
        <translation>يجب أن يكون «{field}» أحد الخيارات {choices}، لا «{value}».</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a valid code (letters, digits and hyphens, up to 20).</source>
        <translation>«{field}» «{value}» ليس رمزًا صحيحًا (حروف وأرقام وشرطات، حتى 20).</translation>
    </message>
    <message>
        <source>{field} is longer than {maximum} characters.</source>
        <translation>«{field}» أطول من {maximum} حرفًا.</translation>
    </message>
    <message>
        <source>{field} must be written in Arabic letters.</source>
        <translation>يجب أن يُكتب «{field}» بحروف عربية.</translation>
    </message>
    <message>
        <source>This file holds no election definition yet.</source>
        <translation>لا يحتوي هذا الملف على بيانات انتخاب بعد.</translation>
    </message>
    <message>
        <source>This file already holds an election.</source>
        <translation>يحتوي هذا الملف على انتخاب بالفعل.</translation>
    </message>
    <message>
        <source>“{value}” is not a known time zone.</source>
        <translation>«{value}» ليست منطقة زمنية معروفة.</translation>
    </message>
    <message>
        <source>The {window} must start on or before its last day ({start} – {end}).</source>
        <translation>يجب أن تبدأ {window} في آخر يوم منها أو قبله ({start} – {end}).</translation>
    </message>
    <message>
        <source>The election cannot move from the phase “{current}” to “{target}”.</source>
        <translation>لا يمكن نقل الانتخاب من مرحلة «{current}» إلى مرحلة «{target}».</translation>
    </message>
    <message>
        <source>This cannot be done in the phase “{current}”; it needs the phase “{required}”.</source>
        <translation>لا يمكن القيام بهذا في مرحلة «{current}»؛ فهو يتطلب مرحلة «{required}».</translation>
    </message>
    <message>
        <source>The election is in the phase “{current}”: {what} can no longer be changed.</source>
        <translation>الانتخاب في مرحلة «{current}»: لم يعد ممكنًا تغيير {what}.</translation>
    </message>
    <message>
        <source>The code {code} is already used by {kind}.</source>
        <translation>الرمز {code} مستخدم بالفعل لـ{kind}.</translation>
    </message>
    <message>
        <source>There is no governorate “{value}”.</source>
        <translation>لا توجد محافظة «{value}».</translation>
    </message>
    <message>
        <source>There is no wilayat “{value}”.</source>
        <translation>لا توجد ولاية «{value}».</translation>
    </message>
    <message>
        <source>There is no polling centre “{value}”.</source>
        <translation>لا يوجد مركز اقتراع «{value}».</translation>
    </message>
    <message>
        <source>A wilayat has at least one seat, not {value}.</source>
        <translation>للولاية مقعد واحد على الأقل، لا {value}.</translation>
    </message>
    <message>
        <source>A polling centre has between 1 and {maximum} stations, not {value}.</source>
        <translation>لمركز الاقتراع من 1 إلى {maximum} لجنة، لا {value}.</translation>
    </message>
    <message>
        <source>The spelling “{alias}” already names the wilayat {wilayat}.</source>
        <translation>التهجئة «{alias}» اسم للولاية {wilayat} بالفعل.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {count} records refer to it.</source>
        <translation>لا يمكن حذف {name}: تشير إليه {count} من السجلات.</translation>
    </message>
    <message>
        <source>The reference geography can only be loaded into an election without wilayats.</source>
        <translation>لا تُحمَّل الجغرافيا المرجعية إلا في انتخاب لا ولايات فيه.</translation>
    </message>
    <message>
        <source>This row describes {code} differently from row {first_row}.</source>
        <translation>يصف هذا الصف {code} على نحو يخالف الصف {first_row}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>أُلغيت العملية؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The audit log is not intact: entry {sequence} {problem}.</source>
        <translation>سجل التدقيق غير سليم: القيد {sequence} {problem}.</translation>
    </message>
    <message>
        <source>The file {path} has no sheet named “{sheet}”.</source>
        <translation>لا توجد في الملف {path} ورقة باسم «{sheet}».</translation>
    </message>
    <message>
        <source>The file {path} is damaged at row {row}: {detail}</source>
        <translation>الملف {path} تالف عند الصف {row}: {detail}</translation>
    </message>
    <message>
        <source>Several columns of the file could be “{column}”: {headers}. Choose one.</source>
        <translation>أكثر من عمود في الملف قد يكون «{column}»: {headers}. اختر واحدًا.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {detail}</source>
        <translation>تعذّرت كتابة الملف {path}: {detail}</translation>
    </message>
    <message>
        <source>The file {path} cannot hold more than {maximum} rows; export to CSV instead.</source>
        <translation>لا يتسع الملف {path} لأكثر من {maximum} صف؛ صدّر بصيغة CSV بدلًا منه.</translation>
    </message>
    <message>
        <source>{field} must be at least {minimum}, not {value}.</source>
        <translation>يجب ألا يقل «{field}» عن {minimum}، لا {value}.</translation>
    </message>
    <message>
        <source>{field} must be at most {maximum}, not {value}.</source>
        <translation>يجب ألا يزيد «{field}» على {maximum}، لا {value}.</translation>
    </message>
    <message>
        <source>{field} “{value}” has a two-digit year; write the year with four digits.</source>
        <translation>في «{field}» «{value}» سنة من رقمين؛ اكتب السنة بأربعة أرقام.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a telephone number.</source>
        <translation>«{field}» «{value}» ليس رقم هاتف.</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a civil number ({minimum} to {maximum} digits).</source>
        <translation>«{field}» «{value}» ليس رقمًا مدنيًا (من {minimum} إلى {maximum} أرقام).</translation>
    </message>
    <message>
        <source>{field} “{value}” appears twice: it is already on row {first_row}.</source>
        <translation>«{field}» «{value}» مكرر: ورد من قبل في الصف {first_row}.</translation>
    </message>
    <message>
        <source>The drawn order must name each tied candidate ({candidates}) exactly once; missing: {missing}; not tied: {unexpected}; repeated: {repeated}.</source>
        <translation>يجب أن يذكر ترتيب القرعة كل مرشح متعادل ({candidates}) مرة واحدة بالضبط؛ الناقص: {missing}؛ غير المتعادل: {unexpected}؛ المكرر: {repeated}.</translation>
    </message>
    <message>
        <source>A draw needs at least one witness.</source>
        <translation>تحتاج القرعة إلى شاهد واحد على الأقل.</translation>
    </message>
    <message>
        <source>Say who made the draw.</source>
        <translation>اذكر من أجرى القرعة.</translation>
    </message>
    <message>
        <source>The seed of the draw is empty.</source>
        <translation>بذرة القرعة فارغة.</translation>
    </message>
    <message>
        <source>The recorded order {recorded} is not the one the seed “{seed}” gives ({expected}).</source>
        <translation>الترتيب المسجل {recorded} ليس الترتيب الذي تعطيه البذرة «{seed}» ({expected}).</translation>
    </message>
    <message>
        <source>The draw was made between {drawn}, but the tie is now between {tied}: a new draw is needed.</source>
        <translation>أُجريت القرعة بين {drawn}، لكن التعادل الآن بين {tied}: يلزم إجراء قرعة جديدة.</translation>
    </message>
    <message>
        <source>There is no application “{value}”.</source>
        <translation>لا يوجد طلب ترشح «{value}».</translation>
    </message>
    <message>
        <source>The civil number {civil_number} already has an application in this wilayat ({code}).</source>
        <translation>للرقم المدني {civil_number} طلب ترشح قائم في هذه الولاية ({code}).</translation>
    </message>
    <message>
        <source>The application {code} is “{status}”: it cannot be {action}.</source>
        <translation>حالة الطلب {code} «{status}»: لا يمكن {action}.</translation>
    </message>
    <message>
        <source>The application {code} fails these checks: {checks}. Reject it, or accept it on appeal.</source>
        <translation>الطلب {code} لا يستوفي الشروط التالية: {checks}. ارفضه، أو اقبله عند قبول التظلم.</translation>
    </message>
    <message>
        <source>Choose at least one reason for the rejection.</source>
        <translation>اختر سببًا واحدًا على الأقل للرفض.</translation>
    </message>
    <message>
        <source>Write the reason in the note when “other reason” is chosen.</source>
        <translation>اكتب السبب في الملاحظة عند اختيار «سبب آخر».</translation>
    </message>
    <message>
        <source>{day} is outside the {window} ({start} – {end}).</source>
        <translation>التاريخ {day} خارج {window} ({start} – {end}).</translation>
    </message>
    <message>
        <source>The election has no {window} yet: set it in the election&apos;s rules first.</source>
        <translation>لم تُحدَّد {window} للانتخابات بعد: حدِّدها أولًا في قواعد الانتخابات.</translation>
    </message>
    <message>
        <source>The election has no polling date yet: candidates&apos; ages are counted on polling day, so set it first.</source>
        <translation>لم يُحدَّد يوم الاقتراع بعد: تُحسب أعمار المترشحين في يوم الاقتراع، فحدِّده أولًا.</translation>
    </message>
    <message>
        <source>The rejection of {code} has already been appealed ({state}).</source>
        <translation>سبق التظلم من رفض الطلب {code} ({state}).</translation>
    </message>
    <message>
        <source>There is no pending appeal for {code}.</source>
        <translation>لا يوجد تظلم قيد النظر للطلب {code}.</translation>
    </message>
    <message>
        <source>The wilayat {wilayat} still has undecided applications ({count}): decide them before fixing the ballot order.</source>
        <translation>في ولاية {wilayat} طلبات لم يُبتّ فيها بعد ({count}): ابتَّ فيها قبل تثبيت ترتيب ورقة الاقتراع.</translation>
    </message>
    <message>
        <source>The wilayat {wilayat} has no accepted candidate.</source>
        <translation>لا يوجد مرشح مقبول في ولاية {wilayat}.</translation>
    </message>
    <message>
        <source>The photo is not a JPEG or PNG image of at most {maximum} KB.</source>
        <translation>الصورة ليست ملف JPEG أو PNG لا يتجاوز حجمه {maximum} كيلوبايت.</translation>
    </message>
    <message>
        <source>The civil number {civil_number} is not on the electoral roll.</source>
        <translation>الرقم المدني {civil_number} غير مقيد في جداول الناخبين.</translation>
    </message>
    <message>
        <source>The voter {civil_number} has been removed from the electoral roll.</source>
        <translation>الناخب {civil_number} محذوف من جداول الناخبين.</translation>
    </message>
    <message>
        <source>Not eligible: {age} years old on polling day; voters must be at least {minimum}.</source>
        <translation>غير مؤهل للتصويت: عمره {age} سنة يوم الاقتراع، والحد الأدنى لسن الناخب {minimum} سنة.</translation>
    </message>
    <message>
        <source>Registered at another polling centre: {centre} ({code}).</source>
        <translation>مقيد في مركز اقتراع آخر: {centre} ({code}).</translation>
    </message>
    <message>
        <source>Already voted: at station {station} ({centre}) at {when}.</source>
        <translation>سبق له التصويت: في المحطة {station} ({centre}) بتاريخ {when}.</translation>
    </message>
    <message>
        <source>The voter {civil_number} has no check-in to undo.</source>
        <translation>لا يوجد تسجيل حضور للناخب {civil_number} لإلغائه.</translation>
    </message>
    <message>
        <source>Write the reason for undoing the check-in.</source>
        <translation>اكتب سبب إلغاء تسجيل الحضور.</translation>
    </message>
    <message>
        <source>There is no polling station “{value}”.</source>
        <translation>لا توجد محطة اقتراع «{value}».</translation>
    </message>
    <message>
        <source>This computer is not assigned to a polling station yet: choose the station first.</source>
        <translation>لم يُخصَّص هذا الحاسوب لمحطة اقتراع بعد: اختر المحطة أولًا.</translation>
    </message>
    <message>
        <source>The polls of station {station} were closed at {when}: no more check-ins there.</source>
        <translation>أُغلق الاقتراع في المحطة {station} بتاريخ {when}: لا يُقبل فيها تسجيل حضور بعد ذلك.</translation>
    </message>
    <message>
        <source>The election has no polling date: voters&apos; ages cannot be checked.</source>
        <translation>لم يُحدَّد يوم الاقتراع لهذه الانتخابات: لا يمكن التحقق من أعمار الناخبين.</translation>
    </message>
    <message>
        <source>The check-in package {path} is damaged or not a check-in package: {detail}. Nothing was merged.</source>
        <translation>حزمة تسجيل الحضور {path} تالفة أو ليست حزمة تسجيل حضور: {detail}. لم يُدمج شيء.</translation>
    </message>
    <message>
        <source>The check-in package {path} belongs to another election. Nothing was merged.</source>
        <translation>حزمة تسجيل الحضور {path} تخص انتخابات أخرى. لم يُدمج شيء.</translation>
    </message>
    <message>
        <source>The check-in package {path} holds an event {machine}/{sequence} that differs from the one already recorded under that number (a copied election file or a forged package). Nothing was merged.</source>
        <translation>حزمة تسجيل الحضور {path} تحوي حدثًا {machine}/{sequence} يختلف عن الحدث المسجل سابقًا بالرقم نفسه (ملف انتخابات منسوخ أو حزمة مزوّرة). لم يُدمج شيء.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>مجلده غير موجود</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>إنه مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>access was refused (the file may be open in another program)</source>
        <translation>رُفض الوصول (ربما الملف مفتوح في برنامج آخر)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the system reported an error</source>
        <translation>أبلغ النظام عن خطأ</translation>
    </message>
    <message>
        <source>it is damaged or incomplete</source>
        <translation>الملف تالف أو ناقص</translation>
    </message>
    <message>
        <source>it is protected by a password; save it without one</source>
        <translation>الملف محمي بكلمة مرور؛ احفظه دونها</translation>
    </message>
    <message>
        <source>its text is in an encoding this program does not know</source>
        <translation>نصه بترميز لا يعرفه هذا البرنامج</translation>
    </message>
    <message>
        <source>its quotation marks do not pair up</source>
        <translation>علامات التنصيص فيه غير متطابقة</translation>
    </message>
    <message>
        <source>a cell is too long</source>
        <translation>إحدى الخلايا طويلة جدًا</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Election created</source>
        <translation>إنشاء الانتخاب</translation>
    </message>
    <message>
        <source>Election definition changed</source>
        <translation>تعديل بيانات الانتخاب</translation>
    </message>
    <message>
        <source>Election phase changed</source>
        <translation>تغيير مرحلة الانتخاب</translation>
    </message>
    <message>
        <source>Election file upgraded</source>
        <translation>ترقية ملف الانتخاب</translation>
    </message>
    <message>
        <source>Governorate added</source>
        <translation>إضافة محافظة</translation>
    </message>
    <message>
        <source>Governorate changed</source>
        <translation>تعديل محافظة</translation>
    </message>
    <message>
        <source>Governorate deleted</source>
        <translation>حذف محافظة</translation>
    </message>
    <message>
        <source>Wilayat added</source>
        <translation>إضافة ولاية</translation>
    </message>
    <message>
        <source>Wilayat changed</source>
        <translation>تعديل ولاية</translation>
    </message>
    <message>
        <source>Wilayat deleted</source>
        <translation>حذف ولاية</translation>
    </message>
    <message>
        <source>Polling centre added</source>
        <translation>إضافة مركز اقتراع</translation>
    </message>
    <message>
        <source>Polling centre changed</source>
        <translation>تعديل مركز اقتراع</translation>
    </message>
    <message>
        <source>Polling centre deleted</source>
        <translation>حذف مركز اقتراع</translation>
    </message>
    <message>
        <source>Geography imported</source>
        <translation>استيراد الجغرافيا</translation>
    </message>
    <message>
        <source>Geography exported</source>
        <translation>تصدير الجغرافيا</translation>
    </message>
    <message>
        <source>Demo election generated</source>
        <translation>توليد الانتخاب التجريبي</translation>
    </message>
    <message>
        <source>Candidacy application registered</source>
        <translation>تسجيل طلب ترشح</translation>
    </message>
    <message>
        <source>Candidacy application corrected</source>
        <translation>تصحيح طلب ترشح</translation>
    </message>
    <message>
        <source>Application accepted</source>
        <translation>قبول طلب ترشح</translation>
    </message>
    <message>
        <source>Application rejected</source>
        <translation>رفض طلب ترشح</translation>
    </message>
    <message>
        <source>Candidacy withdrawn</source>
        <translation>انسحاب من الترشح</translation>
    </message>
    <message>
        <source>Appeal against a rejection lodged</source>
        <translation>تقديم تظلم من رفض</translation>
    </message>
    <message>
        <source>Appeal decided</source>
        <translation>البت في تظلم</translation>
    </message>
    <message>
        <source>Applications imported</source>
        <translation>استيراد طلبات الترشح</translation>
    </message>
    <message>
        <source>Candidate list exported</source>
        <translation>تصدير قائمة المرشحين</translation>
    </message>
    <message>
        <source>Ballot order fixed</source>
        <translation>تثبيت ترتيب ورقة الاقتراع</translation>
    </message>
    <message>
        <source>Ballot order cancelled</source>
        <translation>إلغاء ترتيب ورقة الاقتراع</translation>
    </message>
    <message>
        <source>Candidacy requirements changed</source>
        <translation>تعديل شروط الترشح</translation>
    </message>
    <message>
        <source>Voter checked in</source>
        <translation>تسجيل حضور ناخب</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>إلغاء تسجيل حضور</translation>
    </message>
    <message>
        <source>Computer assigned to a polling station</source>
        <translation>تخصيص الحاسوب لمحطة اقتراع</translation>
    </message>
    <message>
        <source>Polls closed at a station</source>
        <translation>إغلاق الاقتراع في محطة</translation>
    </message>
    <message>
        <source>Check-in events exported</source>
        <translation>تصدير أحداث تسجيل الحضور</translation>
    </message>
    <message>
        <source>Stations&apos; check-in events merged</source>
        <translation>دمج أحداث تسجيل الحضور من المحطات</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Polling date</source>
        <translation>موعد الاقتراع</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Minimum voter age</source>
        <translation>الحد الأدنى لسن الناخب</translation>
    </message>
    <message>
        <source>Minimum candidate age</source>
        <translation>الحد الأدنى لسن المترشح</translation>
    </message>
    <message>
        <source>Votes per voter</source>
        <translation>عدد الأصوات لكل ناخب</translation>
    </message>
    <message>
        <source>transfer-of-registration window</source>
        <translation>فترة نقل القيد</translation>
    </message>
    <message>
        <source>objection window</source>
        <translation>فترة الاعتراض</translation>
    </message>
    <message>
        <source>Application code</source>
        <translation>رمز الطلب</translation>
    </message>
    <message>
        <source>Civil number</source>
        <translation>الرقم المدني</translation>
    </message>
    <message>
        <source>Full name in Arabic</source>
        <translation>الاسم الكامل بالعربية</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>الاسم بالأحرف اللاتينية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>المؤهل العلمي</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>تاريخ تقديم الطلب</translation>
    </message>
    <message>
        <source>Ballot number</source>
        <translation>رقم المرشح</translation>
    </message>
    <message>
        <source>candidacy window</source>
        <translation>فترة الترشح</translation>
    </message>
    <message>
        <source>appeal window</source>
        <translation>فترة التظلم</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <source>Governorate code</source>
        <translation>رمز المحافظة</translation>
    </message>
    <message>
        <source>Governorate (Arabic)</source>
        <translation>المحافظة (بالعربية)</translation>
    </message>
    <message>
        <source>Governorate (English)</source>
        <translation>المحافظة (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Wilayat</source>
        <translation>الولاية</translation>
    </message>
    <message>
        <source>Wilayat code</source>
        <translation>رمز الولاية</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>تهجئات أخرى</translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation>رمز المركز</translation>
    </message>
    <message>
        <source>Centre for</source>
        <translation>المركز مخصص لـ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>اللجان</translation>
    </message>
    <message>
        <source>Centre (Arabic)</source>
        <translation>المركز (بالعربية)</translation>
    </message>
    <message>
        <source>Centre (English)</source>
        <translation>المركز (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Wilayat name</source>
        <translation>اسم الولاية</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>التظلم</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>All constituencies</source>
        <translation>جميع الدوائر الانتخابية</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>المرشحون</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>التقسيم الجغرافي</translation>
    </message>
</context>
<context>
    <name>FindVoterDialog</name>
    <message>
        <source>Find a voter by name</source>
        <translation>البحث عن ناخب بالاسم</translation>
    </message>
    <message>
        <source>Part of the name, e.g. احمد الكمزاري</source>
        <translation>جزء من الاسم، مثل: احمد الكمزاري</translation>
    </message>
    <message>
        <source>No voter found.</source>
        <translation>لم يُعثر على ناخب.</translation>
    </message>
</context>
<context>
    <name>GeographyPage</name>
    <message>
        <source>Centres</source>
        <translation>المراكز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Load Oman 2023 reference geography…</source>
        <translation>&amp;تحميل التقسيم المرجعي لسلطنة عُمان 2023…</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>ا&amp;ستيراد من ملف…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>&amp;Governorate:</source>
        <translation>ال&amp;محافظة:</translation>
    </message>
    <message>
        <source>&amp;New governorate…</source>
        <translation>محافظة &amp;جديدة…</translation>
    </message>
    <message>
        <source>C&amp;hange governorate…</source>
        <translation>&amp;تعديل المحافظة…</translation>
    </message>
    <message>
        <source>Delete g&amp;overnorate</source>
        <translation>&amp;حذف المحافظة</translation>
    </message>
    <message>
        <source>Name, other spelling or code</source>
        <translation>الاسم أو تهجئة أخرى أو الرمز</translation>
    </message>
    <message>
        <source>&amp;Search wilayats:</source>
        <translation>&amp;بحث في الولايات:</translation>
    </message>
    <message>
        <source>&amp;Add wilayat…</source>
        <translation>&amp;إضافة ولاية…</translation>
    </message>
    <message>
        <source>&amp;Edit wilayat…</source>
        <translation>&amp;تعديل الولاية…</translation>
    </message>
    <message>
        <source>&amp;Delete wilayat</source>
        <translation>&amp;حذف الولاية</translation>
    </message>
    <message>
        <source>Add &amp;polling centre…</source>
        <translation>إضافة &amp;مركز انتخابي…</translation>
    </message>
    <message>
        <source>Edi&amp;t centre…</source>
        <translation>ت&amp;عديل المركز…</translation>
    </message>
    <message>
        <source>Delete cent&amp;re</source>
        <translation>ح&amp;ذف المركز</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Wilayats</source>
        <translation>الولايات</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>التقسيم الجغرافي</translation>
    </message>
    <message>
        <source>All governorates</source>
        <translation>كل المحافظات</translation>
    </message>
    <message>
        <source>Governorates: %1 · Wilayats: %2 · Seats: %3 · Polling centres: %4 · Stations: %5</source>
        <translation>المحافظات: %1 · الولايات: %2 · المقاعد: %3 · المراكز الانتخابية: %4 · اللجان: %5</translation>
    </message>
    <message>
        <source>Wilayats shown: %1 of %2</source>
        <translation>الولايات المعروضة: %1 من %2</translation>
    </message>
    <message>
        <source>Polling centres</source>
        <translation>المراكز الانتخابية</translation>
    </message>
    <message>
        <source>Delete the polling centre “%1” (%2) with its stations (%3)?</source>
        <translation>حذف المركز الانتخابي «%1» (%2) مع لجانه (%3)؟</translation>
    </message>
    <message>
        <source>The geography was written to %1 (rows: %2).</source>
        <translation>كُتب التقسيم الجغرافي في %1 (عدد الصفوف: %2).</translation>
    </message>
    <message>
        <source>Polling centres of the wilayat %1</source>
        <translation>المراكز الانتخابية في ولاية %1</translation>
    </message>
    <message>
        <source>Delete the governorate “%1” (%2)?</source>
        <translation>حذف المحافظة «%1» (%2)؟</translation>
    </message>
    <message>
        <source>Delete governorate</source>
        <translation>حذف المحافظة</translation>
    </message>
    <message>
        <source>Delete the wilayat “%1” (%2)?</source>
        <translation>حذف الولاية «%1» (%2)؟</translation>
    </message>
    <message>
        <source>Delete wilayat</source>
        <translation>حذف الولاية</translation>
    </message>
    <message>
        <source>Delete polling centre</source>
        <translation>حذف المركز الانتخابي</translation>
    </message>
    <message>
        <source>Load Oman&apos;s reference geography of 2023 (governorates: %1, wilayats: %2, Shura Council seats: %3)? Polling centres are added afterwards.</source>
        <translation>تحميل التقسيم الجغرافي المرجعي لسلطنة عُمان لعام 2023 (المحافظات: %1، الولايات: %2، مقاعد مجلس الشورى: %3)؟ تُضاف المراكز الانتخابية بعد ذلك.</translation>
    </message>
    <message>
        <source>Load the reference geography</source>
        <translation>تحميل التقسيم المرجعي</translation>
    </message>
    <message>
        <source>Import the geography</source>
        <translation>استيراد التقسيم الجغرافي</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>جداول البيانات (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Importing the geography</source>
        <translation>جارٍ استيراد التقسيم الجغرافي</translation>
    </message>
    <message>
        <source>The file matches the geography already: nothing was changed.</source>
        <translation>الملف مطابق للتقسيم الجغرافي الحالي: لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The geography was imported.</source>
        <translation>استُورد التقسيم الجغرافي.</translation>
    </message>
    <message>
        <source>Governorates: %1 created, %2 updated, %3 unchanged</source>
        <translation>المحافظات: أُنشئ %1، وحُدّث %2، ولم يتغير %3</translation>
    </message>
    <message>
        <source>Wilayats: %1 created, %2 updated, %3 unchanged</source>
        <translation>الولايات: أُنشئ %1، وحُدّث %2، ولم يتغير %3</translation>
    </message>
    <message>
        <source>Polling centres: %1 created, %2 updated, %3 unchanged</source>
        <translation>المراكز الانتخابية: أُنشئ %1، وحُدّث %2، ولم يتغير %3</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the geography</source>
        <translation>تصدير التقسيم الجغرافي</translation>
    </message>
    <message>
        <source>Exporting the geography</source>
        <translation>جارٍ تصدير التقسيم الجغرافي</translation>
    </message>
</context>
<context>
    <name>GovernorateDialog</name>
    <message>
        <source>New governorate</source>
        <translation>محافظة جديدة</translation>
    </message>
    <message>
        <source>Edit governorate</source>
        <translation>تعديل المحافظة</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>الاسم بال&amp;عربية:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>الاسم بالإن&amp;جليزية:</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>عن هذا الملف</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>رمز الخطأ</translation>
    </message>
    <message>
        <source>File checked</source>
        <translation>الملف المفحوص</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New election…</source>
        <translation>انتخاب &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open election…</source>
        <translation>&amp;فتح انتخاب…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>الملفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>Create a &amp;demo election…</source>
        <translation>إنشاء انتخاب &amp;تجريبي…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>الأ&amp;رقام</translation>
    </message>
    <message>
        <source>Arabic-Indic digits (١٢٣)</source>
        <translation>أرقام عربية مشرقية (١٢٣)</translation>
    </message>
    <message>
        <source>Western digits (123)</source>
        <translation>أرقام غربية (123)</translation>
    </message>
    <message>
        <source>electadmin</source>
        <translation>إدارة الانتخابات</translation>
    </message>
    <message>
        <source>No election is open.</source>
        <translation>لا يوجد انتخاب مفتوح.</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>المرحلة: %1</translation>
    </message>
    <message>
        <source>DEMO election: generated data, no real persons</source>
        <translation>انتخاب تجريبي: بيانات مولَّدة، لا أشخاص حقيقيون</translation>
    </message>
    <message>
        <source>Open election</source>
        <translation>فتح انتخاب</translation>
    </message>
    <message>
        <source>Election files (*%1)</source>
        <translation>ملفات الانتخاب (*%1)</translation>
    </message>
    <message>
        <source>Create a demo election</source>
        <translation>إنشاء انتخاب تجريبي</translation>
    </message>
    <message>
        <source>Creating the demo election</source>
        <translation>جارٍ إنشاء الانتخاب التجريبي</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>An unexpected error occurred ({kind}). The technical details can help whoever supports this program.</source>
        <translation>حدث خطأ غير متوقع ({kind}). قد تساعد التفاصيل الفنية من يتولى دعم هذا البرنامج.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغيت العملية</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>تعذّر المتابعة</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>NewElectionDialog</name>
    <message>
        <source>New election</source>
        <translation>انتخاب جديد</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Election &amp;file:</source>
        <translation>&amp;ملف الانتخاب:</translation>
    </message>
    <message>
        <source>New election file</source>
        <translation>ملف انتخاب جديد</translation>
    </message>
    <message>
        <source>Election files (*%1)</source>
        <translation>ملفات الانتخاب (*%1)</translation>
    </message>
    <message>
        <source>Choose where to save the election file.</source>
        <translation>اختر مكان حفظ ملف الانتخاب.</translation>
    </message>
</context>
<context>
    <name>NotBuiltPage</name>
    <message>
        <source>This part of electadmin is not built yet in this version. When it is, it will hold:</source>
        <translation>هذا الجزء من البرنامج لم يُبنَ بعد في هذا الإصدار. وحين يُبنى سيشمل:</translation>
    </message>
</context>
<context>
    <name>PollingPage</name>
    <message>
        <source>&amp;Station</source>
        <translation>ال&amp;محطة</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>مكتب تسجيل الحضور</translation>
    </message>
    <message>
        <source>Scan or type the civil number, then Enter</source>
        <translation>امسح البطاقة أو اكتب الرقم المدني، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Enter: look up, then confirm · Esc: clear · Ctrl+F: find by name · Ctrl+Z: undo a check-in · Ctrl+P: print the list with marks · Ctrl+Shift+E: close the polls · F2: choose the station</source>
        <translation>Enter: عرض الناخب ثم التأكيد · Esc: مسح · Ctrl+F: البحث بالاسم · Ctrl+Z: إلغاء تسجيل حضور · Ctrl+P: طباعة الكشف بعلامات الحضور · Ctrl+Shift+E: إغلاق الاقتراع · F2: اختيار المحطة</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <source>Undo a check-in</source>
        <translation>إلغاء تسجيل حضور</translation>
    </message>
    <message>
        <source>Print the list with marks</source>
        <translation>طباعة الكشف بعلامات الحضور</translation>
    </message>
    <message>
        <source>Close the polls</source>
        <translation>إغلاق الاقتراع</translation>
    </message>
    <message>
        <source>Live turnout</source>
        <translation>نسبة المشاركة لحظة بلحظة</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>هذه المحطة</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>المركز كله</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>ذكور</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>إناث</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Of the centre&apos;s roll</source>
        <translation>من ناخبي المركز</translation>
    </message>
    <message>
        <source>Voters checked in by hour</source>
        <translation>الناخبون الحاضرون حسب الساعة</translation>
    </message>
    <message>
        <source>This computer: {machine}</source>
        <translation>هذا الحاسوب: {machine}</translation>
    </message>
    <message>
        <source>Choose this computer&apos;s station first.</source>
        <translation>اختر محطة هذا الحاسوب أولًا.</translation>
    </message>
    <message>
        <source>Press Enter to check this voter in</source>
        <translation>اضغط Enter لتسجيل حضور هذا الناخب</translation>
    </message>
    <message>
        <source>Checked in: {name}</source>
        <translation>سُجِّل حضور: {name}</translation>
    </message>
    <message>
        <source>Ready: scan the next voter&apos;s card</source>
        <translation>جاهز: امسح بطاقة الناخب التالي</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>مقيد</translation>
    </message>
    <message>
        <source>Removed from the roll</source>
        <translation>محذوف من الجداول</translation>
    </message>
    <message>
        <source>{age} years old on polling day</source>
        <translation>العمر يوم الاقتراع: {age} سنة</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>العمر غير معروف</translation>
    </message>
    <message>
        <source>Centre: {centre}</source>
        <translation>المركز: {centre}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
    <message>
        <source>Check-in undone: {civil}</source>
        <translation>أُلغي تسجيل حضور: {civil}</translation>
    </message>
    <message>
        <source>Printing the centre&apos;s list with check-in marks</source>
        <translation>طباعة كشف المركز بعلامات الحضور</translation>
    </message>
    <message>
        <source>The list of {count} voters is ready: {path}</source>
        <translation>كشف {count} ناخبًا جاهز: {path}</translation>
    </message>
    <message>
        <source>Close the polls of station {station}? No voter can be checked in there afterwards.</source>
        <translation>إغلاق الاقتراع في المحطة {station}؟ لن يمكن تسجيل حضور أي ناخب فيها بعد ذلك.</translation>
    </message>
    <message>
        <source>Polls closed: {total} voters ({men} men, {women} women), {undos} undone. Summary: {path}</source>
        <translation>أُغلق الاقتراع: {total} ناخبًا ({men} ذكور، {women} إناث)، وأُلغي {undos} تسجيل. الملخص: {path}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Creating the election</source>
        <translation>إنشاء الانتخاب</translation>
    </message>
    <message>
        <source>Loading Oman&apos;s geography</source>
        <translation>تحميل جغرافيا سلطنة عمان</translation>
    </message>
    <message>
        <source>Creating polling centres</source>
        <translation>إنشاء مراكز الاقتراع</translation>
    </message>
    <message>
        <source>Reading the geography file</source>
        <translation>قراءة ملف التقسيم الجغرافي</translation>
    </message>
    <message>
        <source>Checking and applying the geography</source>
        <translation>التحقق من التقسيم الجغرافي وتطبيقه</translation>
    </message>
    <message>
        <source>Writing the geography file</source>
        <translation>كتابة ملف التقسيم الجغرافي</translation>
    </message>
    <message>
        <source>Printing the candidate list</source>
        <translation>طباعة قائمة المرشحين</translation>
    </message>
    <message>
        <source>Generating candidates</source>
        <translation>توليد المرشحين</translation>
    </message>
    <message>
        <source>Reading the applications</source>
        <translation>قراءة طلبات الترشح</translation>
    </message>
    <message>
        <source>Checking the applications</source>
        <translation>التحقق من طلبات الترشح</translation>
    </message>
    <message>
        <source>Writing the candidate list</source>
        <translation>كتابة قائمة المرشحين</translation>
    </message>
    <message>
        <source>Printing the centre&apos;s list with check-in marks</source>
        <translation>طباعة كشف المركز بعلامات الحضور</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>{subject} is negative ({left}).</source>
        <translation>«{subject}» سالب ({left}).</translation>
    </message>
    <message>
        <source>Registered voters in total ({left}) differ from men plus women ({right}).</source>
        <translation>مجموع الناخبين المقيدين ({left}) يختلف عن الرجال مع النساء ({right}).</translation>
    </message>
    <message>
        <source>Voters who voted in total ({left}) differ from men plus women ({right}).</source>
        <translation>مجموع المقترعين ({left}) يختلف عن الرجال مع النساء ({right}).</translation>
    </message>
    <message>
        <source>Ballots found ({left}) differ from valid plus invalid plus blank ({right}).</source>
        <translation>الأوراق الموجودة ({left}) تختلف عن الصحيحة مع الباطلة والبيضاء ({right}).</translation>
    </message>
    <message>
        <source>Ballots received ({left}) differ from used plus spoiled plus unused ({right}).</source>
        <translation>الأوراق المستلمة ({left}) تختلف عن المستخدمة مع التالفة وغير المستخدمة ({right}).</translation>
    </message>
    <message>
        <source>More ballots were found in the box ({left}) than were used ({right}).</source>
        <translation>الأوراق الموجودة في الصندوق ({left}) أكثر من المستخدمة ({right}).</translation>
    </message>
    <message>
        <source>More ballots were found in the box ({left}) than voters voted ({right}).</source>
        <translation>الأوراق الموجودة في الصندوق ({left}) أكثر من عدد المقترعين ({right}).</translation>
    </message>
    <message>
        <source>More ballots were found in the box ({left}) than voters are registered ({right}).</source>
        <translation>الأوراق الموجودة في الصندوق ({left}) أكثر من عدد المقيدين ({right}).</translation>
    </message>
    <message>
        <source>More voters voted ({left}) than are registered ({right}).</source>
        <translation>عدد المقترعين ({left}) أكثر من عدد المقيدين ({right}).</translation>
    </message>
    <message>
        <source>More men voted ({left}) than are registered ({right}).</source>
        <translation>عدد المقترعين من الرجال ({left}) أكثر من المقيدين منهم ({right}).</translation>
    </message>
    <message>
        <source>More women voted ({left}) than are registered ({right}).</source>
        <translation>عدد المقترعات من النساء ({left}) أكثر من المقيدات منهن ({right}).</translation>
    </message>
    <message>
        <source>The candidates&apos; votes ({left}) exceed what the valid ballots allow ({right}).</source>
        <translation>أصوات المرشحين ({left}) تتجاوز ما تسمح به الأوراق الصحيحة ({right}).</translation>
    </message>
    <message>
        <source>The candidates&apos; votes ({left}) are fewer than the valid ballots ({right}), each of which marks a name.</source>
        <translation>أصوات المرشحين ({left}) أقل من الأوراق الصحيحة ({right})، وكل ورقة صحيحة تحمل اسمًا.</translation>
    </message>
    <message>
        <source>Candidate {candidate} has more votes ({left}) than there are valid ballots ({right}).</source>
        <translation>للمرشح {candidate} أصوات ({left}) أكثر من الأوراق الصحيحة ({right}).</translation>
    </message>
</context>
<context>
    <name>RejectedFileDialog</name>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>File not imported</source>
        <translation>لم يُستورد الملف</translation>
    </message>
    <message>
        <source>Correct these rows in the file and import it again.</source>
        <translation>صحّح هذه الصفوف في الملف ثم استورده من جديد.</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;نسخ القائمة</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Digits shown</source>
        <translation>الأرقام المعروضة</translation>
    </message>
    <message>
        <source>Arabic-Indic digits (١٢٣)</source>
        <translation>أرقام عربية مشرقية (١٢٣)</translation>
    </message>
    <message>
        <source>Western digits (123)</source>
        <translation>أرقام غربية (123)</translation>
    </message>
    <message>
        <source>Both digit systems are always accepted when typing.</source>
        <translation>يُقبل النظامان كلاهما دائمًا عند الكتابة.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Computed from a seed agreed by the committee</source>
        <translation>محسوبة من بذرة اتفقت عليها اللجنة</translation>
    </message>
    <message>
        <source>Drawn by hand</source>
        <translation>قرعة يدوية</translation>
    </message>
    <message>
        <source>Shura Council</source>
        <translation>مجلس الشورى</translation>
    </message>
    <message>
        <source>Municipal council</source>
        <translation>المجلس البلدي</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Electoral roll</source>
        <translation>السجل الانتخابي</translation>
    </message>
    <message>
        <source>Candidacy</source>
        <translation>الترشح</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>الاقتراع</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>الفرز</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>One vote</source>
        <translation>صوت واحد</translation>
    </message>
    <message>
        <source>A fixed number of votes</source>
        <translation>عدد ثابت من الأصوات</translation>
    </message>
    <message>
        <source>As many votes as the constituency&apos;s seats</source>
        <translation>أصوات بعدد مقاعد الدائرة</translation>
    </message>
    <message>
        <source>No formal education</source>
        <translation>بدون تعليم نظامي</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>المرحلة الابتدائية</translation>
    </message>
    <message>
        <source>Preparatory school</source>
        <translation>المرحلة الإعدادية</translation>
    </message>
    <message>
        <source>General Education Diploma (secondary)</source>
        <translation>دبلوم التعليم العام (الثانوية)</translation>
    </message>
    <message>
        <source>Post-secondary diploma</source>
        <translation>دبلوم بعد الثانوية</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>البكالوريوس</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>الماجستير</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>الدكتوراه</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>مستوفٍ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>غير مستوفٍ</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يُتحقق منه</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <source>a governorate</source>
        <translation>محافظة</translation>
    </message>
    <message>
        <source>a wilayat</source>
        <translation>ولاية</translation>
    </message>
    <message>
        <source>a polling centre</source>
        <translation>مركز اقتراع</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>فائز</translation>
    </message>
    <message>
        <source>Tied: awaiting a draw</source>
        <translation>تعادل: بانتظار القرعة</translation>
    </message>
    <message>
        <source>Not elected</source>
        <translation>غير فائز</translation>
    </message>
    <message>
        <source>the polling date and the rules</source>
        <translation>موعد الاقتراع والقواعد</translation>
    </message>
    <message>
        <source>the geography</source>
        <translation>الجغرافيا</translation>
    </message>
    <message>
        <source>Application under review</source>
        <translation>طلب قيد الدراسة</translation>
    </message>
    <message>
        <source>Accepted candidate</source>
        <translation>مرشح مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Withdrawal recorded</source>
        <translation>تسجيل انسحاب</translation>
    </message>
    <message>
        <source>Appeal lodged</source>
        <translation>تقديم تظلم</translation>
    </message>
    <message>
        <source>Appeal upheld: accepted</source>
        <translation>قبول التظلم: قُبل الطلب</translation>
    </message>
    <message>
        <source>Appeal dismissed</source>
        <translation>رفض التظلم</translation>
    </message>
    <message>
        <source>No appeal</source>
        <translation>لا يوجد تظلم</translation>
    </message>
    <message>
        <source>Appeal pending</source>
        <translation>تظلم قيد النظر</translation>
    </message>
    <message>
        <source>Appeal upheld</source>
        <translation>قُبل التظلم</translation>
    </message>
    <message>
        <source>Below the minimum age on polling day</source>
        <translation>دون السن الأدنى في يوم الاقتراع</translation>
    </message>
    <message>
        <source>Education below the requirement</source>
        <translation>المؤهل العلمي دون المطلوب</translation>
    </message>
    <message>
        <source>Not on the electoral roll of the wilayat</source>
        <translation>غير مقيد في السجل الانتخابي للولاية</translation>
    </message>
    <message>
        <source>Applying in another constituency</source>
        <translation>مترشح في دائرة انتخابية أخرى</translation>
    </message>
    <message>
        <source>Already a candidate</source>
        <translation>مرشح بالفعل</translation>
    </message>
    <message>
        <source>Not resident in the wilayat</source>
        <translation>غير مقيم في الولاية</translation>
    </message>
    <message>
        <source>Disqualifying criminal conviction</source>
        <translation>صدور حكم جزائي مانع</translation>
    </message>
    <message>
        <source>Holds a public office</source>
        <translation>يشغل وظيفة عامة</translation>
    </message>
    <message>
        <source>Serving in the military or security services</source>
        <translation>منتسب إلى الجهات العسكرية أو الأمنية</translation>
    </message>
    <message>
        <source>Incomplete application file</source>
        <translation>ملف الطلب غير مكتمل</translation>
    </message>
    <message>
        <source>Submitted outside the candidacy period</source>
        <translation>قُدِّم خارج فترة الترشح</translation>
    </message>
    <message>
        <source>Other reason (see the note)</source>
        <translation>سبب آخر (انظر الملاحظة)</translation>
    </message>
    <message>
        <source>Arabic alphabetical order</source>
        <translation>الترتيب الأبجدي العربي</translation>
    </message>
    <message>
        <source>Draw computed from a seed</source>
        <translation>قرعة محسوبة من بذرة</translation>
    </message>
    <message>
        <source>Physical draw typed in</source>
        <translation>قرعة يدوية مُدخلة</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>the candidates</source>
        <translation>المرشحين</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>قبوله</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>رفضه</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>تسجيل انسحابه</translation>
    </message>
    <message>
        <source>appealed</source>
        <translation>التظلم منه</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>تصحيحه</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <source>Undo a check-in</source>
        <translation>إلغاء تسجيل حضور</translation>
    </message>
    <message>
        <source>Why the check-in was made in error</source>
        <translation>سبب تسجيل الحضور خطأً</translation>
    </message>
    <message>
        <source>Civil number</source>
        <translation>الرقم المدني</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Undo the check-in</source>
        <translation>إلغاء تسجيل الحضور</translation>
    </message>
</context>
<context>
    <name>WilayatDialog</name>
    <message>
        <source>New wilayat</source>
        <translation>ولاية جديدة</translation>
    </message>
    <message>
        <source>Edit wilayat</source>
        <translation>تعديل الولاية</translation>
    </message>
    <message>
        <source>Separate spellings with «،», «,» or «;»</source>
        <translation>افصل بين التهجئات بـ «،» أو «,» أو «;»</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>&amp;Governorate:</source>
        <translation>ال&amp;محافظة:</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>الاسم بال&amp;عربية:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>الاسم بالإن&amp;جليزية:</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>ال&amp;مقاعد:</translation>
    </message>
    <message>
        <source>&amp;Other spellings:</source>
        <translation>&amp;تهجئات أخرى:</translation>
    </message>
</context>
</TS>
