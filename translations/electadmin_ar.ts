<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>AccountFields</name>
    <message>
      <source>Administrator's &amp;user name:</source>
      <translation>&amp;اسم مستخدم مدير النظام:</translation>
    </message>
    <message>
      <source>&amp;Full name:</source>
      <translation>الاسم ال&amp;كامل:</translation>
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
      <source>Password &amp;again:</source>
      <translation>كلمة المرور &amp;مرة أخرى:</translation>
    </message>
    <message>
      <source>At least %1 characters; not a common password; not containing the user name.</source>
      <translation>لا تقل عن %1 أحرف، وليست من كلمات المرور الشائعة، ولا تتضمن اسم المستخدم.</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
  </context>
  <context>
    <name>ApplicationDialog</name>
    <message>
      <source>New application</source>
      <translation>طلب ترشح جديد</translation>
    </message>
    <message>
      <source>Correct the application %1</source>
      <translation>تصحيح الطلب %1</translation>
    </message>
    <message>
      <source>C&amp;hoose a photo…</source>
      <translation>ا&amp;ختيار صورة…</translation>
    </message>
    <message>
      <source>&amp;Remove the photo</source>
      <translation>&amp;حذف الصورة</translation>
    </message>
    <message>
      <source>JPEG or PNG, at most 1 MB (optional)</source>
      <translation>اختيارية: صورة JPEG أو PNG لا يتجاوز حجمها 1 ميغابايت</translation>
    </message>
    <message>
      <source>&amp;Civil number:</source>
      <translation>الرقم ال&amp;مدني:</translation>
    </message>
    <message>
      <source>Full name in &amp;Arabic:</source>
      <translation>الاسم الكامل بال&amp;عربية:</translation>
    </message>
    <message>
      <source>Name in &amp;Latin letters (optional):</source>
      <translation>الاسم بالأحرف ال&amp;لاتينية (اختياري):</translation>
    </message>
    <message>
      <source>&amp;Gender:</source>
      <translation>ال&amp;جنس:</translation>
    </message>
    <message>
      <source>&amp;Birth date:</source>
      <translation>تاريخ الم&amp;يلاد:</translation>
    </message>
    <message>
      <source>&amp;Wilayat (constituency):</source>
      <translation>ال&amp;ولاية (الدائرة الانتخابية):</translation>
    </message>
    <message>
      <source>&amp;Education:</source>
      <translation>المؤهل ال&amp;علمي:</translation>
    </message>
    <message>
      <source>&amp;Phone (optional):</source>
      <translation>ال&amp;هاتف (اختياري):</translation>
    </message>
    <message>
      <source>&amp;Submitted on:</source>
      <translation>تاريخ &amp;تقديم الطلب:</translation>
    </message>
    <message>
      <source>Photo:</source>
      <translation>الصورة:</translation>
    </message>
    <message>
      <source>Choose the applicant's photo</source>
      <translation>اختيار صورة المترشح</translation>
    </message>
    <message>
      <source>Images (*.jpg *.jpeg *.png)</source>
      <translation>الصور (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>لا توجد صورة</translation>
    </message>
    <message>
      <source>Not an image</source>
      <translation>ليست صورة</translation>
    </message>
  </context>
  <context>
    <name>Areas</name>
    <message>
      <source>Election</source>
      <translation>الانتخاب</translation>
    </message>
    <message>
      <source>The election's names, polling date, rules and phase.</source>
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
      <source>The audit log of every change, its integrity check, the users, packages and backups.</source>
      <translation>سجل التدقيق لكل تغيير والتحقق من سلامته، والمستخدمون، والحزم، والنسخ الاحتياطية.</translation>
    </message>
    <message>
      <source>Committees</source>
      <translation>اللجان</translation>
    </message>
    <message>
      <source>The main, wilayat and centre committees, how many members must sign, and each member's signing key.</source>
      <translation>اللجنة الرئيسية ولجان الولايات والمراكز، وعدد الأعضاء الذين يلزم توقيعهم، ومفتاح التوقيع لكل عضو.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <source>Language and digits of this computer's interface.</source>
      <translation>لغة واجهة هذا الحاسوب وأرقامها.</translation>
    </message>
    <message>
      <source>Check a printed record</source>
      <translation>تحقق من محضر مطبوع</translation>
    </message>
    <message>
      <source>Whether a printed count record or consolidated record matches this file, and who signed it.</source>
      <translation>التحقق من مطابقة محضر فرز أو محضر مجمع مطبوع لما في ملف الانتخاب، ومن وقّعه.</translation>
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
    <message>
      <source>no longer has the hash signed at the checkpoint</source>
      <translation>لم يعد يحمل البصمة الموقَّعة في نقطة التثبيت</translation>
    </message>
    <message>
      <source>is missing, though it was signed at the checkpoint</source>
      <translation>مفقود، مع أنه موقَّع في نقطة التثبيت</translation>
    </message>
    <message>
      <source>is named by a checkpoint whose signatures no longer verify:</source>
      <translation>مذكور في نقطة تثبيت لم تعد تواقيعها صحيحة:</translation>
    </message>
    <message>
      <source>is named by a signed certification whose checkpoint was removed:</source>
      <translation>مذكور في اعتماد موقَّع حُذفت نقطة تثبيته:</translation>
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
      <source>The audit log is intact: %1 entries, each chained to the one before it; checkpoints signed by committee members that agree with it: %2.</source>
      <translation>سجل التدقيق سليم: %1 قيدًا، كل قيد منها مرتبط بالقيد الذي قبله؛ ونقاط التثبيت الموقَّعة من أعضاء اللجان المطابقة له: %2.</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>سجل التدقيق</translation>
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <source>on closing</source>
      <translation>عند الإغلاق</translation>
    </message>
    <message>
      <source>automatic</source>
      <translation>تلقائية</translation>
    </message>
    <message>
      <source>asked for</source>
      <translation>بطلب المستخدم</translation>
    </message>
    <message>
      <source>before certification</source>
      <translation>قبل الاعتماد</translation>
    </message>
    <message>
      <source>before a restore</source>
      <translation>قبل استرجاع</translation>
    </message>
    <message>
      <source>before upgrading the file ({revision})</source>
      <translation>قبل ترقية الملف ({revision})</translation>
    </message>
  </context>
  <context>
    <name>BackupsTab</name>
    <message>
      <source>Made</source>
      <translation>وقت الإنشاء</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>الحجم</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>&amp;انسخ احتياطيًا الآن</translation>
    </message>
    <message>
      <source>&amp;Restore the chosen backup…</source>
      <translation>ا&amp;سترجع النسخة المختارة…</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
      <source>Backups are made of election files; a server database is backed up by its administrator.</source>
      <translation>تُنسخ ملفات الانتخاب احتياطيًا؛ أما قاعدة البيانات على الخادم فينسخها مسؤولها.</translation>
    </message>
    <message>
      <source>The election file passes its integrity check.</source>
      <translation>ملف الانتخاب سليم وفق فحص السلامة.</translation>
    </message>
    <message>
      <source>The election file FAILS its integrity check: %1</source>
      <translation>ملف الانتخاب لا يجتاز فحص السلامة: %1</translation>
    </message>
    <message>
      <source>%1 KB</source>
      <translation>%1 ك.ب</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
      <source>Replace the election by its backup of %1? The current file is kept as a backup first, and you sign in again afterwards.</source>
      <translation>هل تريد استبدال الانتخاب بنسخته الاحتياطية المؤرخة %1؟ يُحفظ الملف الحالي أولًا نسخةً احتياطية، ثم تسجّل الدخول من جديد.</translation>
    </message>
  </context>
  <context>
    <name>CandidatesPage</name>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Age on polling day</source>
      <translation>العمر يوم الاقتراع</translation>
    </message>
    <message>
      <source>Checks</source>
      <translation>التحقق</translation>
    </message>
    <message>
      <source>Appeal</source>
      <translation>التظلم</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>الشرط</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Reasons</source>
      <translation>الأسباب</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>الملاحظة</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>سجّله</translation>
    </message>
    <message>
      <source>Recorded at</source>
      <translation>وقت التسجيل</translation>
    </message>
    <message>
      <source>Seats</source>
      <translation>المقاعد</translation>
    </message>
    <message>
      <source>Applications</source>
      <translation>الطلبات</translation>
    </message>
    <message>
      <source>Under review</source>
      <translation>قيد الدراسة</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>المقبولون</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>المرفوضون</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>المنسحبون</translation>
    </message>
    <message>
      <source>Women among candidates</source>
      <translation>النساء بين المرشحين</translation>
    </message>
    <message>
      <source>Appeals pending</source>
      <translation>تظلمات قيد النظر</translation>
    </message>
    <message>
      <source>Ballot order</source>
      <translation>ترتيب ورقة الاقتراع</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>تنبيه</translation>
    </message>
    <message>
      <source>Not fixed yet</source>
      <translation>لم يُثبَّت بعد</translation>
    </message>
    <message>
      <source>Fewer candidates than seats</source>
      <translation>عدد المرشحين أقل من عدد المقاعد</translation>
    </message>
    <message>
      <source>&amp;New application…</source>
      <translation>طلب ترشح &amp;جديد…</translation>
    </message>
    <message>
      <source>&amp;Import from file…</source>
      <translation>ا&amp;ستيراد من ملف…</translation>
    </message>
    <message>
      <source>E&amp;xport</source>
      <translation>ت&amp;صدير</translation>
    </message>
    <message>
      <source>&amp;Print the official list</source>
      <translation>طبا&amp;عة القائمة الرسمية</translation>
    </message>
    <message>
      <source>Re&amp;quirements…</source>
      <translation>&amp;شروط الترشح…</translation>
    </message>
    <message>
      <source>&amp;Applications</source>
      <translation>ال&amp;طلبات</translation>
    </message>
    <message>
      <source>&amp;Ballot order</source>
      <translation>&amp;ترتيب ورقة الاقتراع</translation>
    </message>
    <message>
      <source>S&amp;tatistics</source>
      <translation>الإ&amp;حصاءات</translation>
    </message>
    <message>
      <source>Candidates</source>
      <translation>المترشحون</translation>
    </message>
    <message>
      <source>All</source>
      <translation>الكل</translation>
    </message>
    <message>
      <source>Appeal pending</source>
      <translation>تظلم قيد النظر</translation>
    </message>
    <message>
      <source>Name, civil number or code</source>
      <translation>الاسم أو الرقم المدني أو الرمز</translation>
    </message>
    <message>
      <source>&amp;Wilayat:</source>
      <translation>ال&amp;ولاية:</translation>
    </message>
    <message>
      <source>Stat&amp;us:</source>
      <translation>الحا&amp;لة:</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>&amp;بحث:</translation>
    </message>
    <message>
      <source>C&amp;orrect…</source>
      <translation>تصح&amp;يح…</translation>
    </message>
    <message>
      <source>A&amp;ccept…</source>
      <translation>&amp;قبول…</translation>
    </message>
    <message>
      <source>&amp;Reject…</source>
      <translation>&amp;رفض…</translation>
    </message>
    <message>
      <source>Wit&amp;hdrawal…</source>
      <translation>ا&amp;نسحاب…</translation>
    </message>
    <message>
      <source>&amp;Lodge an appeal…</source>
      <translation>تقديم تظل&amp;م…</translation>
    </message>
    <message>
      <source>&amp;Decide the appeal…</source>
      <translation>البت &amp;في التظلم…</translation>
    </message>
    <message>
      <source>Automatic checks</source>
      <translation>التحقق الآلي من الشروط</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>القرارات</translation>
    </message>
    <message>
      <source>&amp;Constituency:</source>
      <translation>الدائرة ال&amp;انتخابية:</translation>
    </message>
    <message>
      <source>Record a &amp;draw…</source>
      <translation>تسجيل &amp;قرعة…</translation>
    </message>
    <message>
      <source>Arabic alphabetical &amp;order</source>
      <translation>الترتيب ال&amp;أبجدي العربي</translation>
    </message>
    <message>
      <source>All wilayats</source>
      <translation>جميع الولايات</translation>
    </message>
    <message>
      <source>DEMO election: the applicants are generated from name lists and are no real persons.</source>
      <translation>انتخابات تجريبية: المترشحون مولَّدون من قوائم أسماء وليسوا أشخاصًا حقيقيين.</translation>
    </message>
    <message>
      <source>Applications: %1 · Under review: %2 · Accepted candidates: %3 (women: %4) · Rejected: %5 · Withdrawn: %6</source>
      <translation>الطلبات: %1 · قيد الدراسة: %2 · المرشحون المقبولون: %3 (النساء: %4) · المرفوضة: %5 · المنسحبون: %6</translation>
    </message>
    <message>
      <source>Constituencies: %1 · Seats: %2 · Constituencies with fewer candidates than seats: %3</source>
      <translation>الدوائر: %1 · المقاعد: %2 · دوائر عدد مرشحيها أقل من مقاعدها: %3</translation>
    </message>
    <message>
      <source>Shown: %1 of %2</source>
      <translation>المعروض: %1 من %2</translation>
    </message>
    <message>
      <source>No application selected</source>
      <translation>لم يُحدَّد طلب</translation>
    </message>
    <message>
      <source>Decisions (%1)</source>
      <translation>القرارات (%1)</translation>
    </message>
    <message>
      <source>The ballot order is not fixed yet: the accepted candidates are listed in Arabic alphabetical order, without numbers.</source>
      <translation>لم يُثبَّت ترتيب ورقة الاقتراع بعد: المرشحون المقبولون معروضون بالترتيب الأبجدي العربي دون أرقام.</translation>
    </message>
    <message>
      <source>Ballot order: %1</source>
      <translation>ترتيب ورقة الاقتراع: %1</translation>
    </message>
    <message>
      <source>Seed: %1</source>
      <translation>البذرة: %1</translation>
    </message>
    <message>
      <source>Drawn by: %1</source>
      <translation>أجرى القرعة: %1</translation>
    </message>
    <message>
      <source>Witnesses: %1</source>
      <translation>الشهود: %1</translation>
    </message>
    <message>
      <source>Fixed by %1 on %2</source>
      <translation>ثبّته %1 في %2</translation>
    </message>
    <message>
      <source>Seats: %1 · Accepted candidates: %2 · Applications under review: %3</source>
      <translation>المقاعد: %1 · المرشحون المقبولون: %2 · طلبات قيد الدراسة: %3</translation>
    </message>
    <message>
      <source>Decide every application of the constituency before fixing its order.</source>
      <translation>يجب البت في جميع طلبات الدائرة قبل تثبيت ترتيبها.</translation>
    </message>
    <message>
      <source>Accept the application</source>
      <translation>قبول الطلب</translation>
    </message>
    <message>
      <source>Accept %1 as a candidate of the constituency?</source>
      <translation>قبول %1 مرشحًا عن الدائرة؟</translation>
    </message>
    <message>
      <source>Date of the &amp;decision:</source>
      <translation>تاريخ ال&amp;قرار:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
      <source>Record that %1 withdrew.</source>
      <translation>تسجيل انسحاب %1.</translation>
    </message>
    <message>
      <source>The constituency's ballot order will have to be fixed again.</source>
      <translation>سيلزم تثبيت ترتيب ورقة الاقتراع في الدائرة من جديد.</translation>
    </message>
    <message>
      <source>Record a withdrawal</source>
      <translation>تسجيل انسحاب</translation>
    </message>
    <message>
      <source>Date of the &amp;withdrawal:</source>
      <translation>تاريخ الا&amp;نسحاب:</translation>
    </message>
    <message>
      <source>Lodge an appeal</source>
      <translation>تقديم تظلم</translation>
    </message>
    <message>
      <source>Record the appeal of %1 against the rejection (inside the appeal window).</source>
      <translation>تسجيل تظلم %1 من قرار الرفض (ضمن فترة التظلمات).</translation>
    </message>
    <message>
      <source>&amp;Lodged on:</source>
      <translation>تاريخ ت&amp;قديمه:</translation>
    </message>
    <message>
      <source>&amp;Grounds:</source>
      <translation>الأ&amp;سباب:</translation>
    </message>
    <message>
      <source>Decide the appeal</source>
      <translation>البت في التظلم</translation>
    </message>
    <message>
      <source>The grievances committee's decision on the appeal of %1.</source>
      <translation>قرار لجنة التظلمات الانتخابية في تظلم %1.</translation>
    </message>
    <message>
      <source>Fix the ballot order of %1 in Arabic alphabetical order of the candidates' names?</source>
      <translation>تثبيت ترتيب ورقة الاقتراع في %1 بالترتيب الأبجدي العربي لأسماء المرشحين؟</translation>
    </message>
    <message>
      <source>The order fixed before is replaced (both are kept in the audit log).</source>
      <translation>يحل محل الترتيب المثبت سابقًا (ويبقى كلاهما في سجل التدقيق).</translation>
    </message>
    <message>
      <source>Arabic alphabetical order</source>
      <translation>الترتيب الأبجدي العربي</translation>
    </message>
    <message>
      <source>Import applications</source>
      <translation>استيراد طلبات الترشح</translation>
    </message>
    <message>
      <source>Importing applications</source>
      <translation>جارٍ استيراد طلبات الترشح</translation>
    </message>
    <message>
      <source>Applications imported: %1</source>
      <translation>الطلبات المستوردة: %1</translation>
    </message>
    <message>
      <source>all constituencies</source>
      <translation>جميع الدوائر</translation>
    </message>
    <message>
      <source>Official list of %1 (XLSX or CSV)…</source>
      <translation>القائمة الرسمية: %1 (XLSX أو CSV)…</translation>
    </message>
    <message>
      <source>Every application of %1 (XLSX or CSV)…</source>
      <translation>جميع الطلبات: %1 (XLSX أو CSV)…</translation>
    </message>
    <message>
      <source>All constituencies…</source>
      <translation>جميع الدوائر…</translation>
    </message>
    <message>
      <source>%1 only…</source>
      <translation>%1 فقط…</translation>
    </message>
    <message>
      <source>Export the candidates</source>
      <translation>تصدير المرشحين</translation>
    </message>
    <message>
      <source>Exporting the candidates</source>
      <translation>جارٍ تصدير المرشحين</translation>
    </message>
    <message>
      <source>Print the official candidate list</source>
      <translation>طباعة القائمة الرسمية للمرشحين</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Printing the candidate list</source>
      <translation>جارٍ طباعة قائمة المرشحين</translation>
    </message>
    <message>
      <source>The candidate list</source>
      <translation>قائمة المرشحين</translation>
    </message>
    <message>
      <source>Written to %1 (candidates: %2).</source>
      <translation>كُتبت في %1 (المرشحون: %2).</translation>
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
    <name>CommitteesPage</name>
    <message>
      <source>A committee's members sign its certifications and packages with their own signing keys; a certificate needs k of them. A wilayat's result is certified only with k signatures of the wilayat's committee.</source>
      <translation>يوقّع أعضاء اللجنة اعتماداتها وحزمها بمفاتيح التوقيع الخاصة بهم، ويلزم للاعتماد توقيع k منهم. ولا تُعتمد نتيجة الولاية إلا بتوقيع k من أعضاء لجنة الولاية.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Committee</source>
      <translation>اللجنة</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>النطاق</translation>
    </message>
    <message>
      <source>Signatures needed</source>
      <translation>التوقيعات المطلوبة</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>العضو</translation>
    </message>
    <message>
      <source>Key fingerprint</source>
      <translation>بصمة المفتاح</translation>
    </message>
    <message>
      <source>Enrolled</source>
      <translation>تاريخ التسجيل</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>تاريخ الإلغاء</translation>
    </message>
    <message>
      <source>Signs on this computer</source>
      <translation>يوقّع على هذا الحاسوب</translation>
    </message>
    <message>
      <source>&amp;New committee…</source>
      <translation>&amp;لجنة جديدة…</translation>
    </message>
    <message>
      <source>Signatures &amp;needed…</source>
      <translation>&amp;عدد التوقيعات المطلوبة…</translation>
    </message>
    <message>
      <source>&amp;Enrol a member…</source>
      <translation>&amp;تسجيل عضو…</translation>
    </message>
    <message>
      <source>Re&amp;voke the member's key…</source>
      <translation>إ&amp;لغاء مفتاح العضو…</translation>
    </message>
    <message>
      <source>Committees</source>
      <translation>اللجان</translation>
    </message>
    <message>
      <source>Main committee</source>
      <translation>اللجنة الرئيسية</translation>
    </message>
    <message>
      <source>Wilayat</source>
      <translation>ولاية</translation>
    </message>
    <message>
      <source>Polling centre</source>
      <translation>مركز اقتراع</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 من %2</translation>
    </message>
    <message>
      <source>Every wilayat has its committee.</source>
      <translation>لكل ولاية لجنتها.</translation>
    </message>
    <message>
      <source>Wilayats without a committee (their results cannot be certified): %1 — %2</source>
      <translation>ولايات بلا لجنة (لا يمكن اعتماد نتائجها): %1 — %2</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>الأعضاء</translation>
    </message>
    <message>
      <source>Members of %1</source>
      <translation>أعضاء %1</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>No: the key is on another computer</source>
      <translation>لا: المفتاح على حاسوب آخر</translation>
    </message>
    <message>
      <source>How many members of %1 must sign a certificate (of %2 whose keys count)?</source>
      <translation>كم عضوًا من أعضاء %1 يلزم توقيعهم للاعتماد (من %2 مفاتيحهم سارية)؟</translation>
    </message>
    <message>
      <source>Revoke a signing key</source>
      <translation>إلغاء مفتاح توقيع</translation>
    </message>
    <message>
      <source>Why is the key of %1 (%2) revoked? For example: lost, disclosed, left the committee.</source>
      <translation>ما سبب إلغاء مفتاح %1 (%2)؟ مثلًا: فُقد، أو كُشف، أو غادر العضو اللجنة.</translation>
    </message>
    <message>
      <source>Revoke the key of %1? Its signatures stop counting from now on; this cannot be undone (the member is enrolled again with a new key).</source>
      <translation>هل تريد إلغاء مفتاح %1؟ لا تُحتسب توقيعاته من الآن، ولا يمكن التراجع عن ذلك (يُسجَّل العضو من جديد بمفتاح جديد).</translation>
    </message>
    <message>
      <source>%1 now has fewer members whose keys count than the signatures it needs: enrol a member or lower the number of signatures needed.</source>
      <translation>أصبح عدد أعضاء %1 ذوي المفاتيح السارية أقل من عدد التوقيعات المطلوبة: سجّل عضوًا أو خفّض عدد التوقيعات المطلوبة.</translation>
    </message>
  </context>
  <context>
    <name>CountEntryDialog</name>
    <message>
      <source>Second entry</source>
      <translation>الإدخال الثاني</translation>
    </message>
    <message>
      <source>First entry</source>
      <translation>الإدخال الأول</translation>
    </message>
    <message>
      <source>Count record of station %1: %2</source>
      <translation>محضر فرز المحطة %1: %2</translation>
    </message>
    <message>
      <source>Wilayat %1 — %2 — station %3 (%4)</source>
      <translation>ولاية %1 — %2 — المحطة %3 (%4)</translation>
    </message>
    <message>
      <source>Type the paper record again without looking at the first entry: the two are compared field by field.</source>
      <translation>أعد كتابة المحضر الورقي دون الاطلاع على الإدخال الأول: يُقارَن الإدخالان حقلًا حقلًا.</translation>
    </message>
    <message>
      <source>Voters</source>
      <translation>الناخبون</translation>
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
      <source>Registered voters</source>
      <translation>الناخبون المقيدون</translation>
    </message>
    <message>
      <source>Voters who voted</source>
      <translation>الناخبون المقترعون</translation>
    </message>
    <message>
      <source>Ballots</source>
      <translation>أوراق الاقتراع</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>الفرز</translation>
    </message>
    <message>
      <source>Votes for each candidate (ballot order)</source>
      <translation>أصوات كل مرشح (بترتيب ورقة الاقتراع)</translation>
    </message>
    <message>
      <source>Times and committee</source>
      <translation>الأوقات واللجنة</translation>
    </message>
    <message>
      <source>Names separated by commas</source>
      <translation>أسماء تفصل بينها فواصل</translation>
    </message>
    <message>
      <source>Opening time</source>
      <translation>وقت بدء الاقتراع</translation>
    </message>
    <message>
      <source>Closing time</source>
      <translation>وقت انتهاء الاقتراع</translation>
    </message>
    <message>
      <source>Committee members present</source>
      <translation>أعضاء اللجنة الحاضرون</translation>
    </message>
    <message>
      <source>Explanation of the differences (required when the record does not reconcile)</source>
      <translation>تفسير الفروق (مطلوب إذا لم تتطابق أرقام المحضر)</translation>
    </message>
    <message>
      <source>Reason for the correction</source>
      <translation>سبب التصحيح</translation>
    </message>
    <message>
      <source>Save the record (Ctrl+S)</source>
      <translation>حفظ المحضر (Ctrl+S)</translation>
    </message>
    <message>
      <source>The record does not reconcile:</source>
      <translation>أرقام المحضر غير متطابقة:</translation>
    </message>
    <message>
      <source>The figures reconcile.</source>
      <translation>الأرقام متطابقة.</translation>
    </message>
    <message>
      <source>This record does not reconcile: write the committee's explanation before saving it.</source>
      <translation>أرقام هذا المحضر غير متطابقة: اكتب تفسير اللجنة قبل حفظه.</translation>
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
    <message>
      <source>Opening time</source>
      <translation>وقت فتح الاقتراع</translation>
    </message>
    <message>
      <source>Closing time</source>
      <translation>وقت إغلاق الاقتراع</translation>
    </message>
    <message>
      <source>Committee members present</source>
      <translation>أعضاء اللجنة الحاضرون</translation>
    </message>
    <message>
      <source>Objections by candidates' agents</source>
      <translation>اعتراضات وكلاء المرشحين</translation>
    </message>
    <message>
      <source>Explanation of the differences</source>
      <translation>تفسير الفروق</translation>
    </message>
    <message>
      <source>Reason for the correction</source>
      <translation>سبب التصحيح</translation>
    </message>
    <message>
      <source>Votes for candidate {number}</source>
      <translation>أصوات المرشح رقم {number}</translation>
    </message>
    <message>
      <source>Votes of the candidate with ballot number</source>
      <translation>أصوات المرشح صاحب الرقم</translation>
    </message>
    <message>
      <source>Result package {sender} no. {sequence}</source>
      <translation>حزمة النتائج من {sender} رقم {sequence}</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>Constituencies decided</source>
      <translation>الدوائر المحسومة</translation>
    </message>
    <message>
      <source>Seats decided</source>
      <translation>المقاعد المحسومة</translation>
    </message>
    <message>
      <source>Turnout</source>
      <translation>نسبة المشاركة</translation>
    </message>
    <message>
      <source>Turnout of men</source>
      <translation>مشاركة الذكور</translation>
    </message>
    <message>
      <source>Turnout of women</source>
      <translation>مشاركة الإناث</translation>
    </message>
    <message>
      <source>Women elected, of women candidates</source>
      <translation>الفائزات من المرشحات</translation>
    </message>
    <message>
      <source>Candidate</source>
      <translation>المرشح</translation>
    </message>
    <message>
      <source>Votes</source>
      <translation>الأصوات</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>النسبة</translation>
    </message>
    <message>
      <source>Wilayat</source>
      <translation>الولاية</translation>
    </message>
    <message>
      <source>Seats</source>
      <translation>المقاعد</translation>
    </message>
    <message>
      <source>Stations reported</source>
      <translation>المحطات الواردة</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Elected, or leading while provisional</source>
      <translation>الفائزون، أو المتقدمون ما دامت النتيجة أولية</translation>
    </message>
    <message>
      <source>%1 of %2 stations reported</source>
      <translation>وردت %1 من %2 محطة</translation>
    </message>
    <message>
      <source>%1, awaiting the draw</source>
      <translation>%1، بانتظار القرعة</translation>
    </message>
    <message>
      <source>Votes in %1</source>
      <translation>الأصوات في %1</translation>
    </message>
  </context>
  <context>
    <name>DayEdit</name>
    <message>
      <source>day/month/year</source>
      <translation>يوم/شهر/سنة</translation>
    </message>
  </context>
  <context>
    <name>DecideObjectionDialog</name>
    <message>
      <source>Decide the objection</source>
      <translation>البت في الاعتراض</translation>
    </message>
    <message>
      <source>Upheld</source>
      <translation>مقبول</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>Objection:</source>
      <translation>الاعتراض:</translation>
    </message>
    <message>
      <source>Grounds:</source>
      <translation>الأسباب:</translation>
    </message>
    <message>
      <source>&amp;Decision:</source>
      <translation>ال&amp;قرار:</translation>
    </message>
    <message>
      <source>Decision &amp;reference:</source>
      <translation>&amp;مرجع القرار:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;ملاحظة:</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <source>&amp;Upheld: the application is accepted</source>
      <translation>قبول ال&amp;تظلم: يُقبل الطلب</translation>
    </message>
    <message>
      <source>Dis&amp;missed: the rejection stands</source>
      <translation>&amp;رفض التظلم: يبقى قرار الرفض</translation>
    </message>
    <message>
      <source>Decision:</source>
      <translation>القرار:</translation>
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
      <source>Candidates' appeals</source>
      <translation>تظلمات المترشحين</translation>
    </message>
    <message>
      <source>%1 (from – to):</source>
      <translation>%1 (من – إلى):</translation>
    </message>
  </context>
  <context>
    <name>DrawDialog</name>
    <message>
      <source>Ballot draw of %1</source>
      <translation>قرعة ترتيب ورقة الاقتراع: %1</translation>
    </message>
    <message>
      <source>Draw computed from a &amp;seed</source>
      <translation>قرعة محسوبة من &amp;بذرة</translation>
    </message>
    <message>
      <source>&amp;Physical draw: put the names in the order drawn</source>
      <translation>قرعة &amp;يدوية: رتّب الأسماء بحسب سحبها</translation>
    </message>
    <message>
      <source>Agreed in front of the witnesses, e.g. the date and two banknote numbers</source>
      <translation>يُتفق عليها أمام الشهود، مثل التاريخ ورقمي ورقتين نقديتين</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
      <source>One name a line; at least one</source>
      <translation>اسم في كل سطر؛ واحد على الأقل</translation>
    </message>
    <message>
      <source>S&amp;eed:</source>
      <translation>ال&amp;بذرة:</translation>
    </message>
    <message>
      <source>Order &amp;drawn:</source>
      <translation>الترتيب ال&amp;مسحوب:</translation>
    </message>
    <message>
      <source>Drawn &amp;by:</source>
      <translation>أجرى ال&amp;قرعة:</translation>
    </message>
    <message>
      <source>Wi&amp;tnesses:</source>
      <translation>ال&amp;شهود:</translation>
    </message>
    <message>
      <source>Record the draw</source>
      <translation>تسجيل القرعة</translation>
    </message>
    <message>
      <source>%1 candidates are tied with %2 votes each for %3 seat(s):</source>
      <translation>تعادل %1 مرشحين بعدد %2 صوتًا لكل منهم على %3 من المقاعد:</translation>
    </message>
    <message>
      <source>By a seed the committee agreed on</source>
      <translation>ببذرة اتفقت عليها اللجنة</translation>
    </message>
    <message>
      <source>Physical draw: type the order drawn</source>
      <translation>قرعة يدوية: اكتب الترتيب الذي سُحب</translation>
    </message>
    <message>
      <source>Ballot numbers in the order drawn, e.g. 3, 1</source>
      <translation>أرقام المرشحين بالترتيب الذي سُحب، مثل 3، 1</translation>
    </message>
    <message>
      <source>One witness a line</source>
      <translation>شاهد في كل سطر</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>البذرة</translation>
    </message>
    <message>
      <source>Order drawn</source>
      <translation>الترتيب المسحوب</translation>
    </message>
    <message>
      <source>Drawn by</source>
      <translation>أجرى القرعة</translation>
    </message>
    <message>
      <source>Witnesses</source>
      <translation>الشهود</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <source>No.</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Similarity %</source>
      <translation>نسبة التشابه ٪</translation>
    </message>
    <message>
      <source>First entry</source>
      <translation>القيد الأول</translation>
    </message>
    <message>
      <source>Second entry</source>
      <translation>القيد الثاني</translation>
    </message>
    <message>
      <source>Registered at</source>
      <translation>مقيد في</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Probable duplicates</source>
      <translation>القيود المكررة المحتملة</translation>
    </message>
    <message>
      <source>&amp;Search the roll for duplicates</source>
      <translation>&amp;البحث عن القيود المكررة في الجداول</translation>
    </message>
    <message>
      <source>Deciding &amp;reference:</source>
      <translation>&amp;مرجع القرار:</translation>
    </message>
    <message>
      <source>Same person: keep the &amp;first</source>
      <translation>الشخص نفسه: إبقاء القيد ال&amp;أول</translation>
    </message>
    <message>
      <source>Same person: keep the s&amp;econd</source>
      <translation>الشخص نفسه: إبقاء القيد ال&amp;ثاني</translation>
    </message>
    <message>
      <source>&amp;Different people</source>
      <translation>شخصان &amp;مختلفان</translation>
    </message>
    <message>
      <source>Nothing is removed automatically: the entry not kept is removed by your decision, under its reference.</source>
      <translation>لا يُشطب أي قيد تلقائيًا: القيد الذي لا يُبقى عليه يُشطب بقرارك وبمرجعه.</translation>
    </message>
    <message>
      <source>Probable duplicates to review: %1</source>
      <translation>القيود المكررة المحتملة قيد المراجعة: %1</translation>
    </message>
    <message>
      <source>(the first %1 are listed)</source>
      <translation>(معروض أول %1 منها)</translation>
    </message>
    <message>
      <source>Searching for probable duplicates</source>
      <translation>جارٍ البحث عن القيود المكررة المحتملة</translation>
    </message>
    <message>
      <source>Voters compared: %1. Probable duplicates found: %2, new in the queue: %3.</source>
      <translation>عدد الناخبين الذين قورنوا: %1. القيود المكررة المحتملة: %2، منها جديد في قائمة المراجعة: %3.</translation>
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
      <source>No birth date: the candidate's age could not be checked.</source>
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
    <name>EnrolDialog</name>
    <message>
      <source>Enrol a member of %1</source>
      <translation>تسجيل عضو في %1</translation>
    </message>
    <message>
      <source>The member types the signing password, twice, without anyone watching. It unlocks the member's signing key each time they sign and cannot be recovered: a forgotten password means a revoked key and a new enrolment.</source>
      <translation>يكتب العضو كلمة مرور التوقيع مرتين دون أن يراه أحد. تفتح هذه الكلمة مفتاح توقيعه في كل مرة يوقّع فيها، ولا يمكن استرجاعها: نسيانها يعني إلغاء المفتاح وتسجيلًا جديدًا.</translation>
    </message>
    <message>
      <source>Member's &amp;full name:</source>
      <translation>ا&amp;سم العضو الكامل:</translation>
    </message>
    <message>
      <source>&amp;Signing password:</source>
      <translation>&amp;كلمة مرور التوقيع:</translation>
    </message>
    <message>
      <source>Signing password &amp;again:</source>
      <translation>كلمة مرور التوقيع &amp;مرة أخرى:</translation>
    </message>
    <message>
      <source>&amp;Make the key</source>
      <translation>إ&amp;نشاء المفتاح</translation>
    </message>
    <message>
      <source>Write this fingerprint down and keep it with you. It is printed beside the member's signature on every record and package the key signs, and the main committee uses it to recognise the key.</source>
      <translation>دوّن هذه البصمة واحتفظ بها. تُطبع بجوار توقيع العضو على كل محضر وحزمة يوقّعها هذا المفتاح، وبها تتعرّف اللجنة الرئيسية على المفتاح.</translation>
    </message>
    <message>
      <source>Type the member's name.</source>
      <translation>اكتب اسم العضو.</translation>
    </message>
    <message>
      <source>The two passwords differ: type them again.</source>
      <translation>كلمتا المرور مختلفتان: اكتبهما من جديد.</translation>
    </message>
    <message>
      <source>%1 is enrolled in %2. The key's fingerprint:</source>
      <translation>سُجّل %1 في %2. بصمة المفتاح:</translation>
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
      <source>The election has no {window} yet: set it in the election's rules first.</source>
      <translation>لم تُحدَّد {window} للانتخابات بعد: حدِّدها أولًا في قواعد الانتخابات.</translation>
    </message>
    <message>
      <source>The election has no polling date yet: candidates' ages are counted on polling day, so set it first.</source>
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
      <source>Sign in first: this action changes the election (on the command line, give --user NAME).</source>
      <translation>سجّل الدخول أولًا: هذا الإجراء يغيّر بيانات الانتخاب (في سطر الأوامر استخدم ‎--user NAME).</translation>
    </message>
    <message>
      <source>{user} ({role}) may not do this (it needs the permission “{permission}”).</source>
      <translation>لا يحق للمستخدم {user} ({role}) القيام بهذا الإجراء (يتطلب الصلاحية «{permission}»).</translation>
    </message>
    <message>
      <source>{user} works at polling centre {own}, not at {centre}.</source>
      <translation>يعمل {user} في مركز الاقتراع {own}، لا في {centre}.</translation>
    </message>
    <message>
      <source>Wrong user name or password.</source>
      <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
      <source>The account {user} is locked after too many failed sign-ins until {until} (UTC).</source>
      <translation>الحساب {user} مقفل بعد محاولات دخول فاشلة كثيرة حتى {until} (بالتوقيت العالمي).</translation>
    </message>
    <message>
      <source>The account {user} is disabled.</source>
      <translation>الحساب {user} معطّل.</translation>
    </message>
    <message>
      <source>This election already has an administrator: sign in as a user who may add accounts.</source>
      <translation>لهذا الانتخاب مدير نظام بالفعل: سجّل الدخول بحساب يحق له إضافة الحسابات.</translation>
    </message>
    <message>
      <source>A user named {user} already exists.</source>
      <translation>يوجد مستخدم باسم {user} بالفعل.</translation>
    </message>
    <message>
      <source>There is no user named {user}.</source>
      <translation>لا يوجد مستخدم باسم {user}.</translation>
    </message>
    <message>
      <source>“{user}” is not a valid user name (2 to 40 letters, digits, dots, hyphens or underscores).</source>
      <translation>«{user}» ليس اسم مستخدم صالحًا (من 2 إلى 40 حرفًا لاتينيًا أو رقمًا أو نقطة أو شرطة أو شرطة سفلية).</translation>
    </message>
    <message>
      <source>{user} is the last active system administrator: appoint another one first.</source>
      <translation>{user} هو آخر مدير نظام فعّال: عيّن مديرًا آخر أولًا.</translation>
    </message>
    <message>
      <source>The password must have at least {minimum} characters.</source>
      <translation>يجب ألا تقل كلمة المرور عن {minimum} أحرف.</translation>
    </message>
    <message>
      <source>This password is one of the most common passwords: choose another.</source>
      <translation>كلمة المرور هذه من أكثر كلمات المرور شيوعًا: اختر غيرها.</translation>
    </message>
    <message>
      <source>The password must not contain the user name.</source>
      <translation>يجب ألا تتضمن كلمة المرور اسم المستخدم.</translation>
    </message>
    <message>
      <source>There is no committee {committee}.</source>
      <translation>لا توجد لجنة {committee}.</translation>
    </message>
    <message>
      <source>The committee {committee} already exists.</source>
      <translation>اللجنة {committee} موجودة بالفعل.</translation>
    </message>
    <message>
      <source>The committee {committee} needs {k} signatures but has {n} active members.</source>
      <translation>تحتاج اللجنة {committee} إلى {k} توقيعات ولها {n} من الأعضاء الفاعلين فقط.</translation>
    </message>
    <message>
      <source>{member} is not a member of the committee {committee}.</source>
      <translation>{member} ليس عضوًا في اللجنة {committee}.</translation>
    </message>
    <message>
      <source>Wrong signing password for {member}.</source>
      <translation>كلمة مرور التوقيع غير صحيحة للعضو {member}.</translation>
    </message>
    <message>
      <source>The signing key of {member} was revoked.</source>
      <translation>أُلغي مفتاح التوقيع الخاص بالعضو {member}.</translation>
    </message>
    <message>
      <source>The signatures do not certify this record: {detail}</source>
      <translation>التوقيعات لا تعتمد هذا المحضر: {detail}</translation>
    </message>
    <message>
      <source>{path} is not a readable electadmin package: {detail}</source>
      <translation>{path} ليس حزمة electadmin قابلة للقراءة: {detail}</translation>
    </message>
    <message>
      <source>The file {file} of the package was changed after it was signed.</source>
      <translation>غُيّر الملف {file} في الحزمة بعد توقيعها.</translation>
    </message>
    <message>
      <source>The file {file} of the package is missing.</source>
      <translation>الملف {file} مفقود من الحزمة.</translation>
    </message>
    <message>
      <source>The package holds a file its manifest does not list: {file}.</source>
      <translation>تحتوي الحزمة على ملف لا يرد في بيانها: {file}.</translation>
    </message>
    <message>
      <source>The signature of {member} (key {fingerprint}) does not match the package's manifest.</source>
      <translation>توقيع {member} (المفتاح {fingerprint}) لا يطابق بيان الحزمة.</translation>
    </message>
    <message>
      <source>The package is signed with a key this election does not know ({fingerprint}).</source>
      <translation>الحزمة موقعة بمفتاح لا يعرفه هذا الانتخاب ({fingerprint}).</translation>
    </message>
    <message>
      <source>The package is signed with the revoked key of {member} ({fingerprint}).</source>
      <translation>الحزمة موقعة بمفتاح {member} الملغى ({fingerprint}).</translation>
    </message>
    <message>
      <source>The package carries {valid} valid signatures of the committee {committee}; {k} are needed.</source>
      <translation>تحمل الحزمة {valid} من التوقيعات الصحيحة للجنة {committee}، والمطلوب {k}.</translation>
    </message>
    <message>
      <source>The package belongs to another election ({theirs}), not to this one ({ours}).</source>
      <translation>الحزمة تخص انتخابًا آخر ({theirs}) لا هذا الانتخاب ({ours}).</translation>
    </message>
    <message>
      <source>The package's sequence number {sequence} is not newer than the last one accepted from {sender} ({last}).</source>
      <translation>الرقم التسلسلي للحزمة {sequence} ليس أحدث من آخر رقم قُبل من {sender} ({last}).</translation>
    </message>
    <message>
      <source>This is a test or demo package: it cannot be imported into a real election.</source>
      <translation>هذه حزمة تجريبية أو حزمة عرض: لا يمكن استيرادها في انتخاب حقيقي.</translation>
    </message>
    <message>
      <source>This is a {kind} package, not a {expected} package.</source>
      <translation>هذه حزمة من نوع {kind} وليست من نوع {expected}.</translation>
    </message>
    <message>
      <source>The package is signed by key {fingerprint}, not by the key {expected} that was confirmed.</source>
      <translation>الحزمة موقعة بالمفتاح {fingerprint} لا بالمفتاح المؤكَّد {expected}.</translation>
    </message>
    <message>
      <source>An election package can only be imported into an election file that has no election yet.</source>
      <translation>لا تُستورد حزمة الانتخاب إلا في ملف انتخاب لا يحتوي انتخابًا بعد.</translation>
    </message>
    <message>
      <source>There is no backup {name}.</source>
      <translation>لا توجد نسخة احتياطية باسم {name}.</translation>
    </message>
    <message>
      <source>The backup {name} is damaged: {detail}</source>
      <translation>النسخة الاحتياطية {name} تالفة: {detail}</translation>
    </message>
    <message>
      <source>Backups are made of election files; a server database is backed up by its administrator.</source>
      <translation>تُنسخ ملفات الانتخاب احتياطيًا؛ أما قاعدة البيانات على الخادم فينسخها مسؤولها.</translation>
    </message>
    <message>
      <source>There is no polling station “{value}”.</source>
      <translation>لا توجد لجنة اقتراع «{value}».</translation>
    </message>
    <message>
      <source>The ballot of {wilayat} is not fixed yet: fix the ballot order of its candidates first.</source>
      <translation>لم تُعتمد ورقة الاقتراع في {wilayat} بعد: اعتمد ترتيب مرشحيها أولًا.</translation>
    </message>
    <message>
      <source>There is no candidate “{value}” on the ballot of {wilayat}.</source>
      <translation>لا يوجد المرشح «{value}» في ورقة الاقتراع في {wilayat}.</translation>
    </message>
    <message>
      <source>The votes of candidate {candidate} are missing from the count record of station {station}.</source>
      <translation>أصوات المرشح {candidate} غير مذكورة في محضر فرز اللجنة {station}.</translation>
    </message>
    <message>
      <source>The count record does not reconcile ({checks}): write an explanation to save it.</source>
      <translation>أرقام محضر الفرز غير متطابقة ({checks}): اكتب تفسيرًا لحفظه.</translation>
    </message>
    <message>
      <source>The result of {wilayat} is certified and cannot change; the system administrator must reopen it first.</source>
      <translation>نتيجة {wilayat} معتمدة ولا يجوز تغييرها؛ ويجب أن يعيد مدير النظام فتحها أولًا.</translation>
    </message>
    <message>
      <source>Station {station} has no first entry yet: the second entry is compared with it.</source>
      <translation>لا يوجد إدخال أول للجنة {station} بعد: فالإدخال الثاني يُقارن به.</translation>
    </message>
    <message>
      <source>Write the reason: {action}.</source>
      <translation>اكتب السبب: {action}.</translation>
    </message>
    <message>
      <source>The second entry must be typed by another clerk than the first ({clerk}).</source>
      <translation>يجب أن يُدخل الإدخالَ الثاني كاتبٌ غير كاتب الإدخال الأول ({clerk}).</translation>
    </message>
    <message>
      <source>The result of {wilayat} cannot be certified: {missing} of its stations have no matched count record.</source>
      <translation>لا يمكن اعتماد نتيجة {wilayat}: {missing} من لجانها بلا محضر فرز مطابق.</translation>
    </message>
    <message>
      <source>The result of {wilayat} needs a draw between {candidates} for the last seat.</source>
      <translation>نتيجة {wilayat} تحتاج إلى قرعة بين {candidates} على المقعد الأخير.</translation>
    </message>
    <message>
      <source>The result of {wilayat} has no tie to draw for.</source>
      <translation>لا يوجد تعادل في نتيجة {wilayat} تُجرى له قرعة.</translation>
    </message>
    <message>
      <source>The result of {wilayat} is not certified: there is nothing to reopen.</source>
      <translation>نتيجة {wilayat} غير معتمدة: فلا شيء يُعاد فتحه.</translation>
    </message>
    <message>
      <source>The polling centre {centre} is not in the wilayat {wilayat}.</source>
      <translation>مركز الاقتراع {centre} لا يقع في ولاية {wilayat}.</translation>
    </message>
    <message>
      <source>The polling centre {centre} does not receive voters of this gender ({gender}).</source>
      <translation>مركز الاقتراع {centre} لا يستقبل ناخبين من هذا الجنس ({gender}).</translation>
    </message>
    <message>
      <source>The civil number {civil_number} is registered in the wilayat {wilayat}: moving a voter is a transfer of registration, not an import.</source>
      <translation>الرقم المدني {civil_number} مقيد في ولاية {wilayat}: نقل الناخب يكون بنقل القيد لا بالاستيراد.</translation>
    </message>
    <message>
      <source>No voter on the roll has the civil number {value}.</source>
      <translation>لا يوجد في جداول الناخبين ناخب رقمه المدني {value}.</translation>
    </message>
    <message>
      <source>Refused: {day} is outside the {window}, which runs from {start} to {end}.</source>
      <translation>مرفوض: يوم {day} خارج {window} الممتدة من {start} إلى {end}.</translation>
    </message>
    <message>
      <source>The voter's entry is “{status}”: it cannot be {action}.</source>
      <translation>قيد الناخب «{status}»: لا يمكن أن يُ{action}.</translation>
    </message>
    <message>
      <source>The voter is already registered at the polling centre {centre}.</source>
      <translation>الناخب مقيد أصلًا في مركز الاقتراع {centre}.</translation>
    </message>
    <message>
      <source>The civil number {civil_number} is already on the roll: object against that entry instead.</source>
      <translation>الرقم المدني {civil_number} مقيد في الجداول أصلًا: قدّم الاعتراض على ذلك القيد.</translation>
    </message>
    <message>
      <source>There is no objection number {value}.</source>
      <translation>لا يوجد اعتراض رقمه {value}.</translation>
    </message>
    <message>
      <source>The objection number {value} has already been decided ({state}).</source>
      <translation>سبق البت في الاعتراض رقم {value} ({state}).</translation>
    </message>
    <message>
      <source>The decision date {day} is before the objection was lodged ({lodged}).</source>
      <translation>تاريخ القرار {day} سابق لتاريخ تقديم الاعتراض ({lodged}).</translation>
    </message>
    <message>
      <source>There is no probable duplicate number {value}.</source>
      <translation>لا يوجد قيد مكرر محتمل رقمه {value}.</translation>
    </message>
    <message>
      <source>The probable duplicate number {value} has already been decided ({state}).</source>
      <translation>سبق البت في القيد المكرر المحتمل رقم {value} ({state}).</translation>
    </message>
    <message>
      <source>The entry to keep ({civil_number}) is not one of the two entries under review.</source>
      <translation>القيد المراد إبقاؤه ({civil_number}) ليس أحد القيدين قيد المراجعة.</translation>
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
      <source>This computer is not assigned to a polling station yet: choose the station first.</source>
      <translation>لم يُخصَّص هذا الحاسوب لمحطة اقتراع بعد: اختر المحطة أولًا.</translation>
    </message>
    <message>
      <source>The polls of station {station} were closed at {when}: no more check-ins there.</source>
      <translation>أُغلق الاقتراع في المحطة {station} بتاريخ {when}: لا يُقبل فيها تسجيل حضور بعد ذلك.</translation>
    </message>
    <message>
      <source>The election has no polling date: voters' ages cannot be checked.</source>
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
      <source>The committee {committee} has no counted station record to send yet.</source>
      <translation>ليس لدى اللجنة {committee} بعدُ محضر فرز معتمد في العد لأي مركز اقتراع لإرساله.</translation>
    </message>
    <message>
      <source>The result package of the committee {committee} holds the record of station {station}, which is not in its area. Nothing was imported.</source>
      <translation>تحتوي حزمة نتائج اللجنة {committee} على محضر مركز الاقتراع {station} وهو ليس ضمن نطاقها. لم يُستورد شيء.</translation>
    </message>
    <message>
      <source>The record {file} of the result package is not valid: {detail}. Nothing was imported.</source>
      <translation>المحضر {file} في حزمة النتائج غير صالح: {detail}. لم يُستورد شيء.</translation>
    </message>
    <message>
      <source>The certified result of {wilayat} in the package does not add up to its station records ({detail}). Nothing was imported.</source>
      <translation>النتيجة المعتمدة لولاية {wilayat} في الحزمة لا تطابق مجموع محاضر مراكزها ({detail}). لم يُستورد شيء.</translation>
    </message>
    <message>
      <source>The main committee's code is {main}, not {code}.</source>
      <translation>رمز اللجنة الرئيسية هو {main} وليس {code}.</translation>
    </message>
    <message>
      <source>The committee {committee} needs its area: “{value}” is not a wilayat or polling centre of this election.</source>
      <translation>يلزم تحديد نطاق اللجنة {committee}: «{value}» ليست ولاية أو مركز اقتراع في هذه الانتخابات.</translation>
    </message>
    <message>
      <source>This area already has its committee, {committee}: enrol the members there.</source>
      <translation>لهذا النطاق لجنته بالفعل، وهي {committee}: سجّل الأعضاء فيها.</translation>
    </message>
    <message>
      <source>Write why the signing key of {member} is revoked.</source>
      <translation>اكتب سبب إلغاء مفتاح توقيع {member}.</translation>
    </message>
    <message>
      <source>The result of {wilayat} cannot be certified: the wilayat has no committee to sign it. Set up the committee {committee} (Committees: a wilayat committee for {code}), enrol its members and set how many must sign, then certify with their signing passwords.</source>
      <translation>لا يمكن اعتماد نتيجة {wilayat}: ليس للولاية لجنة توقّعها. أنشئ اللجنة {committee} (اللجان: لجنة ولاية لـ {code})، وسجّل أعضاءها وحدّد عدد من يلزم توقيعهم، ثم اعتمد النتيجة بكلمات مرور توقيعهم.</translation>
    </message>
    <message>
      <source>This is done only while building a demo election.</source>
      <translation>لا يُجرى هذا إلا عند إنشاء انتخابات تجريبية.</translation>
    </message>
    <message>
      <source>No committee of the polling centre {centre} is in this election file, so the check-in package cannot be signed: import the election package addressed to the centre's committee.</source>
      <translation>لا توجد في ملف الانتخاب هذا لجنة لمركز الاقتراع {centre}، ولذلك لا يمكن توقيع حزمة تسجيل الحضور: استورد حزمة الانتخاب الموجهة إلى لجنة المركز.</translation>
    </message>
    <message>
      <source>The check-in package {path} is signed by {committee}, which is not the committee of a polling centre. Nothing was merged.</source>
      <translation>حزمة تسجيل الحضور {path} موقعة من {committee}، وهي ليست لجنة مركز اقتراع. لم يُدمج شيء.</translation>
    </message>
    <message>
      <source>The check-in package {path} of the committee {committee} holds events of station {station}, which is not a station of its centre. Nothing was merged.</source>
      <translation>تحتوي حزمة تسجيل الحضور {path} الصادرة عن اللجنة {committee} على أحداث للمحطة {station}، وهي ليست من محطات مركزها. لم يُدمج شيء.</translation>
    </message>
    <message>
      <source>The check-in package {path} comes from a station of the wilayat {wilayat}; this file merges the stations of {ours} only. Nothing was merged.</source>
      <translation>حزمة تسجيل الحضور {path} صادرة عن محطة في ولاية {wilayat}، وهذا الملف لا يدمج إلا محطات {ours}. لم يُدمج شيء.</translation>
    </message>
    <message>
      <source>The audit log was rewritten: entry {sequence} {problem} {checkpoint}. No entry after entry {agreed} can be trusted. Keep this file as evidence and compare it with its backups.</source>
      <translation>أُعيدت كتابة سجل التدقيق: القيد {sequence} {problem} {checkpoint}. لا يُوثَق بأي قيد بعد القيد {agreed}. احتفظ بهذا الملف دليلًا وقارنه بنسخه الاحتياطية.</translation>
    </message>
    <message>
      <source>“{value}” is not an audit head: write the entry number, a colon and the 64 hexadecimal digits of its hash, as the receiving committee recorded it.</source>
      <translation>«{value}» ليس رأسًا لسجل التدقيق: اكتب رقم القيد ثم نقطتين رأسيتين ثم الأرقام الست عشرية الأربعة والستين لبصمته، كما سجّلتها اللجنة المستلِمة.</translation>
    </message>
    <message>
      <source>{field} must be a time of day such as 07:30, not “{value}”.</source>
      <translation>يجب أن يكون {field} وقتًا من اليوم مثل 07:30، لا «{value}».</translation>
    </message>
    <message>
      <source>Station {station} has no count record yet.</source>
      <translation>لا يوجد محضر فرز للجنة {station} بعد.</translation>
    </message>
    <message>
      <source>Count records are entered once polling has opened; the election is in the phase “{current}”.</source>
      <translation>تُدخل محاضر الفرز بعد بدء الاقتراع؛ والانتخاب الآن في مرحلة «{current}».</translation>
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
      <source>User account created</source>
      <translation>أُنشئ حساب مستخدم</translation>
    </message>
    <message>
      <source>User signed in</source>
      <translation>سجّل مستخدم الدخول</translation>
    </message>
    <message>
      <source>Failed sign-in</source>
      <translation>محاولة دخول فاشلة</translation>
    </message>
    <message>
      <source>Account locked after failed sign-ins</source>
      <translation>أُقفل حساب بعد محاولات دخول فاشلة</translation>
    </message>
    <message>
      <source>Account unlocked</source>
      <translation>فُتح قفل حساب</translation>
    </message>
    <message>
      <source>User's role changed</source>
      <translation>تغيّر دور مستخدم</translation>
    </message>
    <message>
      <source>Password changed</source>
      <translation>تغيّرت كلمة مرور</translation>
    </message>
    <message>
      <source>User account disabled</source>
      <translation>عُطّل حساب مستخدم</translation>
    </message>
    <message>
      <source>User account enabled</source>
      <translation>فُعّل حساب مستخدم</translation>
    </message>
    <message>
      <source>Security settings changed</source>
      <translation>تغيّرت إعدادات الأمان</translation>
    </message>
    <message>
      <source>Committee created</source>
      <translation>أُنشئت لجنة</translation>
    </message>
    <message>
      <source>Committee's required signatures changed</source>
      <translation>تغيّر عدد التوقيعات المطلوبة للجنة</translation>
    </message>
    <message>
      <source>Committee member enrolled with a signing key</source>
      <translation>سُجّل عضو لجنة بمفتاح توقيع</translation>
    </message>
    <message>
      <source>Committee member's signing key revoked</source>
      <translation>أُلغي مفتاح توقيع عضو لجنة</translation>
    </message>
    <message>
      <source>Package written</source>
      <translation>كُتبت حزمة</translation>
    </message>
    <message>
      <source>Package imported</source>
      <translation>استُوردت حزمة</translation>
    </message>
    <message>
      <source>Package refused</source>
      <translation>رُفضت حزمة</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>أُنشئت نسخة احتياطية</translation>
    </message>
    <message>
      <source>Election restored from a backup</source>
      <translation>استُرجع الانتخاب من نسخة احتياطية</translation>
    </message>
    <message>
      <source>Audit log exported (NIST SP 1500-101)</source>
      <translation>صُدّر سجل التدقيق (NIST SP 1500-101)</translation>
    </message>
    <message>
      <source>Count record entered</source>
      <translation>أُدخل محضر فرز</translation>
    </message>
    <message>
      <source>Count record matched by double entry</source>
      <translation>تطابق محضر الفرز في الإدخال المزدوج</translation>
    </message>
    <message>
      <source>Count record entries differ</source>
      <translation>اختلف إدخالا محضر الفرز</translation>
    </message>
    <message>
      <source>Station results imported</source>
      <translation>استُوردت نتائج اللجان</translation>
    </message>
    <message>
      <source>Results exported</source>
      <translation>صُدّرت النتائج</translation>
    </message>
    <message>
      <source>Draw for a tied seat recorded</source>
      <translation>سُجلت قرعة على مقعد متعادل</translation>
    </message>
    <message>
      <source>Constituency result certified</source>
      <translation>اعتُمدت نتيجة الدائرة</translation>
    </message>
    <message>
      <source>Certified result reopened</source>
      <translation>أُعيد فتح نتيجة معتمدة</translation>
    </message>
    <message>
      <source>Roll file imported</source>
      <translation>استيراد ملف السجل الانتخابي</translation>
    </message>
    <message>
      <source>Roll exported or printed</source>
      <translation>تصدير السجل الانتخابي أو طباعته</translation>
    </message>
    <message>
      <source>Demo roll generated</source>
      <translation>توليد سجل انتخابي تجريبي</translation>
    </message>
    <message>
      <source>Voter removed from the roll</source>
      <translation>شطب ناخب من الجداول</translation>
    </message>
    <message>
      <source>Voter restored to the roll</source>
      <translation>إعادة قيد ناخب في الجداول</translation>
    </message>
    <message>
      <source>Registration transferred</source>
      <translation>نقل قيد ناخب</translation>
    </message>
    <message>
      <source>Voter added on an objection</source>
      <translation>إضافة ناخب بناءً على اعتراض</translation>
    </message>
    <message>
      <source>Objection to the roll lodged</source>
      <translation>تقديم اعتراض على الجداول</translation>
    </message>
    <message>
      <source>Objection to the roll decided</source>
      <translation>البت في اعتراض على الجداول</translation>
    </message>
    <message>
      <source>Roll searched for probable duplicates</source>
      <translation>البحث عن القيود المكررة المحتملة</translation>
    </message>
    <message>
      <source>Probable duplicate decided</source>
      <translation>البت في قيد مكرر محتمل</translation>
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
      <source>Stations' check-in events merged</source>
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
      <source>none / primary / preparatory / secondary / diploma / bachelor / master / doctorate</source>
      <translation>بدون / ابتدائي / إعدادي / ثانوي / دبلوم / بكالوريوس / ماجستير / دكتوراه</translation>
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
    <message>
      <source>Date of the decision</source>
      <translation>تاريخ القرار</translation>
    </message>
    <message>
      <source>Stations reported</source>
      <translation>اللجان الواردة</translation>
    </message>
    <message>
      <source>Stations expected</source>
      <translation>اللجان المتوقعة</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Votes</source>
      <translation>الأصوات</translation>
    </message>
    <message>
      <source>Share (%)</source>
      <translation>النسبة (%)</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>الترتيب</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>الوضع</translation>
    </message>
    <message>
      <source>Elected</source>
      <translation>فائز</translation>
    </message>
    <message>
      <source>Turnout (%)</source>
      <translation>نسبة المشاركة (%)</translation>
    </message>
    <message>
      <source>Winners</source>
      <translation>الفائزون</translation>
    </message>
    <message>
      <source>Tied for the last seat</source>
      <translation>المتعادلون على المقعد الأخير</translation>
    </message>
    <message>
      <source>Station code</source>
      <translation>رمز اللجنة</translation>
    </message>
    <message>
      <source>Polling centre</source>
      <translation>مركز الاقتراع</translation>
    </message>
    <message>
      <source>Count record</source>
      <translation>محضر الفرز</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>النسخة</translation>
    </message>
    <message>
      <source>Reconciles</source>
      <translation>متطابق</translation>
    </message>
    <message>
      <source>Generated at (UTC)</source>
      <translation>وقت الإنشاء (بالتوقيت العالمي)</translation>
    </message>
    <message>
      <source>Candidates' votes</source>
      <translation>أصوات المرشحين</translation>
    </message>
    <message>
      <source>Constituencies</source>
      <translation>الدوائر الانتخابية</translation>
    </message>
    <message>
      <source>Candidate</source>
      <translation>المرشح</translation>
    </message>
    <message>
      <source>Deciding reference</source>
      <translation>مرجع القرار</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>Objector</source>
      <translation>المعترض</translation>
    </message>
    <message>
      <source>Grounds</source>
      <translation>أسباب الاعتراض</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <source>Centre name</source>
      <translation>اسم المركز</translation>
    </message>
    <message>
      <source>Reason for removal</source>
      <translation>سبب الشطب</translation>
    </message>
    <message>
      <source>Decision reference</source>
      <translation>مرجع القرار</translation>
    </message>
    <message>
      <source>Age on polling day</source>
      <translation>العمر يوم الاقتراع</translation>
    </message>
    <message>
      <source>Eligible</source>
      <translation>يحق له التصويت</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>The whole roll</source>
      <translation>السجل الانتخابي كاملًا</translation>
    </message>
    <message>
      <source>Roll</source>
      <translation>السجل الانتخابي</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
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
      <source>Excel workbook (*.xlsx)</source>
      <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>CSV file (*.csv)</source>
      <translation>ملف CSV (*.csv)</translation>
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
      <source>More voters match than are shown: type more of the name.</source>
      <translation>يطابق البحثَ ناخبون أكثر مما يُعرض: اكتب مزيدًا من الاسم.</translation>
    </message>
    <message>
      <source>No voter found.</source>
      <translation>لم يُعثر على ناخب.</translation>
    </message>
  </context>
  <context>
    <name>FirstAdministratorDialog</name>
    <message>
      <source>The system administrator's account</source>
      <translation>حساب مدير النظام</translation>
    </message>
    <message>
      <source>This election file has no account yet. Create the account of its system administrator: there is no default password, and every later change is recorded under the name of whoever signed in.</source>
      <translation>لا يحتوي ملف الانتخاب هذا أي حساب بعد. أنشئ حساب مدير النظام: لا توجد كلمة مرور افتراضية، ويُسجَّل كل تغيير لاحق باسم من سجّل الدخول.</translation>
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
      <source>Load Oman's reference geography of 2023 (governorates: %1, wilayats: %2, Shura Council seats: %3)? Polling centres are added afterwards.</source>
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
    <name>HistoryDialog</name>
    <message>
      <source>Versions of the count record of station %1</source>
      <translation>إصدارات محضر فرز المحطة %1</translation>
    </message>
    <message>
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Entered by</source>
      <translation>أدخله</translation>
    </message>
    <message>
      <source>Saved at</source>
      <translation>وقت الحفظ</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Version %1</source>
      <translation>الإصدار %1</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import the electoral roll</source>
      <translation>استيراد جداول الناخبين</translation>
    </message>
    <message>
      <source>File: %1</source>
      <translation>الملف: %1</translation>
    </message>
    <message>
      <source>Columns of the file</source>
      <translation>أعمدة الملف</translation>
    </message>
    <message>
      <source>(not in the file)</source>
      <translation>(غير موجود في الملف)</translation>
    </message>
    <message>
      <source>(column %1, no header)</source>
      <translation>(العمود %1، بلا عنوان)</translation>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(اختياري)</translation>
    </message>
    <message>
      <source>&amp;Preview the import</source>
      <translation>&amp;معاينة الاستيراد</translation>
    </message>
    <message>
      <source>&amp;Save the problems as XLSX…</source>
      <translation>&amp;حفظ الأخطاء في ملف XLSX…</translation>
    </message>
    <message>
      <source>Import only the &amp;valid rows (the rows with problems are left out)</source>
      <translation>استيراد الصفوف ال&amp;سليمة فقط (تُستبعد الصفوف التي فيها أخطاء)</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
      <source>Every column was recognised. Check the mapping below, then preview the import.</source>
      <translation>تم التعرف على جميع الأعمدة. راجع مطابقتها أدناه، ثم عاين الاستيراد.</translation>
    </message>
    <message>
      <source>Some columns could not be recognised: choose them below.</source>
      <translation>تعذّر التعرف على بعض الأعمدة: اخترها أدناه.</translation>
    </message>
    <message>
      <source>Choose the column of the file for: %1</source>
      <translation>اختر عمود الملف الخاص بـ: %1</translation>
    </message>
    <message>
      <source>Every required column is chosen.</source>
      <translation>اختيرت جميع الأعمدة المطلوبة.</translation>
    </message>
    <message>
      <source>The mapping changed: preview the import again.</source>
      <translation>تغيّرت مطابقة الأعمدة: عاين الاستيراد من جديد.</translation>
    </message>
    <message>
      <source>Checking the roll file</source>
      <translation>جارٍ فحص ملف الجداول</translation>
    </message>
    <message>
      <source>Rows: %1, valid: %2, with problems: %3</source>
      <translation>الصفوف: %1، السليمة: %2، التي فيها أخطاء: %3</translation>
    </message>
    <message>
      <source>Importing would add %1 voters, change %2, leave %3 unchanged and remove %4.</source>
      <translation>سيضيف الاستيراد من الناخبين: %1، ويعدّل: %2، ويُبقي دون تغيير: %3، ويشطب: %4.</translation>
    </message>
    <message>
      <source>A file with problems imports nothing, unless you choose to import only its valid rows.</source>
      <translation>لا يُستورد شيء من ملف فيه أخطاء، إلا إذا اخترت استيراد صفوفه السليمة فقط.</translation>
    </message>
    <message>
      <source>Save the problems</source>
      <translation>حفظ الأخطاء</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>The problems were written to %1.</source>
      <translation>كُتبت الأخطاء في %1.</translation>
    </message>
    <message>
      <source>Importing the electoral roll</source>
      <translation>جارٍ استيراد جداول الناخبين</translation>
    </message>
    <message>
      <source>The roll was imported: %1 added, %2 changed, %3 unchanged, %4 removed, %5 rows left out.</source>
      <translation>تم استيراد الجداول: أضيف %1، وعُدّل %2، وبقي دون تغيير %3، وشُطب %4، واستُبعد من الصفوف %5.</translation>
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
      <source>Signed in: %1 (%2)</source>
      <translation>المستخدم: %1 (%2)</translation>
    </message>
    <message>
      <source>DEMO election: generated data, no real persons</source>
      <translation>انتخاب تجريبي: بيانات مولَّدة، لا أشخاص حقيقيون</translation>
    </message>
    <message>
      <source>Backing up the election</source>
      <translation>جارٍ نسخ الانتخاب احتياطيًا</translation>
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
    <name>MismatchDialog</name>
    <message>
      <source>The two entries differ</source>
      <translation>يختلف الإدخالان</translation>
    </message>
    <message>
      <source>The entries of station %1 differ on the fields below (%2). The record does not count toward the results until a matching entry is saved: check the paper and type the record again.</source>
      <translation>يختلف إدخالا المحطة %1 في الحقول أدناه (%2). لا يُحتسب المحضر في النتائج حتى يُحفظ إدخال مطابق: راجع المحضر الورقي وأعد إدخاله.</translation>
    </message>
    <message>
      <source>First entry</source>
      <translation>الإدخال الأول</translation>
    </message>
    <message>
      <source>Second entry</source>
      <translation>الإدخال الثاني</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
  </context>
  <context>
    <name>NewCommitteeDialog</name>
    <message>
      <source>New committee</source>
      <translation>لجنة جديدة</translation>
    </message>
    <message>
      <source>A wilayat's committee</source>
      <translation>لجنة ولاية</translation>
    </message>
    <message>
      <source>A polling centre's committee</source>
      <translation>لجنة مركز اقتراع</translation>
    </message>
    <message>
      <source>The main committee</source>
      <translation>اللجنة الرئيسية</translation>
    </message>
    <message>
      <source>&amp;Level:</source>
      <translation>ال&amp;مستوى:</translation>
    </message>
    <message>
      <source>&amp;Area:</source>
      <translation>ال&amp;نطاق:</translation>
    </message>
    <message>
      <source>C&amp;ode:</source>
      <translation>ال&amp;رمز:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>الا&amp;سم:</translation>
    </message>
    <message>
      <source>&amp;Signatures needed (k):</source>
      <translation>&amp;التوقيعات المطلوبة (k):</translation>
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
    <name>ObjectionDialog</name>
    <message>
      <source>Objection to the roll</source>
      <translation>اعتراض على الجداول</translation>
    </message>
    <message>
      <source>day/month/year</source>
      <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
      <source>Objection window: %1</source>
      <translation>فترة الاعتراض: %1</translation>
    </message>
    <message>
      <source>&amp;Against:</source>
      <translation>&amp;على:</translation>
    </message>
    <message>
      <source>&amp;Civil number:</source>
      <translation>الرقم ال&amp;مدني:</translation>
    </message>
    <message>
      <source>&amp;Objector:</source>
      <translation>المع&amp;ترض:</translation>
    </message>
    <message>
      <source>&amp;Grounds:</source>
      <translation>الأ&amp;سباب:</translation>
    </message>
    <message>
      <source>Full &amp;name:</source>
      <translation>الا&amp;سم الكامل:</translation>
    </message>
    <message>
      <source>G&amp;ender:</source>
      <translation>ال&amp;جنس:</translation>
    </message>
    <message>
      <source>&amp;Birth date:</source>
      <translation>تاريخ المي&amp;لاد:</translation>
    </message>
    <message>
      <source>&amp;Wilayat:</source>
      <translation>ال&amp;ولاية:</translation>
    </message>
    <message>
      <source>Cen&amp;tre:</source>
      <translation>الم&amp;ركز:</translation>
    </message>
  </context>
  <context>
    <name>ObjectionsDialog</name>
    <message>
      <source>No.</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>Against</source>
      <translation>على</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Lodged</source>
      <translation>تاريخ التقديم</translation>
    </message>
    <message>
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <source>Objections to the roll</source>
      <translation>الاعتراضات على الجداول</translation>
    </message>
    <message>
      <source>All objections</source>
      <translation>جميع الاعتراضات</translation>
    </message>
    <message>
      <source>S&amp;how:</source>
      <translation>ع&amp;رض:</translation>
    </message>
    <message>
      <source>&amp;New objection…</source>
      <translation>اعتراض &amp;جديد…</translation>
    </message>
    <message>
      <source>&amp;Decide…</source>
      <translation>&amp;البت…</translation>
    </message>
  </context>
  <context>
    <name>PackageDialog</name>
    <message>
      <source>Package check</source>
      <translation>فحص الحزمة</translation>
    </message>
    <message>
      <source>Election package</source>
      <translation>حزمة الانتخاب</translation>
    </message>
    <message>
      <source>Result package</source>
      <translation>حزمة النتائج</translation>
    </message>
    <message>
      <source>from %1, number %2</source>
      <translation>من %1، رقم %2</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>حزمة</translation>
    </message>
    <message>
      <source>What was checked:</source>
      <translation>ما جرى التحقق منه:</translation>
    </message>
    <message>
      <source>Signed by:</source>
      <translation>وقّعها:</translation>
    </message>
    <message>
      <source>The package was refused: nothing was changed.</source>
      <translation>رُفضت الحزمة: لم يتغيّر شيء.</translation>
    </message>
    <message>
      <source>Confirm the main committee's fingerprint</source>
      <translation>أكّد بصمة مفتاح اللجنة الرئيسية</translation>
    </message>
    <message>
      <source>Compare it with the fingerprint the main committee gave you by another way (printed or by telephone). Type it below to import; if it differs, do not import the package and tell the main committee.</source>
      <translation>قارنها بالبصمة التي أبلغتك بها اللجنة الرئيسية بطريق آخر (مطبوعة أو بالهاتف). اكتبها أدناه للاستيراد؛ وإن اختلفت فلا تستورد الحزمة وأبلغ اللجنة الرئيسية.</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>ا&amp;ستورد</translation>
    </message>
  </context>
  <context>
    <name>Packages</name>
    <message>
      <source>The manifest lists {files} files; each file's size and SHA-256 match; no file is missing, none is extra.</source>
      <translation>يسرد البيان {files} ملفًا، ويطابق حجم كل ملف وبصمته SHA-256، ولا ملف مفقود ولا زائد.</translation>
    </message>
    <message>
      <source>{valid} valid signatures of the committee {committee} over the manifest ({k} needed).</source>
      <translation>{valid} من التوقيعات الصحيحة للجنة {committee} على البيان (المطلوب {k}).</translation>
    </message>
    <message>
      <source>The main committee's fingerprint {fingerprint} matches the one confirmed.</source>
      <translation>بصمة اللجنة الرئيسية {fingerprint} تطابق البصمة المؤكَّدة.</translation>
    </message>
    <message>
      <source>{valid} valid signatures of the committee {committee} ({k} needed), by keys this election knows, none revoked.</source>
      <translation>{valid} من التوقيعات الصحيحة للجنة {committee} (المطلوب {k})، بمفاتيح يعرفها هذا الانتخاب وليس بينها مفتاح ملغى.</translation>
    </message>
    <message>
      <source>The package belongs to this election.</source>
      <translation>الحزمة تخص هذا الانتخاب.</translation>
    </message>
    <message>
      <source>Its test or demo mark agrees with this election.</source>
      <translation>علامة التجربة أو العرض فيها توافق هذا الانتخاب.</translation>
    </message>
    <message>
      <source>Its sequence number {sequence} is newer than the last one accepted ({last}).</source>
      <translation>رقمها التسلسلي {sequence} أحدث من آخر رقم مقبول ({last}).</translation>
    </message>
    <message>
      <source>Imported: {rows} rows.</source>
      <translation>استُورد: {rows} صفًا.</translation>
    </message>
    <message>
      <source>Imported.</source>
      <translation>استُوردت.</translation>
    </message>
    <message>
      <source>The sender's audit log stood at entry {sequence} ({head}) when it signed; the import keeps it.</source>
      <translation>كان سجل التدقيق لدى المرسِل عند القيد {sequence} ({head}) وقت التوقيع؛ ويحتفظ الاستيراد بذلك.</translation>
    </message>
  </context>
  <context>
    <name>PackagesTab</name>
    <message>
      <source>Packages carry the election from the main committee to the wilayats and stations, and results back, on USB sticks. Each is signed by its committee and checked completely before anything is imported.</source>
      <translation>تنقل الحزم الانتخابَ من اللجنة الرئيسية إلى الولايات ومراكز الاقتراع، وتعيد النتائج إليها، على ذاكرات USB. كل حزمة موقعة من لجنتها وتُفحص كاملةً قبل استيراد أي شيء منها.</translation>
    </message>
    <message>
      <source>&amp;Check or import a package folder…</source>
      <translation>ا&amp;فحص مجلد حزمة أو استورده…</translation>
    </message>
    <message>
      <source>Check or import a package &amp;zip…</source>
      <translation>افحص حزمة م&amp;ضغوطة أو استوردها…</translation>
    </message>
    <message>
      <source>&amp;Write the election package…</source>
      <translation>ا&amp;كتب حزمة الانتخاب…</translation>
    </message>
    <message>
      <source>Committee</source>
      <translation>اللجنة</translation>
    </message>
    <message>
      <source>Signatures needed</source>
      <translation>التوقيعات المطلوبة</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>العضو</translation>
    </message>
    <message>
      <source>Key fingerprint</source>
      <translation>بصمة المفتاح</translation>
    </message>
    <message>
      <source>Packages</source>
      <translation>الحزم</translation>
    </message>
    <message>
      <source>Committees and their members' keys:</source>
      <translation>اللجان ومفاتيح أعضائها:</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>حزمة</translation>
    </message>
    <message>
      <source>Packages (*.zip)</source>
      <translation>الحزم (*.zip)</translation>
    </message>
    <message>
      <source>Package folder</source>
      <translation>مجلد الحزمة</translation>
    </message>
    <message>
      <source>Where to write the election package</source>
      <translation>مكان كتابة حزمة الانتخاب</translation>
    </message>
    <message>
      <source>Writing the election package</source>
      <translation>كتابة حزمة الانتخابات</translation>
    </message>
    <message>
      <source>The package was written completely to %1; the stick can be removed safely.</source>
      <translation>كُتبت الحزمة كاملةً في %1؛ يمكن نزع الذاكرة بأمان.</translation>
    </message>
    <message>
      <source>The main committee's fingerprint, to give the receiving committees by another way (printed or by telephone): %1</source>
      <translation>بصمة مفتاح اللجنة الرئيسية، لإبلاغها إلى اللجان المستلمة بطريق آخر (مطبوعةً أو بالهاتف): %1</translation>
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
      <source>Export the check-ins (Ctrl+Shift+S)</source>
      <translation>تصدير سجل الحضور (Ctrl+Shift+S)</translation>
    </message>
    <message>
      <source>Merge stations' packages (Ctrl+Shift+M)</source>
      <translation>دمج حزم المحطات (Ctrl+Shift+M)</translation>
    </message>
    <message>
      <source>Merged turnout (Ctrl+Shift+T)</source>
      <translation>المشاركة المدمجة (Ctrl+Shift+T)</translation>
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
      <source>Of the centre's roll</source>
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
      <source>Choose this computer's station first.</source>
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
      <source>Ready: scan the next voter's card</source>
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
      <source>Printing the centre's list with check-in marks</source>
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
    <message>
      <source>Export the check-ins</source>
      <translation>تصدير سجل الحضور</translation>
    </message>
    <message>
      <source>Packages (*.zip)</source>
      <translation>الحزم (*.zip)</translation>
    </message>
    <message>
      <source>Merge stations' packages</source>
      <translation>دمج حزم المحطات</translation>
    </message>
    <message>
      <source>Packages (*.zip manifest.json)</source>
      <translation>الحزم (*.zip manifest.json)</translation>
    </message>
    <message>
      <source>Events: {events}, signed by {signers} of {committee}. Package: {path}</source>
      <translation>عدد الأحداث: {events}، موقعة من {signers} من أعضاء {committee}. الحزمة: {path}</translation>
    </message>
    <message>
      <source>Packages merged: {packages}; new events: {new} (check-ins: {checkins}, undone: {undos}); voters checked in more than once: {anomalies}.</source>
      <translation>الحزم المدمجة: {packages}؛ الأحداث الجديدة: {new} (تسجيلات الحضور: {checkins}، الإلغاءات: {undos})؛ الناخبون المسجل حضورهم أكثر من مرة: {anomalies}.</translation>
    </message>
    <message>
      <source>Merging stations' packages</source>
      <translation>جارٍ دمج حزم المحطات</translation>
    </message>
  </context>
  <context>
    <name>Progress</name>
    <message>
      <source>Creating the election</source>
      <translation>إنشاء الانتخاب</translation>
    </message>
    <message>
      <source>Loading Oman's geography</source>
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
      <source>Backing up the election</source>
      <translation>جارٍ نسخ الانتخاب احتياطيًا</translation>
    </message>
    <message>
      <source>Counting the demo votes</source>
      <translation>فرز أصوات الانتخاب التجريبي</translation>
    </message>
    <message>
      <source>Writing the results</source>
      <translation>كتابة النتائج</translation>
    </message>
    <message>
      <source>Reading the station results</source>
      <translation>قراءة نتائج اللجان</translation>
    </message>
    <message>
      <source>Checking the station results</source>
      <translation>التحقق من نتائج اللجان</translation>
    </message>
    <message>
      <source>Writing the station results</source>
      <translation>كتابة نتائج اللجان</translation>
    </message>
    <message>
      <source>Printing the results</source>
      <translation>طباعة النتائج</translation>
    </message>
    <message>
      <source>Comparing the names of voters born on the same day</source>
      <translation>جارٍ مقارنة أسماء الناخبين المولودين في اليوم نفسه</translation>
    </message>
    <message>
      <source>Adding the probable duplicates to the review queue</source>
      <translation>جارٍ إضافة القيود المكررة المحتملة إلى قائمة المراجعة</translation>
    </message>
    <message>
      <source>Generating the roll</source>
      <translation>توليد السجل الانتخابي</translation>
    </message>
    <message>
      <source>Reading the roll</source>
      <translation>قراءة السجل الانتخابي</translation>
    </message>
    <message>
      <source>Building the roll's indexes</source>
      <translation>بناء فهارس السجل الانتخابي</translation>
    </message>
    <message>
      <source>Comparing with the current roll</source>
      <translation>المقارنة بالسجل الانتخابي الحالي</translation>
    </message>
    <message>
      <source>Writing the roll</source>
      <translation>كتابة السجل الانتخابي</translation>
    </message>
    <message>
      <source>Printing the voter list</source>
      <translation>طباعة كشف الناخبين</translation>
    </message>
    <message>
      <source>Reading the columns of the file</source>
      <translation>جارٍ قراءة أعمدة الملف</translation>
    </message>
    <message>
      <source>Printing the centre's list with check-in marks</source>
      <translation>طباعة كشف المركز بعلامات الحضور</translation>
    </message>
    <message>
      <source>Checking demo voters in</source>
      <translation>تسجيل حضور ناخبي الانتخاب التجريبي</translation>
    </message>
    <message>
      <source>Enrolling the demo committees</source>
      <translation>تسجيل لجان الانتخابات التجريبية</translation>
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
      <source>The candidates' votes ({left}) exceed what the valid ballots allow ({right}).</source>
      <translation>أصوات المرشحين ({left}) تتجاوز ما تسمح به الأوراق الصحيحة ({right}).</translation>
    </message>
    <message>
      <source>The candidates' votes ({left}) are fewer than the valid ballots ({right}), each of which marks a name.</source>
      <translation>أصوات المرشحين ({left}) أقل من الأوراق الصحيحة ({right})، وكل ورقة صحيحة تحمل اسمًا.</translation>
    </message>
    <message>
      <source>Candidate {candidate} has more votes ({left}) than there are valid ballots ({right}).</source>
      <translation>للمرشح {candidate} أصوات ({left}) أكثر من الأوراق الصحيحة ({right}).</translation>
    </message>
  </context>
  <context>
    <name>RecordCheck</name>
    <message>
      <source>Matches the record held in this file</source>
      <translation>مطابق للمحضر المحفوظ في هذا الملف</translation>
    </message>
    <message>
      <source>An older version: a newer one is in force</source>
      <translation>إصدار سابق: يوجد إصدار أحدث نافذ</translation>
    </message>
    <message>
      <source>The stored record was changed after it was printed</source>
      <translation>عُدِّل المحضر المحفوظ بعد طباعته</translation>
    </message>
    <message>
      <source>No record in this file has this hash</source>
      <translation>لا يوجد في هذا الملف محضر بهذا الرمز</translation>
    </message>
    <message>
      <source>Not a short hash</source>
      <translation>ليس رمز تحقق</translation>
    </message>
    <message>
      <source>Provisional result</source>
      <translation>نتيجة أولية</translation>
    </message>
    <message>
      <source>Certified, then reopened</source>
      <translation>اعتُمدت ثم أُعيد فتحها</translation>
    </message>
  </context>
  <context>
    <name>RecordCheckPage</name>
    <message>
      <source>Check a printed record</source>
      <translation>تحقق من محضر مطبوع</translation>
    </message>
    <message>
      <source>Type the short hash printed at the foot of every page of a count record or a consolidated record (16 characters, with or without the hyphens), or scan its QR code. Both digit systems are accepted.</source>
      <translation>اكتب رمز التحقق المطبوع في أسفل كل صفحة من صفحات محضر الفرز أو المحضر المجمع (16 خانة، بالشرطات أو بدونها)، أو امسح رمز QR المطبوع بجانبه. تُقبل الأرقام العربية والهندية على السواء.</translation>
    </message>
    <message>
      <source>Short hash</source>
      <translation>رمز التحقق</translation>
    </message>
    <message>
      <source>&amp;Check</source>
      <translation>&amp;تحقق</translation>
    </message>
    <message>
      <source>Matches the record held in this file, but its signatures do not verify</source>
      <translation>مطابق للمحضر المحفوظ في هذا الملف، غير أن توقيعاته لا تثبت صحتها</translation>
    </message>
    <message>
      <source>Matches the record held in this file</source>
      <translation>مطابق للمحضر المحفوظ في هذا الملف</translation>
    </message>
    <message>
      <source>An older version: the paper no longer shows what is in force</source>
      <translation>إصدار سابق: الورقة لم تعد تطابق الإصدار النافذ</translation>
    </message>
    <message>
      <source>The stored record was changed after it was printed: report it to the committee</source>
      <translation>عُدِّل المحضر المحفوظ بعد طباعته: يُبلَّغ عن ذلك إلى اللجنة</translation>
    </message>
    <message>
      <source>No record in this file has this hash. Check that it was typed exactly as printed; if it was, the paper does not come from this election's file.</source>
      <translation>لا يوجد في هذا الملف محضر بهذا الرمز. تأكد من كتابته كما طُبع تمامًا؛ فإن كان كذلك فالورقة لم تصدر عن ملف هذا الانتخاب.</translation>
    </message>
    <message>
      <source>This is not a short hash: 16 letters and digits, as printed at the foot of the page.</source>
      <translation>هذا ليس رمز تحقق: الرمز 16 حرفًا ورقمًا كما هو مطبوع في أسفل الصفحة.</translation>
    </message>
    <message>
      <source>Consolidated result of wilayat %1</source>
      <translation>النتيجة المجمعة لولاية %1</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>المحضر</translation>
    </message>
    <message>
      <source>Count record of station %1</source>
      <translation>محضر فرز المحطة %1</translation>
    </message>
    <message>
      <source>Polling centre</source>
      <translation>مركز الاقتراع</translation>
    </message>
    <message>
      <source>Consolidated result of the wilayat</source>
      <translation>النتيجة المجمعة للولاية</translation>
    </message>
    <message>
      <source>Wilayat</source>
      <translation>الولاية</translation>
    </message>
    <message>
      <source>Version printed</source>
      <translation>الإصدار المطبوع</translation>
    </message>
    <message>
      <source>Provisional (not certified)</source>
      <translation>أولي (غير معتمد)</translation>
    </message>
    <message>
      <source>Its state now</source>
      <translation>حالته الآن</translation>
    </message>
    <message>
      <source>none in force: the result was reopened</source>
      <translation>لا يوجد إصدار نافذ: أُعيد فتح النتيجة</translation>
    </message>
    <message>
      <source>version %1 (%2)</source>
      <translation>الإصدار %1 (%2)</translation>
    </message>
    <message>
      <source>Version in force</source>
      <translation>الإصدار النافذ</translation>
    </message>
    <message>
      <source>Certified at</source>
      <translation>وقت الاعتماد</translation>
    </message>
    <message>
      <source>Certification</source>
      <translation>الاعتماد</translation>
    </message>
    <message>
      <source>reopened since: the result may change</source>
      <translation>أُعيد فتحه بعد ذلك: قد تتغير النتيجة</translation>
    </message>
    <message>
      <source>Registered voters</source>
      <translation>الناخبون المقيدون</translation>
    </message>
    <message>
      <source>Voters who voted</source>
      <translation>الناخبون المقترعون</translation>
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
      <source>Signatures</source>
      <translation>التوقيعات</translation>
    </message>
    <message>
      <source>Figures and votes</source>
      <translation>الأرقام والأصوات</translation>
    </message>
    <message>
      <source>Certified without committee signatures (no committee was set up for this wilayat).</source>
      <translation>اعتُمدت دون توقيعات لجنة (لم تُشكَّل لجنة لهذه الولاية).</translation>
    </message>
    <message>
      <source>Not signed: only a certified result carries the committee's signatures.</source>
      <translation>غير موقّع: لا يحمل توقيعات اللجنة إلا النتيجة المعتمدة.</translation>
    </message>
    <message>
      <source>This record counts in its wilayat's certified result; these are the signatures over that result.</source>
      <translation>يُحتسب هذا المحضر في النتيجة المعتمدة لولايته، وهذه هي التوقيعات على تلك النتيجة.</translation>
    </message>
    <message>
      <source>%1 valid signatures; %2 of the %3 members of committee %4 must sign</source>
      <translation>التوقيعات الصحيحة: %1؛ ويلزم توقيع %2 من أعضاء اللجنة %4 البالغ عددهم %3</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>صحيح</translation>
    </message>
    <message>
      <source>does not verify</source>
      <translation>لا تثبت صحته</translation>
    </message>
    <message>
      <source>The signatures verify with the public keys in this file.</source>
      <translation>تثبت صحة التوقيعات بالمفاتيح العامة المحفوظة في هذا الملف.</translation>
    </message>
    <message>
      <source>The signatures do NOT verify.</source>
      <translation>لا تثبت صحة التوقيعات.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <source>The election file is damaged</source>
      <translation>ملف الانتخاب تالف</translation>
    </message>
    <message>
      <source>The election file %1 failed its integrity check (%2). It can be replaced by one of its backups; the damaged file is kept aside.</source>
      <translation>لم يجتز ملف الانتخاب %1 فحص السلامة (%2). يمكن استبداله بإحدى نسخه الاحتياطية، ويُحفظ الملف التالف جانبًا.</translation>
    </message>
    <message>
      <source>&amp;Restore the chosen backup</source>
      <translation>ا&amp;سترجع النسخة المختارة</translation>
    </message>
    <message>
      <source>Backups that pass the integrity check, newest first:</source>
      <translation>النسخ الاحتياطية السليمة، الأحدث أولًا:</translation>
    </message>
    <message>
      <source>No good backup of this file was found.</source>
      <translation>لم يُعثر على نسخة احتياطية سليمة لهذا الملف.</translation>
    </message>
  </context>
  <context>
    <name>RejectDialog</name>
    <message>
      <source>Reject the application %1</source>
      <translation>رفض الطلب %1</translation>
    </message>
    <message>
      <source>The committee's words (required for “other reason”)</source>
      <translation>نص اللجنة (مطلوب عند اختيار «سبب آخر»)</translation>
    </message>
    <message>
      <source>&amp;Reasons:</source>
      <translation>الأ&amp;سباب:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
      <source>Date of the &amp;decision:</source>
      <translation>تاريخ ال&amp;قرار:</translation>
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
    <name>RemoveDialog</name>
    <message>
      <source>Remove from the roll</source>
      <translation>الشطب من الجداول</translation>
    </message>
    <message>
      <source>Voter:</source>
      <translation>الناخب:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>ال&amp;سبب:</translation>
    </message>
    <message>
      <source>Deciding &amp;reference:</source>
      <translation>&amp;مرجع القرار:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>م&amp;لاحظة:</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>Candidates</source>
      <translation>المترشحون</translation>
    </message>
    <message>
      <source>Electoral roll</source>
      <translation>السجل الانتخابي</translation>
    </message>
    <message>
      <source>Polling</source>
      <translation>الاقتراع</translation>
    </message>
    <message>
      <source>Count and results</source>
      <translation>الفرز والنتائج</translation>
    </message>
    <message>
      <source>Geography and audit</source>
      <translation>الجغرافيا والتدقيق</translation>
    </message>
    <message>
      <source>Official candidate list (PDF)</source>
      <translation>القائمة الرسمية للمترشحين (PDF)</translation>
    </message>
    <message>
      <source>The accepted candidates of each constituency in ballot order, as published; one wilayat or all.</source>
      <translation>المترشحون المقبولون في كل دائرة انتخابية بترتيب ورقة الاقتراع كما تُنشر؛ لولاية واحدة أو لجميع الولايات.</translation>
    </message>
    <message>
      <source>Candidates (XLSX or CSV)</source>
      <translation>المترشحون (XLSX أو CSV)</translation>
    </message>
    <message>
      <source>The official list as a spreadsheet, one row a candidate; one wilayat or all.</source>
      <translation>القائمة الرسمية في جدول بيانات، صفّ لكل مترشح؛ لولاية واحدة أو لجميع الولايات.</translation>
    </message>
    <message>
      <source>A centre's voter list (PDF)</source>
      <translation>كشف ناخبي مركز الاقتراع (PDF)</translation>
    </message>
    <message>
      <source>The printed list of the voters registered at a polling centre, in name order, optionally with the attendance columns of polling day.</source>
      <translation>الكشف المطبوع للناخبين المقيدين في مركز الاقتراع مرتبًا حسب الاسم، مع أعمدة الحضور يوم الاقتراع عند الطلب.</translation>
    </message>
    <message>
      <source>Electoral roll (XLSX or CSV)</source>
      <translation>السجل الانتخابي (XLSX أو CSV)</translation>
    </message>
    <message>
      <source>The whole electoral roll as a spreadsheet, in name order.</source>
      <translation>السجل الانتخابي كاملًا في جدول بيانات مرتبًا حسب الاسم.</translation>
    </message>
    <message>
      <source>A station's closing summary (PDF)</source>
      <translation>ملخص إغلاق لجنة الاقتراع (PDF)</translation>
    </message>
    <message>
      <source>The voters checked in at a station, by gender, with its opening and closing times.</source>
      <translation>الناخبون المسجل حضورهم في لجنة الاقتراع حسب النوع، مع وقتي الافتتاح والإغلاق.</translation>
    </message>
    <message>
      <source>A station's count record (PDF)</source>
      <translation>محضر فرز لجنة الاقتراع (PDF)</translation>
    </message>
    <message>
      <source>The station's count record (its latest version) in figures and words, with its checks and signature lines, in three copies.</source>
      <translation>محضر فرز اللجنة (آخر إصداراته) بالأرقام والحروف، مع نتائج التحقق وأسطر التوقيع، من ثلاث نسخ.</translation>
    </message>
    <message>
      <source>A wilayat's consolidated record (PDF)</source>
      <translation>المحضر المجمع للولاية (PDF)</translation>
    </message>
    <message>
      <source>The wilayat's stations added up, its candidates' votes and winners, provisional until certified.</source>
      <translation>مجموع لجان الولاية وأصوات مترشحيها والفائزون، وتبقى النتيجة أولية حتى اعتمادها.</translation>
    </message>
    <message>
      <source>National summary (PDF)</source>
      <translation>الملخص الوطني (PDF)</translation>
    </message>
    <message>
      <source>Every constituency's result, turnout and winners, with bar charts.</source>
      <translation>نتيجة كل دائرة انتخابية ونسبة المشاركة والفائزون، مع رسوم بيانية بالأعمدة.</translation>
    </message>
    <message>
      <source>Results: candidates' votes (XLSX or CSV)</source>
      <translation>النتائج: أصوات المترشحين (XLSX أو CSV)</translation>
    </message>
    <message>
      <source>One row per candidate and constituency: votes, rank and whether elected.</source>
      <translation>صفّ لكل مترشح في دائرته: الأصوات والترتيب وهل فاز.</translation>
    </message>
    <message>
      <source>Results: constituencies (XLSX or CSV)</source>
      <translation>النتائج: الدوائر الانتخابية (XLSX أو CSV)</translation>
    </message>
    <message>
      <source>One row per constituency: stations reported, turnout, valid, invalid and blank ballots.</source>
      <translation>صفّ لكل دائرة انتخابية: اللجان التي وردت نتائجها، ونسبة المشاركة، والأوراق الصحيحة والباطلة والبيضاء.</translation>
    </message>
    <message>
      <source>Results: polling stations (XLSX or CSV)</source>
      <translation>النتائج: لجان الاقتراع (XLSX أو CSV)</translation>
    </message>
    <message>
      <source>One row per polling station and its count record's figures.</source>
      <translation>صفّ لكل لجنة اقتراع بأرقام محضر فرزها.</translation>
    </message>
    <message>
      <source>Results report (NIST SP 1500-100 JSON)</source>
      <translation>تقرير النتائج بصيغة JSON وفق NIST SP 1500-100</translation>
    </message>
    <message>
      <source>The election results in the common data format of NIST SP 1500-100, for other systems.</source>
      <translation>نتائج الانتخاب بصيغة البيانات الموحدة NIST SP 1500-100، لتبادلها مع الأنظمة الأخرى.</translation>
    </message>
    <message>
      <source>Geography (XLSX or CSV)</source>
      <translation>الجغرافيا (XLSX أو CSV)</translation>
    </message>
    <message>
      <source>Governorates, wilayats with their seats, polling centres and stations.</source>
      <translation>المحافظات والولايات ومقاعدها، ومراكز الاقتراع ولجانها.</translation>
    </message>
    <message>
      <source>Audit log (NIST SP 1500-101 JSON)</source>
      <translation>سجل التدقيق بصيغة JSON وفق NIST SP 1500-101</translation>
    </message>
    <message>
      <source>Every change ever made, as a NIST SP 1500-101 event log; its chain is checked first.</source>
      <translation>كل تغيير أُجري منذ البداية، بصيغة سجل الأحداث NIST SP 1500-101؛ ويُتحقق من سلامة تسلسله أولًا.</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Printing the closing summary</source>
      <translation>جارٍ طباعة ملخص الإغلاق</translation>
    </message>
    <message>
      <source>Writing the audit log</source>
      <translation>جارٍ كتابة سجل التدقيق</translation>
    </message>
    <message>
      <source>With the attendance columns (check-in marks)</source>
      <translation>مع أعمدة الحضور (علامات تسجيل الحضور)</translation>
    </message>
    <message>
      <source>Save…</source>
      <translation>حفظ…</translation>
    </message>
    <message>
      <source>&amp;Wilayat:</source>
      <translation>ال&amp;ولاية:</translation>
    </message>
    <message>
      <source>&amp;Centre:</source>
      <translation>&amp;مركز الاقتراع:</translation>
    </message>
    <message>
      <source>S&amp;tation:</source>
      <translation>&amp;لجنة الاقتراع:</translation>
    </message>
    <message>
      <source>All wilayats</source>
      <translation>جميع الولايات</translation>
    </message>
    <message>
      <source>Open an election first.</source>
      <translation>افتح ملف انتخاب أولًا.</translation>
    </message>
    <message>
      <source>Your role may not save this document.</source>
      <translation>لا يخوّل دورك حفظ هذه الوثيقة.</translation>
    </message>
    <message>
      <source>The election has no wilayat yet.</source>
      <translation>لا توجد ولايات في هذا الانتخاب بعد.</translation>
    </message>
    <message>
      <source>This wilayat has no polling centre yet.</source>
      <translation>لا توجد مراكز اقتراع في هذه الولاية بعد.</translation>
    </message>
    <message>
      <source>This wilayat has no polling station yet.</source>
      <translation>لا توجد لجان اقتراع في هذه الولاية بعد.</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
      <source>Saved to %1.</source>
      <translation>حُفظ في %1.</translation>
    </message>
  </context>
  <context>
    <name>RequirementsDialog</name>
    <message>
      <source>What applicants must meet</source>
      <translation>شروط الترشح</translation>
    </message>
    <message>
      <source>Minimum age on polling day: %1 (set with the election's rules)</source>
      <translation>الحد الأدنى للسن يوم الاقتراع: %1 (يُحدَّد مع قواعد الانتخاب)</translation>
    </message>
    <message>
      <source>No education required</source>
      <translation>لا يُشترط مؤهل علمي</translation>
    </message>
    <message>
      <source>Must be on the electoral &amp;roll of the wilayat</source>
      <translation>أن يكون مقيدًا في ال&amp;سجل الانتخابي للولاية</translation>
    </message>
    <message>
      <source>May apply in &amp;one constituency only</source>
      <translation>أن يترشح في دائرة &amp;واحدة فقط</translation>
    </message>
    <message>
      <source>Minimum &amp;education:</source>
      <translation>الحد الأدنى للمؤهل ال&amp;علمي:</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore to the roll</source>
      <translation>إعادة القيد في الجداول</translation>
    </message>
    <message>
      <source>Voter:</source>
      <translation>الناخب:</translation>
    </message>
    <message>
      <source>Deciding &amp;reference:</source>
      <translation>&amp;مرجع القرار:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>م&amp;لاحظة:</translation>
    </message>
  </context>
  <context>
    <name>ResultsPage</name>
    <message>
      <source>&amp;Wilayat:</source>
      <translation>ال&amp;ولاية:</translation>
    </message>
    <message>
      <source>Print the &amp;national summary…</source>
      <translation>طباعة الملخص ال&amp;وطني…</translation>
    </message>
    <message>
      <source>&amp;Import station results…</source>
      <translation>ا&amp;ستيراد نتائج المحطات…</translation>
    </message>
    <message>
      <source>E&amp;xport a table…</source>
      <translation>&amp;تصدير جدول…</translation>
    </message>
    <message>
      <source>Import a result &amp;package…</source>
      <translation>استيراد &amp;حزمة نتائج…</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>المحطة</translation>
    </message>
    <message>
      <source>Centre</source>
      <translation>المركز</translation>
    </message>
    <message>
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Reconciles</source>
      <translation>متطابق</translation>
    </message>
    <message>
      <source>&amp;First entry…</source>
      <translation>الإدخال ال&amp;أول…</translation>
    </message>
    <message>
      <source>&amp;Second entry…</source>
      <translation>الإدخال ال&amp;ثاني…</translation>
    </message>
    <message>
      <source>&amp;Versions…</source>
      <translation>الإ&amp;صدارات…</translation>
    </message>
    <message>
      <source>&amp;Print record…</source>
      <translation>&amp;طباعة المحضر…</translation>
    </message>
    <message>
      <source>&amp;Record the draw…</source>
      <translation>&amp;تسجيل القرعة…</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>Candidate</source>
      <translation>المرشح</translation>
    </message>
    <message>
      <source>Votes</source>
      <translation>الأصوات</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>النسبة</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>الترتيب</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>&amp;Certify the result</source>
      <translation>ا&amp;عتماد النتيجة</translation>
    </message>
    <message>
      <source>Re&amp;open…</source>
      <translation>إعادة ال&amp;فتح…</translation>
    </message>
    <message>
      <source>Print the &amp;consolidated record…</source>
      <translation>طباعة المحضر ال&amp;مجمع…</translation>
    </message>
    <message>
      <source>Export the result packa&amp;ge…</source>
      <translation>تصدير حزمة ال&amp;نتائج…</translation>
    </message>
    <message>
      <source>Stations and result</source>
      <translation>المحطات والنتيجة</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>لوحة المتابعة</translation>
    </message>
    <message>
      <source>Count and results</source>
      <translation>الفرز والنتائج</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>No, explained</source>
      <translation>لا، مع تفسير</translation>
    </message>
    <message>
      <source>Stations reported: %1 of %2</source>
      <translation>المحطات الواردة: %1 من %2</translation>
    </message>
    <message>
      <source>%1, awaiting the draw</source>
      <translation>%1، بانتظار القرعة</translation>
    </message>
    <message>
      <source>Result: %1 — seats: %2</source>
      <translation>النتيجة: %1 — المقاعد: %2</translation>
    </message>
    <message>
      <source>Missing stations: %1</source>
      <translation>المحطات التي لم ترد: %1</translation>
    </message>
    <message>
      <source>Records counted with a written explanation (they did not reconcile): %1</source>
      <translation>محاضر احتُسبت بتفسير مكتوب (لم تتطابق أرقامها): %1</translation>
    </message>
    <message>
      <source>Tie for the last seat: %1 (%2 votes each). The result is blocked until the draw is recorded.</source>
      <translation>تعادل على المقعد الأخير: %1 (%2 صوتًا لكل منهم). النتيجة معلقة حتى تُسجل القرعة.</translation>
    </message>
    <message>
      <source>Tied for the last seat so far: %1 (%2 votes each). The draw is held once every station has reported.</source>
      <translation>متعادلون على المقعد الأخير حتى الآن: %1 (%2 صوتًا لكل منهم). تُجرى القرعة بعد ورود محاضر جميع المحطات.</translation>
    </message>
    <message>
      <source>The tie was settled by a draw drawn by %1, witnessed by %2.</source>
      <translation>حُسم التعادل بقرعة أجراها %1 بحضور الشهود %2.</translation>
    </message>
    <message>
      <source>Elected</source>
      <translation>فائز</translation>
    </message>
    <message>
      <source>Tied: awaiting a draw</source>
      <translation>متعادل: بانتظار القرعة</translation>
    </message>
    <message>
      <source>(by draw)</source>
      <translation>(بالقرعة)</translation>
    </message>
    <message>
      <source>Leading</source>
      <translation>متقدم</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>الإصدارات</translation>
    </message>
    <message>
      <source>This station has no count record yet.</source>
      <translation>لا يوجد محضر فرز لهذه المحطة بعد.</translation>
    </message>
    <message>
      <source>Certify the result</source>
      <translation>اعتماد النتيجة</translation>
    </message>
    <message>
      <source>Certify the result of %1? Its records are then frozen: a correction needs the result reopened, with a reason.</source>
      <translation>اعتماد نتيجة %1؟ تُجمَّد محاضرها بعد ذلك: يتطلب أي تصحيح إعادة فتح النتيجة مع ذكر السبب.</translation>
    </message>
    <message>
      <source>Reopen the result</source>
      <translation>إعادة فتح النتيجة</translation>
    </message>
    <message>
      <source>Why is the certified result of %1 reopened?</source>
      <translation>لماذا يُعاد فتح نتيجة %1 المعتمدة؟</translation>
    </message>
    <message>
      <source>Export the result package</source>
      <translation>تصدير حزمة النتائج</translation>
    </message>
    <message>
      <source>Where to write the result package (the USB stick)</source>
      <translation>مكان كتابة حزمة النتائج (ذاكرة USB)</translation>
    </message>
    <message>
      <source>The result package was written completely to %1 (%2 files, signed by %3). It is now safe to remove the USB stick.</source>
      <translation>كُتبت حزمة النتائج كاملةً في %1 (%2 ملفات، وقّعها %3). يمكنك الآن نزع ذاكرة USB بأمان.</translation>
    </message>
    <message>
      <source>The result package's folder</source>
      <translation>مجلد حزمة النتائج</translation>
    </message>
    <message>
      <source>Checking the result package</source>
      <translation>التحقق من حزمة النتائج</translation>
    </message>
    <message>
      <source>Import station results</source>
      <translation>استيراد نتائج المحطات</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation>جداول البيانات (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Importing station results</source>
      <translation>جارٍ استيراد نتائج المحطات</translation>
    </message>
    <message>
      <source>Rows read: %1. Stations: %2, of which %3 got a new version and %4 were unchanged.</source>
      <translation>الصفوف المقروءة: %1. المحطات: %2، منها %3 بإصدار جديد و%4 دون تغيير.</translation>
    </message>
    <message>
      <source>Candidates' votes per constituency</source>
      <translation>أصوات المرشحين في كل دائرة</translation>
    </message>
    <message>
      <source>Constituencies</source>
      <translation>الدوائر الانتخابية</translation>
    </message>
    <message>
      <source>Polling stations</source>
      <translation>محطات الاقتراع</translation>
    </message>
    <message>
      <source>Export a results table</source>
      <translation>تصدير جدول من النتائج</translation>
    </message>
    <message>
      <source>Table:</source>
      <translation>الجدول:</translation>
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
      <source>Written to %1 (rows: %2).</source>
      <translation>كُتب في %1 (الصفوف: %2).</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saved to %1.</source>
      <translation>حُفظ في %1.</translation>
    </message>
    <message>
      <source>Print the count record</source>
      <translation>طباعة محضر الفرز</translation>
    </message>
    <message>
      <source>Print the consolidated record</source>
      <translation>طباعة المحضر المجمع</translation>
    </message>
    <message>
      <source>Print the national summary</source>
      <translation>طباعة الملخص الوطني</translation>
    </message>
    <message>
      <source>Writing the result package</source>
      <translation>كتابة حزمة النتائج</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <source>System administrator</source>
      <translation>مدير النظام</translation>
    </message>
    <message>
      <source>Committee secretary</source>
      <translation>أمين سر اللجنة</translation>
    </message>
    <message>
      <source>Polling clerk</source>
      <translation>كاتب مركز الاقتراع</translation>
    </message>
    <message>
      <source>Observer (read only)</source>
      <translation>مراقب (اطلاع فقط)</translation>
    </message>
  </context>
  <context>
    <name>RollPage</name>
    <message>
      <source>Under age</source>
      <translation>دون السن</translation>
    </message>
    <message>
      <source>%1 → %2</source>
      <translation>%1 ← %2</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>العمر</translation>
    </message>
    <message>
      <source>Wilayat</source>
      <translation>الولاية</translation>
    </message>
    <message>
      <source>Polling centre</source>
      <translation>مركز الاقتراع</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>What</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>النقل</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>سجّله</translation>
    </message>
    <message>
      <source>&amp;Import a roll file…</source>
      <translation>ا&amp;ستيراد ملف جداول…</translation>
    </message>
    <message>
      <source>E&amp;xport the list shown…</source>
      <translation>ت&amp;صدير القائمة المعروضة…</translation>
    </message>
    <message>
      <source>&amp;Print the centre's list…</source>
      <translation>&amp;طباعة كشف المركز…</translation>
    </message>
    <message>
      <source>S&amp;tatistics…</source>
      <translation>الإ&amp;حصاءات…</translation>
    </message>
    <message>
      <source>Probable &amp;duplicates…</source>
      <translation>القيود الم&amp;كررة المحتملة…</translation>
    </message>
    <message>
      <source>O&amp;bjections…</source>
      <translation>الا&amp;عتراضات…</translation>
    </message>
    <message>
      <source>Civil number, or any part of the name</source>
      <translation>الرقم المدني، أو أي جزء من الاسم</translation>
    </message>
    <message>
      <source>Voter</source>
      <translation>الناخب</translation>
    </message>
    <message>
      <source>Age on polling day</source>
      <translation>العمر يوم الاقتراع</translation>
    </message>
    <message>
      <source>Registered at</source>
      <translation>مقيد في</translation>
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation>&amp;شطب…</translation>
    </message>
    <message>
      <source>Re&amp;store…</source>
      <translation>إ&amp;عادة القيد…</translation>
    </message>
    <message>
      <source>Trans&amp;fer…</source>
      <translation>&amp;نقل القيد…</translation>
    </message>
    <message>
      <source>&amp;Object…</source>
      <translation>ا&amp;عتراض…</translation>
    </message>
    <message>
      <source>History</source>
      <translation>السجل</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>شطب…</translation>
    </message>
    <message>
      <source>Transfer…</source>
      <translation>نقل القيد…</translation>
    </message>
    <message>
      <source>Object…</source>
      <translation>اعتراض…</translation>
    </message>
    <message>
      <source>&amp;Wilayat:</source>
      <translation>ال&amp;ولاية:</translation>
    </message>
    <message>
      <source>&amp;Centre:</source>
      <translation>الم&amp;ركز:</translation>
    </message>
    <message>
      <source>&amp;Gender:</source>
      <translation>ال&amp;جنس:</translation>
    </message>
    <message>
      <source>St&amp;atus:</source>
      <translation>ال&amp;حالة:</translation>
    </message>
    <message>
      <source>A&amp;ge:</source>
      <translation>الع&amp;مر:</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>&amp;بحث:</translation>
    </message>
    <message>
      <source>Electoral roll</source>
      <translation>جداول الناخبين</translation>
    </message>
    <message>
      <source>All wilayats</source>
      <translation>جميع الولايات</translation>
    </message>
    <message>
      <source>Men and women</source>
      <translation>الذكور والإناث</translation>
    </message>
    <message>
      <source>Every status</source>
      <translation>جميع الحالات</translation>
    </message>
    <message>
      <source>Every age</source>
      <translation>جميع الأعمار</translation>
    </message>
    <message>
      <source>All centres</source>
      <translation>جميع المراكز</translation>
    </message>
    <message>
      <source>Shown: %1</source>
      <translation>المعروض: %1</translation>
    </message>
    <message>
      <source>Voters on the roll: %1</source>
      <translation>الناخبون المقيدون: %1</translation>
    </message>
    <message>
      <source>removed: %1</source>
      <translation>المشطوبون: %1</translation>
    </message>
    <message>
      <source>under the voting age on polling day: %1</source>
      <translation>دون سن الانتخاب يوم الاقتراع: %1</translation>
    </message>
    <message>
      <source>probable duplicates to review: %1</source>
      <translation>قيود مكررة محتملة قيد المراجعة: %1</translation>
    </message>
    <message>
      <source>objections pending: %1</source>
      <translation>اعتراضات لم يُبت فيها: %1</translation>
    </message>
    <message>
      <source> · </source>
      <translation>، </translation>
    </message>
    <message>
      <source>Import the electoral roll</source>
      <translation>استيراد جداول الناخبين</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation>جداول بيانات (*.xlsx *.csv)</translation>
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
      <source>Reading the roll file</source>
      <translation>جارٍ قراءة ملف الجداول</translation>
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
      <source>Export the list shown</source>
      <translation>تصدير القائمة المعروضة</translation>
    </message>
    <message>
      <source>Exporting the roll</source>
      <translation>جارٍ تصدير الجداول</translation>
    </message>
    <message>
      <source>%1 voters were written to %2.</source>
      <translation>كُتب %1 من الناخبين في %2.</translation>
    </message>
    <message>
      <source>Print the centre's list</source>
      <translation>طباعة كشف المركز</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Printing the centre's list</source>
      <translation>جارٍ طباعة كشف المركز</translation>
    </message>
    <message>
      <source>The list of %1 voters was written to %2.</source>
      <translation>كُتب كشف الناخبين (%1) في %2.</translation>
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
    <name>SignInDialog</name>
    <message>
      <source>Locked</source>
      <translation>مقفل</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>تسجيل الدخول</translation>
    </message>
    <message>
      <source>The application was locked after a period without use. Sign in again to continue.</source>
      <translation>أُقفل البرنامج بعد مدة دون استخدام. سجّل الدخول من جديد للمتابعة.</translation>
    </message>
    <message>
      <source>Sign in to work on this election.</source>
      <translation>سجّل الدخول للعمل على هذا الانتخاب.</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
      <source>Sign &amp;in</source>
      <translation>&amp;دخول</translation>
    </message>
    <message>
      <source>Another &amp;user</source>
      <translation>مستخدم &amp;آخر</translation>
    </message>
    <message>
      <source>Demo election: its accounts (they exist only in demo elections)</source>
      <translation>انتخاب العرض: حساباته (لا توجد إلا في انتخابات العرض)</translation>
    </message>
    <message>
      <source>Committee members' signing password (every demo member):</source>
      <translation>كلمة مرور التوقيع لأعضاء اللجان (لكل عضو تجريبي):</translation>
    </message>
  </context>
  <context>
    <name>Signers</name>
    <message>
      <source>Signature</source>
      <translation>التوقيع</translation>
    </message>
    <message>
      <source>Signing password of %1 (leave empty if not signing):</source>
      <translation>كلمة مرور التوقيع للعضو %1 (اتركها فارغة إن لم يوقّع):</translation>
    </message>
  </context>
  <context>
    <name>StatisticsDialog</name>
    <message>
      <source>The whole roll</source>
      <translation>الجداول كاملة</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>الذكور</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>الإناث</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <source>Under age</source>
      <translation>دون السن</translation>
    </message>
    <message>
      <source>Statistics of the roll</source>
      <translation>إحصاءات جداول الناخبين</translation>
    </message>
    <message>
      <source>Active voters by gender and by age on polling day; removed entries: %1. Age bands are in years.</source>
      <translation>الناخبون المقيدون حسب الجنس والعمر يوم الاقتراع؛ القيود المشطوبة: %1. الفئات العمرية بالسنوات.</translation>
    </message>
    <message>
      <source>Wilayat</source>
      <translation>الولاية</translation>
    </message>
    <message>
      <source>Polling centre</source>
      <translation>مركز الاقتراع</translation>
    </message>
    <message>
      <source>Polling centres of %1</source>
      <translation>مراكز الاقتراع في %1</translation>
    </message>
    <message>
      <source>Choose a wilayat to see its centres</source>
      <translation>اختر ولاية لعرض مراكزها</translation>
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
      <source>As many votes as the constituency's seats</source>
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
      <source>Bachelor's degree</source>
      <translation>البكالوريوس</translation>
    </message>
    <message>
      <source>Master's degree</source>
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
    <message>
      <source>why the certified result is reopened</source>
      <translation>سبب إعادة فتح النتيجة المعتمدة</translation>
    </message>
    <message>
      <source>why the certified or matched count record is corrected</source>
      <translation>سبب تصحيح محضر الفرز المطابق أو المعتمد</translation>
    </message>
    <message>
      <source>No count record</source>
      <translation>لا يوجد محضر فرز</translation>
    </message>
    <message>
      <source>Awaiting the second entry</source>
      <translation>بانتظار الإدخال الثاني</translation>
    </message>
    <message>
      <source>Entries differ</source>
      <translation>الإدخالان مختلفان</translation>
    </message>
    <message>
      <source>Matched</source>
      <translation>مطابق</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>Provisional</source>
      <translation>أولية</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>مكتملة</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>مقيد</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>مشطوب</translation>
    </message>
    <message>
      <source>Deceased</source>
      <translation>متوفى</translation>
    </message>
    <message>
      <source>Lost eligibility</source>
      <translation>فقد شروط الأهلية</translation>
    </message>
    <message>
      <source>By decision</source>
      <translation>بقرار</translation>
    </message>
    <message>
      <source>Not in the newer roll file</source>
      <translation>غير وارد في ملف الجداول الأحدث</translation>
    </message>
    <message>
      <source>Removed from the roll</source>
      <translation>شُطب من الجداول</translation>
    </message>
    <message>
      <source>Restored to the roll</source>
      <translation>أعيد قيده في الجداول</translation>
    </message>
    <message>
      <source>Registration transferred</source>
      <translation>نُقل قيده</translation>
    </message>
    <message>
      <source>Added on an objection</source>
      <translation>أضيف بناءً على اعتراض</translation>
    </message>
    <message>
      <source>Objection lodged</source>
      <translation>قُدّم اعتراض</translation>
    </message>
    <message>
      <source>Objection decided</source>
      <translation>بُتّ في الاعتراض</translation>
    </message>
    <message>
      <source>Against an entry</source>
      <translation>على قيد</translation>
    </message>
    <message>
      <source>Against an omission</source>
      <translation>على إغفال قيد</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>لم يُبت فيه</translation>
    </message>
    <message>
      <source>Upheld</source>
      <translation>مقبول</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>Same name and birth date</source>
      <translation>الاسم وتاريخ الميلاد نفسهما</translation>
    </message>
    <message>
      <source>Similar name, same birth date and gender</source>
      <translation>اسم مشابه وتاريخ الميلاد والجنس نفسهما</translation>
    </message>
    <message>
      <source>To review</source>
      <translation>قيد المراجعة</translation>
    </message>
    <message>
      <source>Same person</source>
      <translation>الشخص نفسه</translation>
    </message>
    <message>
      <source>Different people</source>
      <translation>شخصان مختلفان</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>شطب</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>عاد قيده</translation>
    </message>
    <message>
      <source>objected to</source>
      <translation>عترض عليه</translation>
    </message>
    <message>
      <source>the roll</source>
      <translation>السجل الانتخابي</translation>
    </message>
    <message>
      <source>the electoral roll</source>
      <translation>جداول الناخبين</translation>
    </message>
    <message>
      <source>transferred</source>
      <translation>نقل</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <source>Transfer of registration</source>
      <translation>نقل القيد</translation>
    </message>
    <message>
      <source>Transfer window: %1</source>
      <translation>فترة نقل القيد: %1</translation>
    </message>
    <message>
      <source>Voter:</source>
      <translation>الناخب:</translation>
    </message>
    <message>
      <source>Registered at:</source>
      <translation>مقيد في:</translation>
    </message>
    <message>
      <source>New &amp;wilayat:</source>
      <translation>ال&amp;ولاية الجديدة:</translation>
    </message>
    <message>
      <source>New &amp;centre:</source>
      <translation>الم&amp;ركز الجديد:</translation>
    </message>
    <message>
      <source>Request &amp;reference:</source>
      <translation>&amp;مرجع الطلب:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>م&amp;لاحظة:</translation>
    </message>
  </context>
  <context>
    <name>TrustPage</name>
    <message>
      <source>Audit log</source>
      <translation>سجل التدقيق</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>المستخدمون</translation>
    </message>
    <message>
      <source>Packages</source>
      <translation>الحزم</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>النسخ الاحتياطية</translation>
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
    <name>UserDialog</name>
    <message>
      <source>Change the role of %1</source>
      <translation>تغيير دور %1</translation>
    </message>
    <message>
      <source>Add a user</source>
      <translation>إضافة مستخدم</translation>
    </message>
    <message>
      <source>only for a polling clerk, e.g. MA01-C01</source>
      <translation>لكاتب مركز الاقتراع فقط، مثل MA01-C01</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
      <source>&amp;Full name:</source>
      <translation>الاسم ال&amp;كامل:</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>ال&amp;دور:</translation>
    </message>
    <message>
      <source>Polling &amp;centre:</source>
      <translation>&amp;مركز الاقتراع:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;كلمة المرور:</translation>
    </message>
  </context>
  <context>
    <name>UsersTab</name>
    <message>
      <source>User</source>
      <translation>المستخدم</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <source>Polling centre</source>
      <translation>مركز الاقتراع</translation>
    </message>
    <message>
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Last sign-in</source>
      <translation>آخر دخول</translation>
    </message>
    <message>
      <source>&amp;Add a user…</source>
      <translation>&amp;أضف مستخدمًا…</translation>
    </message>
    <message>
      <source>Change the &amp;role…</source>
      <translation>غيّر ال&amp;دور…</translation>
    </message>
    <message>
      <source>&amp;Reset the password…</source>
      <translation>أعد &amp;تعيين كلمة المرور…</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>ا&amp;فتح القفل</translation>
    </message>
    <message>
      <source>&amp;Disable or enable</source>
      <translation>&amp;عطّل أو فعّل</translation>
    </message>
    <message>
      <source>Change &amp;my password…</source>
      <translation>غيّر كلمة &amp;مروري…</translation>
    </message>
    <message>
      <source>Security settings of this election</source>
      <translation>إعدادات الأمان لهذا الانتخاب</translation>
    </message>
    <message>
      <source>Failed sign-ins before the account locks:</source>
      <translation>محاولات الدخول الفاشلة قبل إقفال الحساب:</translation>
    </message>
    <message>
      <source>Minutes an account stays locked:</source>
      <translation>دقائق بقاء الحساب مقفلًا:</translation>
    </message>
    <message>
      <source>Minutes without use before the application locks:</source>
      <translation>دقائق عدم الاستخدام قبل إقفال البرنامج:</translation>
    </message>
    <message>
      <source>Backups kept:</source>
      <translation>عدد النسخ الاحتياطية المحفوظة:</translation>
    </message>
    <message>
      <source>Minutes between automatic backups:</source>
      <translation>الدقائق بين النسخ الاحتياطية التلقائية:</translation>
    </message>
    <message>
      <source>&amp;Save the settings</source>
      <translation>ا&amp;حفظ الإعدادات</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>المستخدمون</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>معطّل</translation>
    </message>
    <message>
      <source>locked until %1</source>
      <translation>مقفل حتى %1</translation>
    </message>
    <message>
      <source>demo account</source>
      <translation>حساب عرض</translation>
    </message>
    <message>
      <source>active</source>
      <translation>فعّال</translation>
    </message>
    <message>
      <source>Reset the password</source>
      <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
      <source>New password for %1:</source>
      <translation>كلمة المرور الجديدة للمستخدم %1:</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>تغيير كلمة مروري</translation>
    </message>
    <message>
      <source>Current password:</source>
      <translation>كلمة المرور الحالية:</translation>
    </message>
    <message>
      <source>New password:</source>
      <translation>كلمة المرور الجديدة:</translation>
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
  <context>
    <name>WilayatTurnoutDialog</name>
    <message>
      <source>Turnout of the merged stations</source>
      <translation>المشاركة في المحطات بعد الدمج</translation>
    </message>
    <message>
      <source>All wilayats</source>
      <translation>جميع الولايات</translation>
    </message>
    <message>
      <source>&amp;Wilayat:</source>
      <translation>ال&amp;ولاية:</translation>
    </message>
    <message>
      <source>By station and hour</source>
      <translation>حسب المحطة والساعة</translation>
    </message>
    <message>
      <source>Civil number</source>
      <translation>الرقم المدني</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Check-ins</source>
      <translation>مرات تسجيل الحضور</translation>
    </message>
    <message>
      <source>Where and when</source>
      <translation>أين ومتى</translation>
    </message>
    <message>
      <source>Checked in more than once</source>
      <translation>سُجّل حضورهم أكثر من مرة</translation>
    </message>
    <message>
      <source>Centre</source>
      <translation>المركز</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>المحطة</translation>
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
      <source>{voters} voters checked in at {stations} stations; {anomalies} checked in more than once, for the committee to decide.</source>
      <translation>عدد الناخبين الذين سُجّل حضورهم: {voters}، في {stations} من المحطات؛ وعدد من سُجّل حضورهم أكثر من مرة: {anomalies}، والقرار فيهم للجنة.</translation>
    </message>
  </context>
</TS>
