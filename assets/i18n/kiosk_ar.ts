<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>AnswerInputs</name>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="107" />
        <source>True</source>
        <translation>صح</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="107" />
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="121" />
        <source>Choose all the right answers.</source>
        <translation>اختر كل الإجابات الصحيحة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="125" />
        <source>Type a number</source>
        <translation>اكتب رقمًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="125" />
        <source>Type your answer</source>
        <translation>اكتب إجابتك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="126" />
        <location filename="../../kiosk/ui/answer_inputs.py" line="154" />
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="137" />
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="153" />
        <source>Write your answer here.</source>
        <translation>اكتب إجابتك هنا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="185" />
        <source>Choose an answer first.</source>
        <translation>اختر إجابة أولًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="192" />
        <source>Choose at least one answer.</source>
        <translation>اختر إجابة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="197" />
        <source>Type your answer first.</source>
        <translation>اكتب إجابتك أولًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="199" />
        <source>Type a number, like 3.14.</source>
        <translation>اكتب رقمًا، مثل 3.14.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="204" />
        <source>Choose a match for every item.</source>
        <translation>اختر ما يطابق كل عنصر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="209" />
        <source>Write your answer first.</source>
        <translation>اكتب إجابتك أولًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="234" />
        <source>✔ right answer</source>
        <translation>✔ إجابة صحيحة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="236" />
        <source>✘ not right</source>
        <translation>✘ ليست صحيحة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="245" />
        <source>✔ right</source>
        <translation>✔ صحيح</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="245" />
        <source>✘ right match: %1</source>
        <translation>✘ المطابقة الصحيحة: %1</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="20" />
        <source>Folder to save the backup in</source>
        <translation>المجلد الذي تُحفظ فيه النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="21" />
        <source>Also save the signing key (the backup is then encrypted)</source>
        <translation>احفظ مفتاح التوقيع أيضًا (تُشفَّر النسخة الاحتياطية عندئذٍ)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="23" />
        <source>Passphrase (at least 8 characters)</source>
        <translation>عبارة المرور (8 أحرف على الأقل)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="23" />
        <source>Passphrase for the backup</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="25" />
        <source>Make backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="28" />
        <source>Backup file to restore</source>
        <translation>ملف النسخة الاحتياطية المراد استعادته</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="30" />
        <source>Passphrase, if the backup is encrypted</source>
        <translation>عبارة المرور، إن كانت النسخة مشفّرة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="30" />
        <source>Passphrase of the backup to restore</source>
        <translation>عبارة مرور النسخة المراد استعادتها</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="32" />
        <source>Facilitator PIN, for a backup made by another kiosk</source>
        <translation>رمز الميسّر، لنسخة احتياطية من جهاز آخر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="33" />
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="33" />
        <source>Click again: replace all data on this kiosk</source>
        <translation>انقر مرة أخرى: ستُستبدل كل بيانات هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="35" />
        <source>Back up this kiosk</source>
        <translation>نسخ احتياطي لهذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="37" />
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="55" />
        <source>Choose a folder first (e.g. on a USB stick).</source>
        <translation>اختر مجلدًا أولًا (على ذاكرة USB مثلًا).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="62" />
        <source>Saved %1.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="78" />
        <source>Restored the backup made %1.</source>
        <translation>تمت استعادة النسخة الاحتياطية المؤرخة %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="70" />
        <source>Choose the backup file first.</source>
        <translation>اختر ملف النسخة الاحتياطية أولًا.</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../../kiosk/ui/congratulations_screen.py" line="68" />
        <source>⌂ Back home</source>
        <translation>⌂ العودة إلى الرئيسية</translation>
    </message>
</context>
<context>
    <name>CertificateScreen</name>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="124" />
        <source>About this certificate</source>
        <translation>عن هذه الشهادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="126" />
        <source>Preparing the certificate…</source>
        <translation>جارٍ إعداد الشهادة…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="127" />
        <source>The certificate, as it will print</source>
        <translation>الشهادة كما ستُطبع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="130" />
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="131" />
        <source>Save to USB / folder</source>
        <translation>حفظ على USB / في مجلد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="163" />
        <source>⚠ REVOKED on %1: this certificate is no longer valid. Copies print with a REVOKED mark.</source>
        <translation>⚠ أُلغيت في %1: لم تعد هذه الشهادة صالحة. تُطبع النسخ مع علامة «ملغاة».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="210" />
        <source>Saved to %1</source>
        <translation>حُفظت في %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="169" />
        <source>⚠ DEMONSTRATION: this certificate comes from a sample pack. It is not a qualification.</source>
        <translation>⚠ للعرض فقط: هذه الشهادة من حزمة تجريبية. وهي ليست مؤهّلًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="185" />
        <source>Save the certificate</source>
        <translation>حفظ الشهادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="187" />
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="217" />
        <source>No printer is set up on this computer. Save the certificate to a USB stick or folder, and print it on another computer.</source>
        <translation>لا توجد طابعة مُعدّة على هذا الحاسوب. احفظ الشهادة على ذاكرة USB أو في مجلد، واطبعها على حاسوب آخر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="239" />
        <source>The printer did not start. Check that it is on and has paper, then try again.</source>
        <translation>لم تبدأ الطابعة العمل. تأكد من أنها مشغّلة وفيها ورق، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="251" />
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
</context>
<context>
    <name>CongratulationsScreen</name>
    <message>
        <location filename="../../kiosk/ui/congratulations_screen.py" line="22" />
        <source>★ Congratulations, %1!</source>
        <translation>★ تهانينا يا %1!</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/congratulations_screen.py" line="26" />
        <source>You earned:</source>
        <translation><numerusform>لقد حصلت على:</numerusform><numerusform>لقد حصلت على:</numerusform><numerusform>لقد حصلت على:</numerusform><numerusform>لقد حصلت على:</numerusform><numerusform>لقد حصلت على:</numerusform><numerusform>لقد حصلت على:</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/congratulations_screen.py" line="33" />
        <source>See my certificate</source>
        <translation>عرض شهادتي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/congratulations_screen.py" line="37" />
        <source>⌂ Back home</source>
        <translation>⌂ العودة إلى الرئيسية</translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="22" />
        <source>Issued credentials</source>
        <translation>الشهادات الممنوحة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="23" />
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="23" />
        <source>Open the certificate to print it again</source>
        <translation>فتح الشهادة لطباعتها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="25" />
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="26" />
        <source>Reason for revoking</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="27" />
        <source>Revoke</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="27" />
        <source>Click again to revoke</source>
        <translation>انقر مرة أخرى للإلغاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="29" />
        <source>Waiting for your sign-off</source>
        <translation>بانتظار مصادقتك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="31" />
        <source>Credentials waiting for a facilitator's sign-off</source>
        <translation>شهادات بانتظار مصادقة الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="33" />
        <source>I confirm: award it</source>
        <translation>أؤكد: امنحها</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="33" />
        <source>Confirm the sign-off and award the credential</source>
        <translation>تأكيد المصادقة ومنح الشهادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="63" />
        <source>(REVOKED: %1)</source>
        <translation>(مُلغاة: %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="98" />
        <source>%1's certificate “%2” is revoked (%3).</source>
        <translation>أُلغيت شهادة «%2» الخاصة بـ%1 (%3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="112" />
        <source>Awarded %1 to %2.</source>
        <translation>مُنحت %1 إلى %2.</translation>
    </message>
</context>
<context>
    <name>EssaysTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="31" />
        <source>Essay answers waiting for a mark</source>
        <translation>إجابات مقالية بانتظار التقييم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="41" />
        <source>The question and the answer</source>
        <translation>السؤال والإجابة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="45" />
        <source>Mark for the essay, 0 to 100 percent</source>
        <translation>درجة المقال، من 0 إلى 100 بالمئة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="46" />
        <source>Save mark</source>
        <translation>حفظ الدرجة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="51" />
        <source>Mark:</source>
        <translation>الدرجة:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="80" />
        <source>No essay answers are waiting.</source>
        <translation>لا توجد إجابات مقالية بالانتظار.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="88" />
        <source>Question: %1
Answer: %2</source>
        <translation>السؤال: %1
الإجابة: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="97" />
        <source>Mark saved.</source>
        <translation>حُفظت الدرجة.</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="35" />
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="37" />
        <source>← Back</source>
        <translation>→ رجوع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="38" />
        <source>Back to the learners</source>
        <translation>العودة إلى المتعلمين</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="40" />
        <source>Exit kiosk</source>
        <translation>الخروج من الكشك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="41" />
        <source>Close the Kiosk app</source>
        <translation>إغلاق تطبيق Kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="55" />
        <source>Facilitator sections</source>
        <translation>أقسام وضع الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="56" />
        <source>Facilitator tasks</source>
        <translation>مهام الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="58" />
        <source>Learners</source>
        <translation>المتعلمون</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="59" />
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="60" />
        <source>Essays</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="61" />
        <source>Credentials</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="62" />
        <source>Packs</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="63" />
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="64" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="65" />
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../kiosk/ui/file_field.py" line="18" />
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/file_field.py" line="19" />
        <source>Choose on a USB stick or in a folder</source>
        <translation>اختر من ذاكرة USB أو من مجلد</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="126" />
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="136" />
        <source>What changed since last time</source>
        <translation>ما تغيّر منذ المرة الماضية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="145" />
        <source>My certificates</source>
        <translation>شهاداتي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="147" />
        <source>My certificates: view, print or save them again</source>
        <translation>شهاداتي: اعرضها أو اطبعها أو احفظها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="149" />
        <source>Your learning packs</source>
        <translation>حزمك التعليمية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="153" />
        <source>Show packs in</source>
        <translation>عرض الحزم باللغة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="154" />
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="167" />
        <source>Learning packs</source>
        <translation>الحزم التعليمية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="176" />
        <source>No learning packs are installed yet.
Ask the facilitator to add a pack from a USB stick (Facilitator → Packs).</source>
        <translation>لا توجد حزم تعليمية مثبتة بعد.
اطلب من الميسّر إضافة حزمة من ذاكرة USB (الميسّر ← الحزم).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="205" />
        <source>Hello, %1</source>
        <translation>مرحبًا يا %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="215" />
        <source>Loading your progress…</source>
        <translation>جارٍ تحميل تقدمك…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="268" />
        <source>Your credentials: %1</source>
        <translation>شهاداتك: %1</translation>
    </message>
</context>
<context>
    <name>LearnerPicker</name>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="85" />
        <source>Who is learning today?</source>
        <translation>من يتعلم اليوم؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="151" />
        <location filename="../../kiosk/ui/learner_picker.py" line="152" />
        <source>Find your name</source>
        <translation>ابحث عن اسمك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="123" />
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="123" />
        <source>Facilitator mode (asks for the facilitator PIN)</source>
        <translation>وضع الميسّر (يطلب رمز الميسّر)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="232" />
        <source>%1 more learners are not shown. Type your name above to find yours.</source>
        <translation>%1 متعلّمين آخرين غير معروضين. اكتب اسمك في الأعلى لتجده.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="264" />
        <source>Learner %1</source>
        <translation>المتعلم %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="272" />
        <source>New learner</source>
        <translation>متعلم جديد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="272" />
        <source>Add a new learner</source>
        <translation>إضافة متعلم جديد</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="29" />
        <source>Search by name</source>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="30" />
        <source>Search learners by name</source>
        <translation>البحث عن المتعلمين بالاسم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="32" />
        <source>Show archived learners</source>
        <translation>عرض المتعلمين المؤرشفين</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="34" />
        <source>Learners</source>
        <translation>المتعلمون</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="35" />
        <source>New PIN (4-6 digits)</source>
        <translation>رمز جديد (4 إلى 6 أرقام)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="35" />
        <source>New PIN for the learner</source>
        <translation>رمز جديد للمتعلم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="36" />
        <source>Set PIN</source>
        <translation>تعيين الرمز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="38" />
        <source>Remove PIN</source>
        <translation>إزالة الرمز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="40" />
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="110" />
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="41" />
        <source>Archive or bring back the learner</source>
        <translation>أرشفة المتعلم أو إعادته</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="45" />
        <source>Profile to keep when merging</source>
        <translation>الملف الذي يُحتفظ به عند الدمج</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="47" />
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="126" />
        <source>Click again to merge</source>
        <translation>انقر مرة أخرى للدمج</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="47" />
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="48" />
        <source>Merge the selected learner into the chosen profile</source>
        <translation>دمج المتعلم المحدد في الملف المختار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="57" />
        <source>Same person as:</source>
        <translation>الشخص نفسه مثل:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="86" />
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="88" />
        <source>archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="110" />
        <source>Bring back</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="124" />
        <source>To merge two profiles of one person, select the one to give up above.</source>
        <translation>لدمج ملفين لشخص واحد، اختر في الأعلى الملف الذي تتخلى عنه.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="126" />
        <source>Merge into “%1”</source>
        <translation>الدمج في «%1»</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="129" />
        <source>“%2” is kept. “%1”'s answers and certificates move into it, and “%1” is archived.</source>
        <translation>يُحتفظ بـ«%2». تنتقل إليه إجابات «%1» وشهاداته، ويُؤرشف «%1».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="144" />
        <source>%1 has a new PIN.</source>
        <translation>لدى %1 رمز جديد.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="144" />
        <source>%1 has no PIN now.</source>
        <translation>لم يعد لدى %1 رمز.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="156" />
        <source>%1 is archived: hidden from the picker, records kept.</source>
        <translation>أُرشف %1: أُخفي من القائمة وحُفظت بياناته.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="158" />
        <source>%1 is back on the picker.</source>
        <translation>عاد %1 إلى القائمة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="170" />
        <source>%1 was merged into %2; %2 is kept.</source>
        <translation>دُمج %1 في %2؛ يُحتفظ بـ%2.</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="174" />
        <source>⌂ Home</source>
        <translation>⌂ الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="174" />
        <source>Back to home</source>
        <translation>العودة إلى الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="179" />
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="181" />
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="184" />
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="186" />
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="213" />
        <source>Lesson text</source>
        <translation>نص الدرس</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="223" />
        <source>← Previous lesson</source>
        <translation>→ الدرس السابق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="224" />
        <location filename="../../kiosk/ui/lesson_reader.py" line="256" />
        <source>Next lesson →</source>
        <translation>الدرس التالي ←</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="286" />
        <source>This lesson cannot be read. Please tell the facilitator.</source>
        <translation>تتعذر قراءة هذا الدرس. يُرجى إبلاغ الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="254" />
        <source>Lesson %1 of %2</source>
        <translation>الدرس %1 من %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="256" />
        <source>Finish ✓</source>
        <translation>إنهاء ✓</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="354" />
        <source>Web links are not opened on this kiosk: %1</source>
        <translation>لا تُفتح روابط الويب على هذا الجهاز: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="368" />
        <source>This link does not lead to a lesson of this pack.</source>
        <translation>هذا الرابط لا يؤدي إلى درس من هذه الحزمة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/main_window.py" line="248" />
        <source>You were logged out after %n minute(s) without activity, to keep your progress private.</source>
        <translation><numerusform>سُجّل خروجك بعد أقل من دقيقة دون نشاط، حفاظًا على خصوصية تقدمك.</numerusform><numerusform>سُجّل خروجك بعد دقيقة واحدة دون نشاط، حفاظًا على خصوصية تقدمك.</numerusform><numerusform>سُجّل خروجك بعد دقيقتين دون نشاط، حفاظًا على خصوصية تقدمك.</numerusform><numerusform>سُجّل خروجك بعد %n دقائق دون نشاط، حفاظًا على خصوصية تقدمك.</numerusform><numerusform>سُجّل خروجك بعد %n دقيقة دون نشاط، حفاظًا على خصوصية تقدمك.</numerusform><numerusform>سُجّل خروجك بعد %n دقيقة دون نشاط، حفاظًا على خصوصية تقدمك.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="260" />
        <source>Kiosk — setup</source>
        <translation>Kiosk — الإعداد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="272" />
        <source>%1, type your PIN</source>
        <translation>%1، اكتب رمزك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="408" />
        <source>← My certificates</source>
        <translation>→ شهاداتي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="417" />
        <source>Facilitator, type your PIN</source>
        <translation>أيها الميسّر، اكتب رمزك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="447" />
        <source>← Back to the console</source>
        <translation>→ العودة إلى لوحة الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="435" />
        <source>Wrong facilitator PIN. Try again.</source>
        <translation>رمز الميسّر غير صحيح. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>MyCertificatesScreen</name>
    <message>
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="21" />
        <source>⌂ Back home</source>
        <translation>⌂ العودة إلى الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="23" />
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="31" />
        <source>My certificates</source>
        <translation>شهاداتي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="25" />
        <source>No certificate yet. Finish a pack's lessons and quizzes to earn one.</source>
        <translation>لا توجد شهادة بعد. أكمل دروس حزمة واختباراتها لتحصل على واحدة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="43" />
        <source>%1 — earned %2</source>
        <translation>%1 — حصلت عليها في %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="46" />
        <source>⚠ Revoked on %1: no longer valid.</source>
        <translation>⚠ أُلغيت في %1: لم تعد صالحة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="49" />
        <source>Demonstration: not a qualification.</source>
        <translation>للعرض فقط: ليست مؤهّلًا.</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="23" />
        <source>New learner</source>
        <translation>متعلم جديد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="24" />
        <source>A PIN keeps your progress private on this shared computer. You can leave it empty.</source>
        <translation>يحمي الرمز خصوصية تقدمك على هذا الحاسوب المشترك. يمكنك تركه فارغًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="25" />
        <location filename="../../kiosk/ui/new_learner_screen.py" line="27" />
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="28" />
        <source>4 to 6 digits, or empty</source>
        <translation>من 4 إلى 6 أرقام، أو فارغ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="29" />
        <location filename="../../kiosk/ui/new_learner_screen.py" line="35" />
        <source>PIN (optional)</source>
        <translation>الرمز (اختياري)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="30" />
        <source>the same digits again</source>
        <translation>الأرقام نفسها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="31" />
        <location filename="../../kiosk/ui/new_learner_screen.py" line="36" />
        <source>PIN again</source>
        <translation>الرمز مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="34" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="38" />
        <source>Start learning</source>
        <translation>ابدأ التعلم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="39" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="66" />
        <source>The two PINs are not the same. Type them again.</source>
        <translation>الرمزان غير متطابقين. اكتبهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="26" />
        <source>What this kiosk trusts</source>
        <translation>ما يثق به هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="27" />
        <source>Enrolment file, or the key (z6Mk…)</source>
        <translation>ملف التسجيل، أو المفتاح (z6Mk…)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="29" />
        <source>Organisation's name (with a typed key)</source>
        <translation>اسم المؤسسة (مع مفتاح مكتوب)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="30" />
        <source>Organisation's name</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="31" />
        <source>Facilitator PIN</source>
        <translation>رمز الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="34" />
        <source>Changing the key drops the list this kiosk holds: until it syncs with the new organisation's registry, it trusts only its own certificates. Compare the fingerprint with your organisation's.</source>
        <translation>تغيير المفتاح يحذف القائمة التي يحتفظ بها هذا الجهاز: إلى أن يُزامَن مع سجل المؤسسة الجديدة لن يثق إلا بشهاداته. قارن البصمة ببصمة مؤسستك.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="39" />
        <source>Use this organisation key</source>
        <translation>استخدم مفتاح المؤسسة هذا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="39" />
        <source>Click again: change the key</source>
        <translation>انقر مرة أخرى: تغيير المفتاح</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="43" />
        <source>What waits to be sent to the registry</source>
        <translation>ما ينتظر الإرسال إلى السجل</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="44" />
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="47" />
        <source>Trust list file from the registry</source>
        <translation>ملف قائمة الثقة من السجل</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="48" />
        <source>Import trust list</source>
        <translation>استيراد قائمة الثقة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="50" />
        <source>Organisation key</source>
        <translation>مفتاح المؤسسة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="52" />
        <source>Trust list on a USB stick (no internet)</source>
        <translation>قائمة الثقة على ذاكرة USB (بلا إنترنت)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="54" />
        <source>Sync with the registry</source>
        <translation>المزامنة مع السجل</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="84" />
        <source>Set the verify address in Settings first: it is the registry's address.</source>
        <translation>اضبط عنوان التحقق في الإعدادات أولًا: إنه عنوان السجل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="88" />
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="92" />
        <source>Synced: %1 certificates and %2 revocations sent; trust list number %3.</source>
        <translation>تمت المزامنة: أُرسلت %1 شهادة و%2 إلغاء؛ قائمة الثقة رقم %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="107" />
        <source>Waiting to be sent: %1 certificates, %2 revocations. Last sync: %3. A revocation reaches employers' phones only after a sync.</source>
        <translation>بانتظار الإرسال: %1 شهادة، %2 إلغاء. آخر مزامنة: %3. لا يصل الإلغاء إلى هواتف أصحاب العمل إلا بعد المزامنة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="119" />
        <source>Organisation: %1
Key fingerprint: %2</source>
        <translation>المؤسسة: %1
بصمة المفتاح: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="124" />
        <source>Trust list number %1, signed %2 UTC: %3 kiosk keys (%4 withdrawn), %5 revoked certificates.</source>
        <translation>قائمة الثقة رقم %1، موقّعة في %2 UTC: %3 مفتاح جهاز (%4 مسحوب)، %5 شهادة ملغاة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="146" />
        <source>Now using the key of %1, fingerprint %2.</source>
        <translation>يُستخدم الآن مفتاح %1، البصمة %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="159" />
        <source>Trust list number %1 is in use.</source>
        <translation>قائمة الثقة رقم %1 قيد الاستخدام.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="104" />
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="115" />
        <source>Not enrolled: this kiosk trusts only its own certificates and cannot sync. Choose your organisation's enrolment file below.</source>
        <translation>غير مسجَّل: لا يثق هذا الجهاز إلا بشهاداته ولا يمكنه المزامنة. اختر ملف تسجيل مؤسستك أدناه.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="121" />
        <source>No trust list yet: sync, or import one from a USB stick.</source>
        <translation>لا توجد قائمة ثقة بعد: زامن، أو استوردها من ذاكرة USB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="155" />
        <source>Choose the trust list file first.</source>
        <translation>اختر ملف قائمة الثقة أولًا.</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="46" />
        <source>not started</source>
        <translation>لم يبدأ بعد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="47" />
        <source>in progress</source>
        <translation>قيد التعلّم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="48" />
        <source>mastered</source>
        <translation>مُتقَن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="49" />
        <source>due for review</source>
        <translation>حان وقت المراجعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="67" />
        <source>%p% mastered</source>
        <translation>أُتقن %p%</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="69" />
        <source>%1: %2% mastered</source>
        <translation>%1: أُتقن %2%</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="78" />
        <source>Skills of %1</source>
        <translation>مهارات %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="80" />
        <source>Earned: %1</source>
        <translation>حصلت على: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="83" />
        <source>Open ▸</source>
        <translation>فتح ◂</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="85" />
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
</context>
<context>
    <name>PackScreen</name>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="23" />
        <source>⌂ Home</source>
        <translation>⌂ الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="24" />
        <source>Back to home</source>
        <translation>العودة إلى الرئيسية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pack_screen.py" line="67" />
        <source>☰ Read the lessons (%n)</source>
        <translation><numerusform>☰ قراءة الدروس (%n)</numerusform><numerusform>☰ قراءة الدروس (%n)</numerusform><numerusform>☰ قراءة الدروس (%n)</numerusform><numerusform>☰ قراءة الدروس (%n)</numerusform><numerusform>☰ قراءة الدروس (%n)</numerusform><numerusform>☰ قراءة الدروس (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="68" />
        <source>Read the lessons of %1</source>
        <translation>قراءة دروس %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="75" />
        <source>✎ Quiz: %1</source>
        <translation>✎ اختبار: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="75" />
        <source>✎ Take the quiz</source>
        <translation>✎ أجب عن الاختبار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="77" />
        <source>Take the quiz %1</source>
        <translation>إجراء الاختبار %1</translation>
    </message>
</context>
<context>
    <name>PacksTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="71" />
        <source>Add content packs</source>
        <translation>إضافة حزم محتوى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="74" />
        <source>Insert a USB stick with packs, or choose a folder.</source>
        <translation>أدخل ذاكرة USB تحتوي على حزم، أو اختر مجلدًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="77" />
        <source>Packs found</source>
        <translation>الحزم التي وُجدت</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="79" />
        <source>Choose folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="81" />
        <source>Import selected</source>
        <translation>استيراد المحدد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="91" />
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="93" />
        <source>Installed packs</source>
        <translation>الحزم المثبتة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="95" />
        <source>Export to USB</source>
        <translation>تصدير إلى USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="105" />
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="300" />
        <source>Remove pack</source>
        <translation>إزالة الحزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="106" />
        <source>Remove the selected pack from this kiosk</source>
        <translation>إزالة الحزمة المحددة من هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="141" />
        <source>Choose the folder with the packs</source>
        <translation>اختر مجلد الحزم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="146" />
        <source>Kiosk packs (*.kpack)</source>
        <translation>حزم Kiosk ‏(*.kpack)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="154" />
        <source>Looking for packs in %1…</source>
        <translation>جارٍ البحث عن حزم في %1…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="163" />
        <source>No packs (.kpack files) in %1.</source>
        <translation>لا توجد حزم (ملفات ‎.kpack) في %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="165" />
        <source>Packs in %1: tick the ones to import.</source>
        <translation>الحزم في %1: حدّد ما تريد استيراده.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="179" />
        <source>%1 (%2) — cannot be used: %3</source>
        <translation>%1 (%2) — غير صالحة للاستخدام: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="182" />
        <source>%1 — version %2, %3, from %4, %5</source>
        <translation>%1 — الإصدار %2، %3، من %4، %5</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="185" />
        <source> — not importable: %1</source>
        <translation> — لا يمكن استيرادها: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="232" />
        <source>Installed %1.</source>
        <translation>ثُبّتت %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="232" />
        <source>Not installed: %1</source>
        <translation>لم تُثبَّت: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="257" />
        <source>%1 — version %2</source>
        <translation>%1 — الإصدار %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="270" />
        <source>Saved %1.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="290" />
        <source>Removed %1; learners' records are kept.</source>
        <translation>أُزيلت %1؛ وحُفظت بيانات المتعلمين.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="305" />
        <source>Copy the pack file to %1</source>
        <translation>نسخ ملف الحزمة إلى %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="180" />
        <source>signature verified</source>
        <translation>التوقيع موثَّق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="180" />
        <source>signature NOT verified</source>
        <translation>التوقيع غير موثَّق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="205" />
        <source>Importing… please leave the USB stick in.</source>
        <translation>جارٍ الاستيراد… يُرجى ترك ذاكرة USB موصولة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="281" />
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="300" />
        <source>Click again to remove</source>
        <translation>انقر مرة أخرى للإزالة</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="26" />
        <source>PIN typed so far</source>
        <translation>الرمز المكتوب حتى الآن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="38" />
        <source>Erase last digit</source>
        <translation>مسح آخر رقم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="40" />
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="42" />
        <source>Enter PIN</source>
        <translation>أدخل الرمز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="51" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="52" />
        <source>Back to the list of learners</source>
        <translation>العودة إلى قائمة المتعلمين</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="128" />
        <source>A PIN has 4 to 6 digits.</source>
        <translation>يتكون الرمز من 4 إلى 6 أرقام.</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="72" />
        <source>Learner</source>
        <translation>المتعلم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="72" />
        <source>Pack</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="72" />
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="72" />
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="73" />
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="73" />
        <source>Stuck?</source>
        <translation>متعثر؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="55" />
        <source>Show one pack</source>
        <translation>عرض حزمة واحدة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="56" />
        <source>All packs</source>
        <translation>كل الحزم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="59" />
        <source>Search by name</source>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="60" />
        <source>Show learners whose name contains</source>
        <translation>عرض المتعلمين الذين يحتوي اسمهم على</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="62" />
        <source>Only learners who are stuck</source>
        <translation>المتعلمون المتعثرون فقط</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="73" />
        <source>Answers (14 days)</source>
        <translation>الإجابات (14 يومًا)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="76" />
        <source>Progress of each learner in each pack they started</source>
        <translation>تقدم كل متعلم في كل حزمة بدأها</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="92" />
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="93" />
        <source>Previous page of the report</source>
        <translation>الصفحة السابقة من التقرير</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="96" />
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="97" />
        <source>Next page of the report</source>
        <translation>الصفحة التالية من التقرير</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="63" />
        <source>Stuck: 10 or more answers in a pack in the last 14 days, and no new skill mastered.</source>
        <translation>متعثر: 10 إجابات أو أكثر في حزمة خلال آخر 14 يومًا دون إتقان مهارة جديدة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="102" />
        <source>Save as CSV…</source>
        <translation>حفظ بصيغة CSV…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="103" />
        <source>Save the report as a CSV file, in a folder you choose</source>
        <translation>حفظ التقرير في ملف CSV، في مجلد تختاره</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="105" />
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="106" />
        <source>Save the report as a PDF file, in a folder you choose</source>
        <translation>حفظ التقرير في ملف PDF، في مجلد تختاره</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="183" />
        <source>Working out progress… %1 %</source>
        <translation>جارٍ حساب التقدم… %1 %</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="196" />
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="228" />
        <source>No rows. Learner and pack pairs not started: %1.</source>
        <translation>لا توجد صفوف. أزواج المتعلم والحزمة التي لم تبدأ: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="233" />
        <source>Rows %1–%2 of %3. Learner and pack pairs not started: %4.</source>
        <translation>الصفوف %1–%2 من %3. أزواج المتعلم والحزمة التي لم تبدأ: %4.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="247" />
        <source>Folder to save the report in</source>
        <translation>المجلد الذي يُحفظ فيه التقرير</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="281" />
        <source>Saved %1.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="283" />
        <source>Saving the report… %1 %</source>
        <translation>جارٍ حفظ التقرير… %1 %</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="109" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="198" />
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="199" />
        <source>⚠ Stuck</source>
        <translation>⚠ متعثر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="263" />
        <source>Learners' progress</source>
        <translation>تقدم المتعلمين</translation>
    </message>
</context>
<context>
    <name>QuizPlayer</name>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="51" />
        <source>✎ Your answer is saved; a facilitator will read it.</source>
        <translation>✎ حُفظت إجابتك؛ سيقرؤها الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="55" />
        <source>✔ Right!</source>
        <translation>✔ إجابة صحيحة!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="57" />
        <source>◐ Partly right (%1%)</source>
        <translation>◐ صحيحة جزئيًا (%1%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="58" />
        <source>✘ Not quite.</source>
        <translation>✘ ليست صحيحة تمامًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="90" />
        <source>⌂ Home</source>
        <translation>⌂ الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="90" />
        <source>Leave the quiz and go home</source>
        <translation>مغادرة الاختبار والعودة إلى الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="96" />
        <source>Quiz progress</source>
        <translation>تقدم الاختبار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="116" />
        <source>Feedback</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="165" />
        <source>Quiz finished</source>
        <translation>انتهى الاختبار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="173" />
        <location filename="../../kiosk/ui/quiz_player.py" line="178" />
        <source>Your answers</source>
        <translation>إجاباتك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="179" />
        <source>↻ Try again</source>
        <translation>↻ حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="180" />
        <source>⌂ Back home</source>
        <translation>⌂ العودة إلى الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="196" />
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="206" />
        <source>Continue →</source>
        <translation>متابعة ←</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="206" />
        <source>Check answer</source>
        <translation>تحقق من الإجابة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="242" />
        <source>See my results</source>
        <translation>عرض نتائجي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="242" />
        <source>Next question →</source>
        <translation>السؤال التالي ←</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="257" />
        <source>The right answer: %1</source>
        <translation>الإجابة الصحيحة: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="259" />
        <source>The right answer:</source>
        <translation>الإجابة الصحيحة:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="317" />
        <source>Your answers are saved; a facilitator will read them.</source>
        <translation>حُفظت إجاباتك؛ وسيقرؤها الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="322" />
        <source>You scored %1 out of %2 (%3%).</source>
        <translation>حصلت على %1 من %2 (%3%).</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="102" />
        <source>Stop reading</source>
        <translation>أوقف القراءة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="105" />
        <source>Read this page</source>
        <translation>اقرأ هذه الصفحة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="103" />
        <source>Stop reading aloud</source>
        <translation>أوقف القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="106" />
        <source>Read this page aloud</source>
        <translation>اقرأ هذه الصفحة بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="116" />
        <source>slow</source>
        <translation>بطيئة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="117" />
        <source>normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="118" />
        <source>fast</source>
        <translation>سريعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="120" />
        <source>Speed: %1</source>
        <translation>السرعة: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="122" />
        <source>Reading speed: %1. Press to change.</source>
        <translation>سرعة القراءة: %1. اضغط لتغييرها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/lesson.py" line="140" />
        <source>Read aloud: %1</source>
        <translation>اقرأ بصوت عالٍ: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/quiz.py" line="69" />
        <source>Read the question aloud</source>
        <translation>اقرأ السؤال بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/quiz.py" line="72" />
        <source>Read the feedback aloud</source>
        <translation>اقرأ الملاحظات بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/quiz.py" line="145" />
        <source>Read choice %1 aloud</source>
        <translation>اقرأ الخيار %1 بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="41" />
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="45" />
        <source>Learners cannot leave the app</source>
        <translation>لا يستطيع المتعلمون مغادرة التطبيق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="46" />
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="50" />
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="55" />
        <source>Change facilitator PIN</source>
        <translation>تغيير رمز الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="64" />
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="65" />
        <source>Kiosk name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="66" />
        <source>Verify URL</source>
        <translation>عنوان التحقق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="67" />
        <source>Log out after</source>
        <translation>تسجيل الخروج بعد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="68" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="69" />
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="71" />
        <source>Full-screen lock</source>
        <translation>قفل ملء الشاشة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="72" />
        <source>Current facilitator PIN</source>
        <translation>رمز الميسّر الحالي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="73" />
        <source>New facilitator PIN</source>
        <translation>رمز الميسّر الجديد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="101" />
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="102" />
        <source>Last synced with the registry: %1</source>
        <translation>آخر مزامنة مع السجل: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="119" />
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="129" />
        <source>The facilitator PIN is changed.</source>
        <translation>تم تغيير رمز الميسّر.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="46" />
        <source>Welcome! Let's set up this kiosk</source>
        <translation>مرحبًا! لنُعدّ هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="47" />
        <source>This takes under a minute. Only the facilitator needs to do it.</source>
        <translation>يستغرق ذلك أقل من دقيقة. يقوم به الميسّر وحده.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="49" />
        <source>e.g. Riverside Community Centre</source>
        <translation>مثال: المركز المجتمعي على ضفة النهر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="50" />
        <source>e.g. Library computer 2</source>
        <translation>مثال: حاسوب المكتبة 2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="51" />
        <source>6 digits</source>
        <translation>6 أرقام</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="52" />
        <source>the same digits again</source>
        <translation>الأرقام نفسها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="56" />
        <source>Enrolment file, or the key (z6Mk…)</source>
        <translation>ملف التسجيل، أو المفتاح (z6Mk…)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="59" />
        <source>Without your organisation's key, this kiosk checks only its own certificates and cannot sync.</source>
        <translation>بدون مفتاح مؤسستك، لا يتحقق هذا الجهاز إلا من شهاداته ولا يمكنه المزامنة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="63" />
        <source>Organisation key fingerprint</source>
        <translation>بصمة مفتاح المؤسسة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="71" />
        <location filename="../../kiosk/ui/setup_screen.py" line="84" />
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="72" />
        <location filename="../../kiosk/ui/setup_screen.py" line="85" />
        <source>Kiosk name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="73" />
        <location filename="../../kiosk/ui/setup_screen.py" line="86" />
        <source>Facilitator PIN</source>
        <translation>رمز الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="74" />
        <source>PIN again</source>
        <translation>الرمز مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="75" />
        <location filename="../../kiosk/ui/setup_screen.py" line="88" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="76" />
        <source>Organisation key</source>
        <translation>مفتاح المؤسسة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="78" />
        <source>Verify address</source>
        <translation>عنوان التحقق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="87" />
        <source>Facilitator PIN again</source>
        <translation>رمز الميسّر مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="89" />
        <source>Organisation key: enrolment file or typed key</source>
        <translation>مفتاح المؤسسة: ملف تسجيل أو مفتاح مكتوب</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="90" />
        <source>Verify address, printed in every certificate's QR code</source>
        <translation>عنوان التحقق، المطبوع في رمز QR لكل شهادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="94" />
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="96" />
        <source>Finish setup</source>
        <translation>إنهاء الإعداد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="119" />
        <source>Check that this fingerprint is the one your organisation gave you:</source>
        <translation>تأكّد أن هذه البصمة هي التي أعطتك إياها مؤسستك:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="131" />
        <source>The two PINs are not the same. Type them again.</source>
        <translation>الرمزان غير متطابقين. اكتبهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../kiosk/core/learners/pins.py" line="29" />
        <source>A PIN is made of digits only (0-9).</source>
        <translation>يتكوّن الرمز من أرقام فقط (0-9).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/pins.py" line="32" />
        <source>A PIN has %1 to %2 digits; this one has %3.</source>
        <translation>يتكوّن الرمز من %1 إلى %2 أرقام؛ وهذا فيه %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/pins.py" line="46" />
        <source>The facilitator PIN has %1 digits; this one has %2.</source>
        <translation>رمز الميسّر من %1 أرقام؛ وهذا من %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="79" />
        <source>Type a name for the learner.</source>
        <translation>اكتب اسمًا للمتعلم.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="82" />
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>للاسم %1 حرفًا على الأكثر؛ وهذا فيه %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="85" />
        <source>A name cannot contain control characters.</source>
        <translation>لا يمكن أن يحتوي الاسم على محارف تحكّم.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="149" />
        <source>No learner called %1.</source>
        <translation>لا يوجد متعلم اسمه %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="164" />
        <source>This profile is archived; ask the facilitator.</source>
        <translation>هذا الملف مؤرشف؛ اسأل الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="170" />
        <source>Too many wrong PINs. Try again in %1 seconds, or ask the facilitator.</source>
        <translation>رموز خاطئة كثيرة. حاول مرة أخرى بعد %1 ثانية، أو اسأل الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="184" />
        <source>Wrong PIN. Too many wrong PINs: wait %1 seconds, or ask the facilitator.</source>
        <translation>رمز خاطئ. رموز خاطئة كثيرة: انتظر %1 ثانية، أو اسأل الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="194" />
        <source>Wrong PIN. Tries left before a short wait: %1.</source>
        <translation>رمز خاطئ. المحاولات المتبقية قبل انتظار قصير: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="75" />
        <source>These credentials require each other in a loop, so none can be earned: %1.</source>
        <translation>هذه الشهادات يشترط بعضها بعضًا في حلقة مغلقة، فلا يمكن الحصول على أي منها: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="123" />
        <source>Master: %1</source>
        <translation>أتقِن: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="131" />
        <source>Pass the final quiz (%1)</source>
        <translation>انجح في الاختبار النهائي (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="134" />
        <source>Pass the final quiz (%1); your best so far is %2</source>
        <translation>انجح في الاختبار النهائي (%1)؛ أفضل نتيجة لك حتى الآن %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="145" />
        <source>A facilitator must sign off a practical demonstration</source>
        <translation>يجب أن يعتمد الميسّر عرضًا عمليًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="156" />
        <source>Earn: %1 first</source>
        <translation>احصل أولًا على: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="158" />
        <source>Earn: %1 first (its pack is not installed)</source>
        <translation>احصل أولًا على: %1 (حزمتها غير مثبّتة)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="25" />
        <source>organisation's name</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="26" />
        <source>kiosk's name</source>
        <translation>اسم الكشك</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="70" />
        <source>Type the %1.</source>
        <translation>اكتب %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="72" />
        <source>The %1 has at most %2 characters.</source>
        <translation>%1 له %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="79" />
        <source>Unknown language %1; choose one of: %2.</source>
        <translation>لغة غير معروفة %1؛ اختر واحدة من: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="90" />
        <source>The verify URL must start with https:// and name a host; got %1.</source>
        <translation>يجب أن يبدأ عنوان التحقق بـ https:// وأن يسمّي خادمًا؛ وصل %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="94" />
        <source>The verify URL may not contain '?' or '#'.</source>
        <translation>لا يجوز أن يحتوي عنوان التحقق على '?' أو '#'.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="102" />
        <source>The idle time-out must be between %1 seconds and %2 minutes.</source>
        <translation>يجب أن تكون مهلة الخمول بين %1 ثانية و%2 دقيقة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="131" />
        <source>This kiosk is already set up; change its settings in facilitator mode.</source>
        <translation>هذا الكشك مُعدّ من قبل؛ غيّر إعداداته في وضع الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="175" />
        <source>Too many wrong facilitator PINs. Try again in %1 seconds.</source>
        <translation>رموز ميسّر خاطئة كثيرة. حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="190" />
        <source>Wrong facilitator PIN. Too many wrong PINs: wait %1 seconds.</source>
        <translation>رمز الميسّر خاطئ. رموز خاطئة كثيرة: انتظر %1 ثانية.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="204" />
        <source>The current facilitator PIN is wrong; the PIN was not changed.</source>
        <translation>رمز الميسّر الحالي خاطئ؛ لم يُغيَّر الرمز.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="244" />
        <source>The text size is one of %1.</source>
        <translation>حجم النص واحد من: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/making.py" line="95" />
        <source>The signing key is saved only in an encrypted backup: give a passphrase.</source>
        <translation>لا يُحفظ مفتاح التوقيع إلا في نسخة احتياطية مشفّرة: أدخل عبارة مرور.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/making.py" line="99" />
        <source>A backup passphrase has at least %1 characters.</source>
        <translation>لعبارة مرور النسخة الاحتياطية %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/making.py" line="114" />
        <source>Could not write the backup to %1: %2.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="59" />
        <source>This file is not a Kiosk backup.</source>
        <translation>هذا الملف ليس نسخة احتياطية من Kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="64" />
        <source>This backup was made by an older Kiosk and carries no signature, so it cannot be told from a forgery; nothing was changed. Make a new backup with this version.</source>
        <translation>صُنعت هذه النسخة الاحتياطية بإصدار أقدم من Kiosk ولا تحمل توقيعًا، فلا يمكن تمييزها عن نسخة مزوّرة؛ لم يتغيّر شيء. اصنع نسخة احتياطية جديدة بهذا الإصدار.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="74" />
        <source>This backup was made by a different Kiosk version (format %1); it cannot be restored here.</source>
        <translation>صُنعت هذه النسخة الاحتياطية بإصدار آخر من Kiosk (الصيغة %1)؛ لا يمكن استعادتها هنا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="102" />
        <source>This backup's signature does not match: it is damaged, or was changed or forged; nothing was changed.</source>
        <translation>توقيع هذه النسخة الاحتياطية غير مطابق: إنها تالفة أو معدَّلة أو مزوّرة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="57" />
        <location filename="../../kiosk/core/backup/reading.py" line="76" />
        <source>This backup holds an unexpected or unsafe file name %1; nothing was changed.</source>
        <translation>تحتوي هذه النسخة الاحتياطية على اسم ملف غير متوقع أو غير آمن %1؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="68" />
        <source>This backup holds more than %1 files; nothing was changed.</source>
        <translation>تحتوي هذه النسخة الاحتياطية على أكثر من %1 ملف؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="90" />
        <source>This backup unpacks to far more than its size (a zip bomb?); nothing was changed.</source>
        <translation>تتمدّد هذه النسخة الاحتياطية عند فكّها إلى أكبر بكثير من حجمها (قنبلة zip؟)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="83" />
        <source>This backup is encrypted: type its passphrase.</source>
        <translation>هذه النسخة الاحتياطية مشفّرة: اكتب عبارة مرورها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="92" />
        <source>Wrong passphrase, or the backup is damaged; nothing was changed.</source>
        <translation>عبارة المرور خاطئة، أو النسخة الاحتياطية تالفة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="95" />
        <source>This file is not a Kiosk backup (unknown kind).</source>
        <translation>هذا الملف ليس نسخة احتياطية من Kiosk (نوع غير معروف).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="105" />
        <location filename="../../kiosk/core/backup/reading.py" line="109" />
        <source>This backup is damaged or incomplete; nothing was changed.</source>
        <translation>هذه النسخة الاحتياطية تالفة أو ناقصة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="113" />
        <source>This backup has no database in it; nothing was changed.</source>
        <translation>لا توجد قاعدة بيانات في هذه النسخة الاحتياطية؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="118" />
        <location filename="../../kiosk/core/backup/reading.py" line="126" />
        <source>The database in this backup is damaged; nothing was changed.</source>
        <translation>قاعدة البيانات في هذه النسخة الاحتياطية تالفة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="130" />
        <source>This backup was made by a newer Kiosk; install it to restore this backup.</source>
        <translation>صُنعت هذه النسخة الاحتياطية بإصدار أحدث من Kiosk؛ ثبّته لاستعادتها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="140" />
        <source>The key in this backup is not the one that signed it; nothing was changed.</source>
        <translation>المفتاح الموجود في هذه النسخة الاحتياطية ليس الذي وقّعها؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="158" />
        <source>The database in this backup holds %1 %2, which Kiosk never makes; nothing was changed.</source>
        <translation>تحتوي قاعدة بيانات هذه النسخة الاحتياطية على %1 %2، وهو ما لا يصنعه Kiosk أبدًا؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="180" />
        <source>This backup names a pack %1 that is not a pack id; nothing was changed.</source>
        <translation>تذكر هذه النسخة الاحتياطية حزمة %1 ليست معرّف حزمة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="185" />
        <source>This backup lacks the files of the pack %1; nothing was changed.</source>
        <translation>تنقص هذه النسخة الاحتياطية ملفات الحزمة %1؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="114" />
        <source>%1 is larger than a Kiosk backup can be; nothing was changed.</source>
        <translation>%1 أكبر مما يمكن أن تكون عليه نسخة Kiosk الاحتياطية؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="119" />
        <source>Could not read the backup %1: %2.</source>
        <translation>تعذّرت قراءة النسخة الاحتياطية %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/restoring.py" line="43" />
        <source>This backup was made by another kiosk, %1 (key %2) of %3, on %4.</source>
        <translation>صنع هذه النسخة الاحتياطية جهازٌ آخر، %1 (المفتاح %2) التابع لـ%3، في %4.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/restoring.py" line="52" />
        <source>%1 Set this kiosk up with its organisation's key and sync first; nothing was changed.</source>
        <translation>%1 اضبط هذا الجهاز أولًا بمفتاح مؤسسته ثم زامنه؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/restoring.py" line="62" />
        <source>%1 Its key is not approved on your organisation's list; nothing was changed.</source>
        <translation>%1 مفتاحه غير معتمد في قائمة مؤسستك؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/restoring.py" line="69" />
        <source>%1 To restore it here, type the facilitator PIN.</source>
        <translation>%1 لاستعادتها هنا، اكتب رمز الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/restoring.py" line="71" />
        <source>%1 The facilitator PIN is wrong; nothing was changed.</source>
        <translation>%1 رمز الميسّر خاطئ؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/restoring.py" line="155" />
        <source>Could not finish restoring the backup (%1); it will be finished when the kiosk starts again.</source>
        <translation>تعذّر إكمال استعادة النسخة الاحتياطية (%1)؛ ستكتمل عند تشغيل الجهاز من جديد.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="34" />
        <source>A score is a percentage from 0 to 100; got %1.</source>
        <translation>النتيجة نسبة مئوية من 0 إلى 100؛ وصل %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="53" />
        <source>The award method is 'mastery' or 'facilitator', not %1.</source>
        <translation>طريقة المنح هي 'mastery' أو 'facilitator'، وليست %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="66" />
        <source>The organisation withdrew this kiosk's key on %1, so its certificates would not be valid. Make a new key (kiosk key rotate) and ask the organisation to approve it.</source>
        <translation>سحبت المؤسسة مفتاح هذا الجهاز في %1، فلن تكون شهاداته صالحة. أنشئ مفتاحًا جديدًا (kiosk key rotate) واطلب من المؤسسة اعتماده.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="112" />
        <source>Could not find a free credential number; try again.</source>
        <translation>تعذّر العثور على رقم شهادة متاح؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="151" />
        <source>Certificate %1 was signed with this kiosk's former key, so a revocation made here would never reach the registry; ask the organisation to revoke it there (kiosk registry revoke %1).</source>
        <translation>وُقّعت الشهادة %1 بالمفتاح السابق لهذا الجهاز، فلن يصل إلغاؤها من هنا إلى السجل أبدًا؛ اطلب من المؤسسة إلغاءها هناك (kiosk registry revoke %1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="162" />
        <source>Credential %1 was already revoked on %2.</source>
        <translation>أُلغيت الشهادة %1 من قبل في %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="169" />
        <source>A reason has at most %1 characters.</source>
        <translation>للسبب %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="279" />
        <source>The key %1 that signed %2 is not known on this kiosk.</source>
        <translation>المفتاح %1 الذي وقّع %2 غير معروف على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/review.py" line="67" />
        <source>A mark is a percentage from 0 to 100.</source>
        <translation>العلامة نسبة مئوية من 0 إلى 100.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/review.py" line="70" />
        <source>This answer was already marked.</source>
        <translation>صُحّحت هذه الإجابة من قبل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/review.py" line="106" />
        <source>This learner has not met the other requirements of that credential yet.</source>
        <translation>لم يستوفِ هذا المتعلم بعدُ الشروط الأخرى لهذه الشهادة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/admin.py" line="59" />
        <source>Choose two different learners to merge.</source>
        <translation>اختر متعلمَين مختلفَين للدمج.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/admin.py" line="63" />
        <source>%1 is archived; merge into a profile in use.</source>
        <translation>%1 مؤرشف؛ ادمج في ملف مستخدم.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="92" />
        <source>%1 refused: it needs Kiosk %2 or newer (this is %3).</source>
        <translation>رُفض %1: يحتاج Kiosk %2 أو أحدث (هذا %3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="103" />
        <source>%1 refused: %2; approve it with 'kiosk pack trust FINGERPRINT' if the publisher confirms it.</source>
        <translation>رُفض %1: %2؛ وافق عليه بالأمر 'kiosk pack trust FINGERPRINT' إن أكّدها الناشر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="116" />
        <source>%1 refused: the installed %2 was signed by key %3, this one by %4; another publisher cannot replace a pack (use force if this is intended).</source>
        <translation>رُفض %1: الحزمة المثبّتة %2 وقّعها المفتاح %3، وهذه وقّعها %4؛ لا يمكن لناشر آخر أن يستبدل حزمة (استخدم الفرض إن كان هذا مقصودًا).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="129" />
        <source>%1 refused: version %2 of %3 is installed and this is %4; only a newer version upgrades it (use force to reinstall or go back).</source>
        <translation>رُفض %1: الإصدار %2 من %3 مثبّت وهذا %4؛ لا يحدّثها إلا إصدار أحدث (استخدم الفرض لإعادة التثبيت أو الرجوع).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="196" />
        <source>There is no pack file at %1.</source>
        <translation>لا يوجد ملف حزمة في %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="208" />
        <source>Could not copy the pack from %1: %2.</source>
        <translation>تعذّر نسخ الحزمة من %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="239" />
        <source>Could not write the pack to this computer's disk: %1.</source>
        <translation>تعذّرت كتابة الحزمة على قرص هذا الحاسوب: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="299" />
        <source>%1 is not a pack id; nothing was removed.</source>
        <translation>%1 ليس معرّف حزمة؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="311" />
        <source>The original file of %1 is missing; import the pack again to export it.</source>
        <translation>الملف الأصلي لـ %1 مفقود؛ استورد الحزمة من جديد لتصديرها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="323" />
        <source>Could not write %1 to %2: %3.</source>
        <translation>تعذّرت كتابة %1 في %2: %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/definitions.py" line="74" />
        <source>%1 names credentials in several packs; use '&lt;pack id&gt;/%2'.</source>
        <translation>%1 يسمّي شهادات في عدة حزم؛ استخدم '&lt;معرّف الحزمة&gt;/%2'.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/definitions.py" line="81" />
        <source>No installed pack offers a credential %1 (see 'kiosk pack list').</source>
        <translation>لا توجد حزمة مثبّتة تقدّم الشهادة %1 (انظر 'kiosk pack list').</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="83" />
        <location filename="../../kiosk/core/packs/library.py" line="111" />
        <source>%1 refused: %2.</source>
        <translation>رُفض %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="89" />
        <source>it holds %1 files; at most %2 are allowed</source>
        <translation>فيها %1 ملفًا؛ والمسموح %2 على الأكثر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="100" />
        <source>the file %1 appears twice</source>
        <translation>الملف %1 يظهر مرتين</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="106" />
        <source>a symbolic link</source>
        <translation>رابط رمزي</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="106" />
        <source>not a plain file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="108" />
        <source>the entry %1 is %2</source>
        <translation>المدخل %1 هو %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="110" />
        <source>the file %1 is encrypted</source>
        <translation>الملف %1 مشفّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="114" />
        <source>the file %1 uses a compression the kiosk does not read</source>
        <translation>الملف %1 يستخدم ضغطًا لا يقرؤه الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="120" />
        <source>the file %1 is %2 bytes; at most %3 are allowed</source>
        <translation>حجم الملف %1 هو %2 بايت؛ والمسموح %3 على الأكثر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="130" />
        <source>the file %1 expands more than %2 times (a zip bomb?)</source>
        <translation>الملف %1 يتضخم أكثر من %2 مرة (قنبلة zip؟)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="139" />
        <source>its files add up to more than %1 MB</source>
        <translation>مجموع ملفاتها أكثر من %1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="144" />
        <source>it has no %1 (%2)</source>
        <translation>ليس فيها %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="150" />
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 أكبر من %2 بايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="154" />
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ليس JSON صالحًا: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="175" />
        <location filename="../../kiosk/core/quiz/__init__.py" line="39" />
        <source>Cannot read %1: %2.</source>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="178" />
        <source>the file is larger than %1 MB</source>
        <translation>الملف أكبر من %1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="183" />
        <source>it is not a pack (not a zip file, or cut short)</source>
        <translation>ليست حزمة (ليست ملف zip، أو مقطوعة)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="185" />
        <location filename="../../kiosk/core/packs/archive.py" line="229" />
        <location filename="../../kiosk/core/packs/archive.py" line="345" />
        <source>the file is damaged (%1)</source>
        <translation>الملف تالف (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="191" />
        <source>its manifest or signature is not a JSON object</source>
        <translation>بيانها أو توقيعها ليس كائن JSON</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="201" />
        <source>invalid manifest: %1 (and %2 more)</source>
        <translation>بيان غير صالح: %1 (و%2 غيرها)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="203" />
        <source>invalid manifest: %1</source>
        <translation>بيان غير صالح: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="210" />
        <source>the file %1 is not listed in the manifest</source>
        <translation>الملف %1 غير مذكور في البيان</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="216" />
        <source>the listed file %1 is missing</source>
        <translation>الملف المذكور %1 مفقود</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="222" />
        <source>the file %1 does not have the size its manifest gives</source>
        <translation>الملف %1 ليس بالحجم الذي يذكره البيان</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="276" />
        <source>the file %1 is longer than its manifest says</source>
        <translation>الملف %1 أطول مما يذكره البيان</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="291" />
        <source>the file %1 does not match its hash (it was changed or damaged)</source>
        <translation>الملف %1 لا يطابق بصمته (غُيّر أو تلف)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="55" />
        <source>%1 is not an http:// or https:// address.</source>
        <translation>%1 ليس عنوان http:// أو https://.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="72" />
        <source>Could not fetch the catalog %1: %2.</source>
        <translation>تعذّر جلب الفهرس %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="76" />
        <source>The catalog %1 is larger than %2 KB.</source>
        <translation>الفهرس %1 أكبر من %2 كيلوبايت.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="81" />
        <source>The catalog %1 is not valid JSON.</source>
        <translation>الفهرس %1 ليس JSON صالحًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="84" />
        <source>The catalog %1 is not a list of packs.</source>
        <translation>الفهرس %1 ليس قائمة حزم.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="100" />
        <source>The catalog %1 has an entry that is not a pack (%2).</source>
        <translation>في الفهرس %1 مدخل ليس حزمة (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="108" />
        <source>The catalog %1 has an entry with a bad id or sha256 (%2).</source>
        <translation>في الفهرس %1 مدخل بمعرّف أو sha256 غير صالح (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="115" />
        <source>The catalog %1 lists %2 with an impossible size.</source>
        <translation>يذكر الفهرس %1 الحزمة %2 بحجم مستحيل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="164" />
        <location filename="../../kiosk/core/packs/download.py" line="176" />
        <source>%1 is larger than %2 MB; not downloaded.</source>
        <translation>%1 أكبر من %2 ميغابايت؛ لم يُنزَّل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="192" />
        <source>The server refused %1: HTTP %2 %3.</source>
        <translation>رفض الخادم %1: HTTP %2 %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="205" />
        <source>Could not download %1 after %2 tries (%3); run the command again to resume.</source>
        <translation>تعذّر تنزيل %1 بعد %2 محاولات (%3)؛ أعد التشغيل للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="217" />
        <source>Could not download all of %1 (%2 of %3 bytes); run the command again to resume.</source>
        <translation>تعذّر تنزيل %1 كاملًا (%2 من %3 بايت)؛ أعد التشغيل للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="234" />
        <source>%1 does not match the catalog's SHA-256 (damaged on the way); it was deleted.</source>
        <translation>%1 لا يطابق SHA-256 في الفهرس (تلف في الطريق)؛ وقد حُذف.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="45" />
        <source>%1 is not a key fingerprint (32 hex digits).</source>
        <translation>%1 ليس بصمة مفتاح (32 رقمًا ست عشريًا).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="58" />
        <source>The public key is not valid base64.</source>
        <translation>المفتاح العام ليس base64 صالحًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="60" />
        <source>The public key is not a 32-byte Ed25519 key.</source>
        <translation>المفتاح العام ليس مفتاح Ed25519 من 32 بايت.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="74" />
        <source>%1 already exists; choose another name (a key is never overwritten).</source>
        <translation>%1 موجود من قبل؛ اختر اسمًا آخر (لا يُكتب فوق مفتاح أبدًا).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="90" />
        <source>Cannot read the key file %1: %2.</source>
        <translation>تعذّرت قراءة ملف المفتاح %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="96" />
        <source>%1 is not an unencrypted Ed25519 private key file.</source>
        <translation>%1 ليس ملف مفتاح Ed25519 خاصًا غير مشفّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="100" />
        <source>%1 holds a key of another kind; packs are signed with Ed25519.</source>
        <translation>يحتوي %1 على مفتاح من نوع آخر؛ تُوقَّع الحزم بـ Ed25519.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="128" />
        <source>The pack's signature is missing its Ed25519 algorithm name.</source>
        <translation>ينقص توقيعَ الحزمة اسمُ خوارزمية Ed25519.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="133" />
        <source>The pack's signature file is damaged.</source>
        <translation>ملف توقيع الحزمة تالف.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="136" />
        <source>The pack's signature names a key id that does not match its public key.</source>
        <translation>يذكر توقيع الحزمة معرّف مفتاح لا يطابق مفتاحها العام.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="143" />
        <source>The pack's signature does not match its manifest (key %1): it was changed after signing.</source>
        <translation>توقيع الحزمة لا يطابق بيانها (المفتاح %1): غُيّرت بعد التوقيع.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/reading.py" line="78" />
        <source>The pack %1 has no file %2; import it again.</source>
        <translation>ليس في الحزمة %1 ملف %2؛ استوردها من جديد.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/reading.py" line="162" />
        <source>The pack %1 has no quiz %2.</source>
        <translation>ليس في الحزمة %1 اختبار %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="77" />
        <source>A quiz draws at least one question.</source>
        <translation>يسحب الاختبار سؤالًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="185" />
        <source>This quiz has no questions.</source>
        <translation>ليس في هذا الاختبار أسئلة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="240" />
        <source>This quiz is already finished.</source>
        <translation>انتهى هذا الاختبار من قبل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="242" />
        <source>This question is already answered.</source>
        <translation>أُجيب عن هذا السؤال من قبل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="255" />
        <source>Answer this question first.</source>
        <translation>أجب عن هذا السؤال أولًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/learners.py" line="25" />
        <source>A learner called %1 already exists; add a surname or an initial.</source>
        <translation>يوجد متعلم اسمه %1 من قبل؛ أضف اسم العائلة أو حرفًا أول.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/learners.py" line="36" />
        <source>No learner with id %1.</source>
        <translation>لا يوجد متعلم بالمعرّف %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/packs.py" line="48" />
        <source>No pack with id %1 is installed.</source>
        <translation>لا توجد حزمة مثبّتة بالمعرّف %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/credentials.py" line="44" />
        <source>No issued credential with id %1 (see 'kiosk credential list').</source>
        <translation>لا توجد شهادة صادرة بالمعرّف %1 (انظر 'kiosk credential list').</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/answers.py" line="39" />
        <source>No quiz attempt %1 for this learner.</source>
        <translation>لا توجد محاولة اختبار %1 لهذا المتعلم.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/answers.py" line="61" />
        <source>This quiz is already finished; start it again to answer.</source>
        <translation>انتهى هذا الاختبار من قبل؛ ابدأه من جديد لتجيب.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/answers.py" line="179" />
        <source>No essay answer %1.</source>
        <translation>لا توجد إجابة مقالية %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/answers.py" line="191" />
        <source>No answer %1.</source>
        <translation>لا توجد إجابة %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/answers.py" line="200" />
        <source>No quiz attempt %1.</source>
        <translation>لا توجد محاولة اختبار %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="123" />
        <source>Paper is 'a4' or 'letter', not %1.</source>
        <translation>الورق إما 'a4' أو 'letter'، وليس %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="142" />
        <source>REVOKED</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="144" />
        <source>DEMONSTRATION</source>
        <translation>للعرض فقط</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="157" />
        <source>Certificate</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="160" />
        <source>Micro-credential</source>
        <translation>شهادة مصغّرة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="168" />
        <source>REVOKED on %1: this certificate is no longer valid.</source>
        <translation>أُلغيت في %1: لم تعد هذه الشهادة صالحة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="173" />
        <source>DEMONSTRATION: not a qualification (a sample pack).</source>
        <translation>للعرض فقط: ليست مؤهّلًا، بل من حزمة تجريبية.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="176" />
        <source>This certifies that</source>
        <translation>تشهد هذه الوثيقة بأن</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="184" />
        <source>was assessed by a facilitator and has earned</source>
        <translation>قيّمه الميسّر وحصل على</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="186" />
        <source>has earned</source>
        <translation>حصل على</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="196" />
        <source>Skills shown:</source>
        <translation>المهارات المُثبتة:</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="201" />
        <source>and %1 more</source>
        <translation>و%1 غيرها</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="208" />
        <source>Issued on %1</source>
        <translation>صدرت في %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="210" />
        <source>score %1%</source>
        <translation>النتيجة %1%</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="212" />
        <source>kiosk %1</source>
        <translation>الجهاز %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="216" />
        <source>Issued by %1</source>
        <translation>صدرت عن %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="236" />
        <source>Facilitator's signature</source>
        <translation>توقيع الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="239" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="243" />
        <source>Check this certificate</source>
        <translation>تحقّق من هذه الشهادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="250" />
        <source>Scan the QR code with a phone, or go to %1 and type the code:</source>
        <translation>امسح رمز QR بالهاتف، أو اذهب إلى %1 واكتب الرمز:</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="260" />
        <source>Credential %1 · kiosk key %2</source>
        <translation>الشهادة %1 · مفتاح الجهاز %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="124" />
        <source>links to the web (%1); packs work offline, so copy what is needed into the pack</source>
        <translation>يربط إلى الويب (%1)؛ تعمل الحزم دون اتصال، فانسخ ما يلزم إلى الحزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="129" />
        <source>has a link the kiosk cannot follow (%1)</source>
        <translation>فيه رابط لا يستطيع الجهاز اتباعه (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="131" />
        <location filename="../../kiosk/core/packs/content.py" line="134" />
        <source>links outside the pack (%1)</source>
        <translation>يربط إلى خارج الحزمة (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="144" />
        <source>%1 is not UTF-8 text</source>
        <translation>%1 ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="146" />
        <source>%1 is empty</source>
        <translation>%1 فارغ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="157" />
        <source>%1 contains raw HTML (%2); use Markdown only</source>
        <translation>يحتوي %1 على HTML خام (%2)؛ استخدم Markdown فقط</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="162" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="166" />
        <source>%1 links to %2 that is not in the pack (%3)</source>
        <translation>يربط %1 إلى %2 وهو ليس في الحزمة (%3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="170" />
        <source>%1 shows %2 as an image, but it is not one</source>
        <translation>يعرض %1 الملف %2 كصورة، لكنه ليس صورة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="63" />
        <source>INVALID: No QR code could be read in %1.</source>
        <translation>غير صالحة: تعذّرت قراءة أي رمز QR في %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="66" />
        <location filename="../../kiosk/core/packs/build.py" line="230" />
        <location filename="../../kiosk/core/packs/content.py" line="201" />
        <location filename="../../kiosk/core/packs/content.py" line="210" />
        <location filename="../../kiosk/core/packs/content.py" line="211" />
        <location filename="../../kiosk/core/packs/format.py" line="170" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="70" />
        <source>INVALID: %1 of the %2 certificate codes in %3 could not be confirmed.</source>
        <translation>غير صالحة: تعذّر تأكيد %1 من رموز الشهادات الـ%2 في %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="77" />
        <source>VALID (DEMONSTRATION, not a qualification): all %1 certificate codes in %2 are genuine.</source>
        <translation>صالحة (للعرض فقط، ليست مؤهّلًا): رموز الشهادات الـ%1 كلها في %2 أصلية.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="83" />
        <source>VALID: all %1 certificate codes in %2 are genuine.</source>
        <translation>صالحة: رموز الشهادات الـ%1 كلها في %2 أصلية.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="97" />
        <source>This is not a certificate code this Kiosk can read (%1).</source>
        <translation>هذا ليس رمز شهادة يستطيع هذا الـKiosk قراءته (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="100" />
        <source>It is dated %1, more than a day from now: no genuine kiosk issues that.</source>
        <translation>تاريخها %1، أي بعد أكثر من يوم من اليوم: لا يصدر جهاز أصلي شيئًا كهذا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="108" />
        <source>Signed by kiosk key %1. This kiosk is not enrolled with an organisation, so it trusts only its own certificates; check online or enrol this kiosk.</source>
        <translation>موقّعة بمفتاح الجهاز %1. هذا الجهاز غير مسجَّل لدى مؤسسة، فلا يثق إلا بشهاداته؛ تحقّق عبر الإنترنت أو سجّل هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="116" />
        <source>Signed by kiosk key %1, which is not on the organisation's list this kiosk holds.</source>
        <translation>موقّعة بمفتاح الجهاز %1، وهو غير موجود في قائمة المؤسسة التي يحتفظ بها هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="122" />
        <source>The signature does not match: this certificate was changed or forged.</source>
        <translation>التوقيع غير مطابق: هذه الشهادة معدَّلة أو مزوّرة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="125" />
        <source>Signed by a withdrawn kiosk key (%1, withdrawn on %2), and the organisation had not received this certificate before then.</source>
        <translation>موقّعة بمفتاح جهاز مسحوب (%1، سُحب في %2)، ولم تكن المؤسسة قد تلقّت هذه الشهادة قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="135" />
        <source>This kiosk issued a different certificate under the id %1: this one is not it.</source>
        <translation>أصدر هذا الجهاز شهادة أخرى بالمعرّف %1: وهذه ليست هي.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="142" />
        <source>Genuine, but revoked on %1.</source>
        <translation>أصلية، لكنها أُلغيت في %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="145" />
        <source>Genuine: signed by a trusted kiosk key. %1</source>
        <translation>أصلية: موقّعة بمفتاح جهاز موثوق. %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="153" />
        <source>Not revoked on this kiosk; it holds no list from its organisation, so a revocation made elsewhere would not show here.</source>
        <translation>غير ملغاة على هذا الجهاز؛ لا يحتفظ بقائمة من مؤسسته، فلن يظهر هنا إلغاء تمّ في مكان آخر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="160" />
        <source>Not revoked as of this kiosk's trust list of %1 (UTC).</source>
        <translation>غير ملغاة بحسب قائمة الثقة لهذا الجهاز بتاريخ %1 (UTC).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="230" />
        <source>%1 is not a readable PDF.</source>
        <translation>%1 ليس ملف PDF مقروءًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="234" />
        <source>%1 has no page %2.</source>
        <translation>لا توجد في %1 صفحة %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="237" />
        <source>%1 has %2 pages; a certificate has at most %3.</source>
        <translation>في %1 عدد %2 صفحة؛ الشهادة لا تتجاوز %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="257" />
        <source>%1 is too large to check (over %2 megapixels); use a smaller photo.</source>
        <translation>%1 أكبر من أن يُتحقق منه (أكثر من %2 ميغابكسل)؛ استخدم صورة أصغر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="272" />
        <source>%1 is not an image or a PDF Kiosk can read.</source>
        <translation>%1 ليس صورة ولا ملف PDF يستطيع Kiosk قراءته.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="281" />
        <source>Could not read %1: %2.</source>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="283" />
        <location filename="../../kiosk/core/quiz/__init__.py" line="35" />
        <source>There is no file %1.</source>
        <translation>لا يوجد ملف %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="285" />
        <source>%1 is too large to be a certificate or a photo of one.</source>
        <translation>%1 أكبر من أن يكون شهادة أو صورة لها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="230" />
        <source>%1 has no questions</source>
        <translation>ليس في %1 أسئلة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="78" />
        <source>%1 is %2 KB; a lesson has at most %3 KB</source>
        <translation>حجم %1 هو %2 كيلوبايت؛ والحد الأقصى للدرس %3 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="82" />
        <source>%1 has %2 lines; a lesson has at most %3</source>
        <translation>في %1 عدد %2 من الأسطر؛ والحد الأقصى للدرس %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="85" />
        <source>%1 has %2 '[' characters; a lesson has at most %3</source>
        <translation>يحتوي %1 على %2 من المحرف '['؛ والحد الأقصى للدرس %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="109" />
        <source>%1 nests lists or quotes %2 deep; at most %3</source>
        <translation>يضع %1 القوائم أو الاقتباسات بعضها داخل بعض بعمق %2؛ والحد الأقصى %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="110" />
        <source>%1 has %2 paragraphs, headings and list items; at most %3</source>
        <translation>في %1 عدد %2 من الفقرات والعناوين وعناصر القوائم؛ والحد الأقصى %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="111" />
        <source>%1 has %2 pieces of formatted text; at most %3</source>
        <translation>في %1 عدد %2 من أجزاء النص المنسق؛ والحد الأقصى %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="112" />
        <source>%1 has %2 links; at most %3</source>
        <translation>في %1 عدد %2 من الروابط؛ والحد الأقصى %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="113" />
        <source>%1 shows %2 images; at most %3</source>
        <translation>يعرض %1 عدد %2 من الصور؛ والحد الأقصى %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="164" />
        <source>an image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="164" />
        <source>a file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="196" />
        <source>%1 is %2 KB; a quiz in a pack has at most %3 KB</source>
        <translation>حجم %1 هو %2 كيلوبايت؛ والحد الأقصى لاختبار الحزمة %3 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="204" />
        <source>%1 has a line of %2 KB; a quiz line has at most %3 KB</source>
        <translation>في %1 سطر حجمه %2 كيلوبايت؛ والحد الأقصى لسطر الاختبار %3 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="214" />
        <source>%1 line %2: question %3 has no [id:...]; questions in a pack need a stable id</source>
        <translation>%1 السطر %2: ليس للسؤال %3 تعليق [id:...]؛ تحتاج أسئلة الحزمة إلى معرّف ثابت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="227" />
        <source>%1 line %2</source>
        <translation>%1 السطر %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="44" />
        <location filename="../../kiosk/core/packs/svg.py" line="48" />
        <source>%1 is not UTF-8 text (SVG in a pack is UTF-8)</source>
        <translation>%1 ليس نصًا بترميز UTF-8 (ملفات SVG في الحزمة بترميز UTF-8)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="54" />
        <source>%1 declares a DOCTYPE, entities or processing instructions, which packs do not allow in SVG</source>
        <translation>يعلن %1 عن DOCTYPE أو كيانات أو تعليمات معالجة، وهذا غير مسموح في SVG الحزم</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="59" />
        <source>%1 declares the encoding %2; SVG in a pack is UTF-8</source>
        <translation>يعلن %1 عن الترميز %2؛ وملفات SVG في الحزمة بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="66" />
        <source>%1 has more than %2 elements</source>
        <translation>في %1 أكثر من %2 عنصر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="83" />
        <location filename="../../kiosk/core/packs/svg.py" line="135" />
        <source>%1 is not a well-formed SVG file (%2)</source>
        <translation>%1 ليس ملف SVG سليم البنية (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="98" />
        <source>%1 has a &lt;use&gt; that refers to itself</source>
        <translation>في %1 عنصر &lt;use&gt; يشير إلى نفسه</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="113" />
        <source>%1 draws more than %2 elements once its &lt;use&gt; copies are counted</source>
        <translation>يرسم %1 أكثر من %2 عنصر عند احتساب نسخ &lt;use&gt;</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="120" />
        <source>%1 nests its elements too deeply</source>
        <translation>يضع %1 عناصره بعضها داخل بعض بعمق كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="128" />
        <source>%1 is larger than %2 KB</source>
        <translation>حجم %1 أكبر من %2 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="137" />
        <source>%1 is not an SVG image</source>
        <translation>%1 ليس صورة SVG</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="149" />
        <source>%1 contains a &lt;%2&gt; element (scripts and embedded content are refused)</source>
        <translation>يحتوي %1 على عنصر &lt;%2&gt; (تُرفض البرامج النصية والمحتوى المضمّن)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="155" />
        <source>%1 has a style sheet that refers outside the image</source>
        <translation>في %1 ورقة أنماط تشير إلى خارج الصورة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="161" />
        <source>%1 has an event attribute %2 (scripts are refused)</source>
        <translation>في %1 سمة حدث %2 (تُرفض البرامج النصية)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="166" />
        <location filename="../../kiosk/core/packs/svg.py" line="174" />
        <source>%1 refers to something outside the image (%2)</source>
        <translation>يشير %1 إلى شيء خارج الصورة (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="169" />
        <source>%1 has a style that refers outside the image</source>
        <translation>في %1 نمط يشير إلى خارج الصورة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="171" />
        <source>%1 has a javascript: value</source>
        <translation>في %1 قيمة javascript:</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="254" />
        <source>%1 is an oversized image (%2 MB; at most %3 MB)</source>
        <translation>%1 صورة كبيرة جدًا (%2 ميغابايت؛ %3 ميغابايت على الأكثر)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="266" />
        <source>%1 is not a readable image</source>
        <translation>%1 ليس صورة مقروءة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="268" />
        <source>%1 is a %2 image with a %3 name</source>
        <translation>%1 صورة %2 باسم %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="272" />
        <source>%1 is an oversized image (%2x%3 px; at most %4x%5)</source>
        <translation>%1 صورة كبيرة جدًا (%2x%3 بكسل؛ %4x%5 على الأكثر)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="290" />
        <source>the recording %1 is not inside media/</source>
        <translation>التسجيل %1 ليس داخل المجلد media/</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="294" />
        <source>%1 is an oversized recording (%2 MB; at most %3 MB)</source>
        <translation>التسجيل %1 كبير جدًا (%2 ميغابايت؛ الحد الأقصى %3 ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="309" />
        <source>%1 is too long a recording (%2 minutes; at most %3)</source>
        <translation>التسجيل %1 طويل جدًا (%2 دقيقة؛ الحد الأقصى %3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="89" />
        <source>an empty file name</source>
        <translation>اسم ملف فارغ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="91" />
        <source>the file name %1 contains a backslash</source>
        <translation>اسم الملف %1 فيه شرطة مائلة عكسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="93" />
        <source>the file name %1 is an absolute path</source>
        <translation>اسم الملف %1 مسار مطلق</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="95" />
        <source>the file name %1 starts with a drive letter</source>
        <translation>اسم الملف %1 يبدأ بحرف قرص</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="98" />
        <source>the file name %1... is longer than %2 characters</source>
        <translation>اسم الملف %1... أطول من %2 حرفًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="104" />
        <source>the file name %1 leaves its folder or has an empty part</source>
        <translation>اسم الملف %1 يخرج من مجلده أو فيه جزء فارغ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="108" />
        <source>the file %1 is not inside lessons/, quizzes/ or media/</source>
        <translation>الملف %1 ليس داخل lessons/ أو quizzes/ أو media/</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="110" />
        <source>the file name %1 is nested too deeply</source>
        <translation>اسم الملف %1 متداخل بعمق زائد</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="113" />
        <source>the file name %1 has characters other than a-z, 0-9, '.', '_' and '-'</source>
        <translation>في اسم الملف %1 محارف غير a-z و0-9 و'.' و'_' و'-'</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="117" />
        <source>the file %1 is not a kind of file a pack may hold</source>
        <translation>الملف %1 ليس من الأنواع التي يجوز أن تحملها حزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="136" />
        <source>%1 is not a version like 1.0.0.</source>
        <translation>%1 ليس إصدارًا مثل 1.0.0.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="169" />
        <source>the manifest</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="204" />
        <source>%1 contains a control character (U+%2)</source>
        <translation>يحتوي %1 على محرف تحكم (U+%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="212" />
        <source>the pack id %1 is not a valid id</source>
        <translation>معرّف الحزمة %1 غير صالح</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="215" />
        <source>%1 is not a version like 1.0.0</source>
        <translation>%1 ليس إصدارًا مثل 1.0.0</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="219" />
        <source>the id %1 is not a valid id</source>
        <translation>المعرّف %1 غير صالح</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="233" />
        <source>the skill id %1 is used twice</source>
        <translation>معرّف المهارة %1 مستخدم مرتين</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="236" />
        <source>the module id %1 is used twice</source>
        <translation>معرّف الوحدة %1 مستخدم مرتين</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="239" />
        <source>the credential id %1 is used twice</source>
        <translation>معرّف الشهادة %1 مستخدم مرتين</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="243" />
        <source>module %1 names %2, which is not in the pack</source>
        <translation>تذكر الوحدة %1 الملف %2، وهو ليس في الحزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="245" />
        <source>module %1 names an unknown skill %2</source>
        <translation>تذكر الوحدة %1 مهارة غير معروفة %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="249" />
        <source>credential %1 requires an unknown skill %2</source>
        <translation>تتطلب الشهادة %1 مهارة غير معروفة %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="256" />
        <source>credential %1 names a final quiz %2 that is not in the pack</source>
        <translation>تذكر الشهادة %1 اختبارًا نهائيًا %2 ليس في الحزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="265" />
        <source>skill %1: its mastery rule needs m &lt;= n</source>
        <translation>المهارة %1: قاعدة إتقانها تتطلب m &lt;= n</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="270" />
        <source>the file list names the reserved file %1</source>
        <translation>تذكر قائمة الملفات الملف المحجوز %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/rotation.py" line="36" />
        <source>Wrong facilitator PIN; the key was not changed.</source>
        <translation>رمز الميسّر خاطئ؛ لم يتغيّر المفتاح.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/rotation.py" line="41" />
        <source>%1 certificates and %2 revocations have not reached the registry yet; sync first, or they would be refused once the old key is withdrawn. Nothing was changed.</source>
        <translation>لم تصل %1 شهادة و%2 إلغاء إلى السجل بعد؛ زامن أولًا، وإلا رُفضت بعد سحب المفتاح القديم. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="74" />
        <source>A registry address looks like https://verify.example.org, not %1.</source>
        <translation>عنوان السجل يكون مثل https://verify.example.org، وليس %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="164" />
        <source>Cannot write the bundle to %1 (%2).</source>
        <translation>تعذّرت كتابة الحزمة المجمّعة في %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="183" />
        <source>The registry refused the sync (HTTP %1): %2</source>
        <translation>رفض السجل المزامنة (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="186" />
        <source>Cannot reach the registry at %1 (%2).</source>
        <translation>تعذّر الوصول إلى السجل على العنوان %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="188" />
        <source>The registry's answer is too large.</source>
        <translation>ردّ السجل كبير جدًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="192" />
        <source>The address %1 did not answer like a Kiosk registry (%2).</source>
        <translation>لم يردّ العنوان %1 كما يردّ سجل Kiosk (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="194" />
        <source>The address %1 did not answer like a Kiosk registry.</source>
        <translation>لم يردّ العنوان %1 كما يردّ سجل Kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="240" />
        <source>The registry did not acknowledge everything sent; try the sync again.</source>
        <translation>لم يؤكد السجل استلام كل ما أُرسل؛ أعد المزامنة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="252" />
        <source>A batch holds 1 to %1 items.</source>
        <translation>تضم الدفعة من 1 إلى %1 عنصر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="257" />
        <source>This kiosk has no organisation key, so it cannot tell its registry from a fake one; enrol it first (kiosk trust pin).</source>
        <translation>ليس لهذا الجهاز مفتاح مؤسسة، فلا يستطيع التمييز بين سجله وسجل مزيّف؛ سجّله أولًا (kiosk trust pin).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="79" />
        <source>The %1 is not text of at most %2 characters.</source>
        <translation>الحقل «%1» ليس نصًا من %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="85" />
        <source>The %1 is not a public key.</source>
        <translation>الحقل «%1» ليس مفتاحًا عامًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="91" />
        <source>The trust list's %1 is not a list.</source>
        <translation>الحقل %1 في قائمة الثقة ليس قائمة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="92" />
        <source>The trust list holds more than %1 %2.</source>
        <translation>تحتوي قائمة الثقة على أكثر من %1 %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="98" />
        <source>Each %1 has exactly: %2.</source>
        <translation>يحتوي كل عنصر «%1» على هذه الحقول بالضبط: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="197" />
        <source>key rotation</source>
        <translation>تغيير المفتاح</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="198" />
        <source>old organisation key</source>
        <translation>مفتاح المؤسسة القديم</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="199" />
        <source>new organisation key</source>
        <translation>مفتاح المؤسسة الجديد</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="201" />
        <source>rotation time</source>
        <translation>وقت تغيير المفتاح</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="236" />
        <location filename="../../kiosk/core/trust/documents.py" line="347" />
        <source>organisation key</source>
        <translation>مفتاح المؤسسة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="238" />
        <location filename="../../kiosk/core/trust/documents.py" line="250" />
        <location filename="../../kiosk/core/trust/documents.py" line="265" />
        <source>The trust list is malformed (%1); nothing was changed.</source>
        <translation>قائمة الثقة غير سليمة (%1)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="245" />
        <source>The trust list was altered: its signature does not match; nothing was changed.</source>
        <translation>قائمة الثقة معدَّلة: توقيعها غير مطابق؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="254" />
        <source>The trust list is signed by key %1, not by this kiosk's organisation (%2); nothing was changed.</source>
        <translation>قائمة الثقة موقّعة بالمفتاح %1، لا من مؤسسة هذا الجهاز (%2)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="271" />
        <source>the body has unexpected or missing parts</source>
        <translation>في المحتوى أجزاء غير متوقعة أو ناقصة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="275" />
        <source>the sequence number is not a positive whole number</source>
        <translation>الرقم التسلسلي ليس عددًا صحيحًا موجبًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="278" />
        <source>kiosk</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="279" />
        <source>kiosk key</source>
        <translation>مفتاح الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="281" />
        <source>the key id %1 does not belong to its key, or appears twice</source>
        <translation>معرّف المفتاح %1 لا يطابق مفتاحه، أو يتكرر مرتين</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="283" />
        <source>withdrawal time</source>
        <translation>وقت السحب</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="286" />
        <source>received_before is a list, and only for a withdrawn key</source>
        <translation>received_before قائمة، ولا تكون إلا لمفتاح مسحوب</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="289" />
        <source>received_before holds too many entries or one that is not a digest</source>
        <translation>يحتوي received_before على مدخلات كثيرة جدًا أو على مدخل ليس بصمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="294" />
        <source>kiosk name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="295" />
        <source>approval time</source>
        <translation>وقت الموافقة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="302" />
        <source>revocation</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="304" />
        <source>a revoked credential id is not like K7Q2M4XA-3FJ5QW2T</source>
        <translation>معرّف الشهادة الملغاة ليس على شكل K7Q2M4XA-3FJ5QW2T</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="307" />
        <location filename="../../kiosk/core/trust/documents.py" line="348" />
        <source>organisation name</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="309" />
        <location filename="../../kiosk/core/trust/documents.py" line="349" />
        <source>verify URL</source>
        <translation>عنوان التحقق</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="311" />
        <source>issue time</source>
        <translation>وقت الإصدار</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="346" />
        <source>enrolment</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="351" />
        <source>This is not a Kiosk enrolment file (%1).</source>
        <translation>هذا ليس ملف تسجيل Kiosk (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="353" />
        <source>This enrolment file was changed after it was signed.</source>
        <translation>عُدِّل ملف التسجيل هذا بعد توقيعه.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="374" />
        <source>%1 is too large to be an enrolment file.</source>
        <translation>%1 أكبر من أن يكون ملف تسجيل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="375" />
        <source>Could not read the enrolment file %1: %2.</source>
        <translation>تعذّرت قراءة ملف التسجيل %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="376" />
        <source>%1 is not an enrolment file: %2.</source>
        <translation>%1 ليس ملف تسجيل: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="400" />
        <source>receipt</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="403" />
        <source>The registry's receipt is not signed by this kiosk's organisation (%1).</source>
        <translation>إيصال السجل غير موقّع من مؤسسة هذا الجهاز (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="406" />
        <source>The registry's receipt is for another request.</source>
        <translation>إيصال السجل يخص طلبًا آخر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="411" />
        <source>The registry's receipt is malformed.</source>
        <translation>إيصال السجل غير سليم.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="112" />
        <source>Choose the enrolment file, or type the organisation's key.</source>
        <translation>اختر ملف التسجيل، أو اكتب مفتاح المؤسسة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="125" />
        <source>This is neither an enrolment file nor an organisation key (a key starts with z6Mk).</source>
        <translation>هذا ليس ملف تسجيل ولا مفتاح مؤسسة (يبدأ المفتاح بـ z6Mk).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="144" />
        <source>Wrong facilitator PIN; the organisation key was not changed.</source>
        <translation>رمز الميسّر خاطئ؛ لم يتغيّر مفتاح المؤسسة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="161" />
        <source>This kiosk has no organisation key, so it cannot tell a real trust list from a forged one; enrol it first (kiosk trust pin).</source>
        <translation>ليس لهذا الجهاز مفتاح مؤسسة، فلا يستطيع التمييز بين قائمة ثقة حقيقية ومزوّرة؛ سجّله أولًا (kiosk trust pin).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="174" />
        <source>The trust list is older (number %1) than the one this kiosk holds (number %2); nothing was changed.</source>
        <translation>قائمة الثقة أقدم (رقم %1) من التي يحتفظ بها هذا الجهاز (رقم %2)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="188" />
        <source>The trust list differs from the one this kiosk holds under the same number %1; nothing was changed.</source>
        <translation>قائمة الثقة تختلف عن التي يحتفظ بها هذا الجهاز بالرقم نفسه %1؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="274" />
        <source>%1 is too large to be a trust list.</source>
        <translation>%1 أكبر من أن يكون قائمة ثقة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="275" />
        <source>Could not read the trust list %1: %2.</source>
        <translation>تعذّرت قراءة قائمة الثقة %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="276" />
        <source>%1 is not a trust list: %2.</source>
        <translation>%1 ليس قائمة ثقة: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="108" />
        <source>any other number</source>
        <translation>أي عدد آخر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="111" />
        <source>between %1 and %2</source>
        <translation>بين %1 و%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="149" />
        <source>True</source>
        <translation>صح</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="149" />
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="189" />
        <source>Choose by the number of a choice.</source>
        <translation>اختر برقم أحد الخيارات.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="192" />
        <source>There is no choice number %1 in this question.</source>
        <translation>لا يوجد في هذا السؤال خيار رقمه %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="203" />
        <source>An essay answer is text.</source>
        <translation>إجابة السؤال المقالي تكون نصًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="208" />
        <source>Choose only one answer.</source>
        <translation>اختر إجابة واحدة فقط.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="219" />
        <source>Answer True or False.</source>
        <translation>أجب بصح أو خطأ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="227" />
        <source>A short answer is text.</source>
        <translation>الإجابة القصيرة تكون نصًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="239" />
        <source>Match each of the %1 items.</source>
        <translation>طابِق كل عنصر من العناصر الـ%1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="242" />
        <source>Unknown question type %1.</source>
        <translation>نوع سؤال غير معروف: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/speech/audio.py" line="89" />
        <source>%1 is not an Ogg Vorbis or MP3 recording</source>
        <translation>الملف %1 ليس تسجيلًا بصيغة Ogg Vorbis أو MP3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/speech/audio.py" line="92" />
        <location filename="../../kiosk/core/speech/audio.py" line="108" />
        <source>%1 is not a recording the kiosk can play (Ogg Vorbis or MP3)</source>
        <translation>الملف %1 ليس تسجيلًا يستطيع الكشك تشغيله (Ogg Vorbis أو MP3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/speech/audio.py" line="95" />
        <source>%1 is an empty recording</source>
        <translation>التسجيل %1 فارغ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/speech/audio.py" line="165" />
        <source>No sound device is working on this computer. Ask the facilitator.</source>
        <translation>لا يعمل أي جهاز صوت على هذا الحاسوب. اطلب المساعدة من الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/speech/engine.py" line="104" />
        <location filename="../../kiosk/core/speech/engine.py" line="123" />
        <location filename="../../kiosk/core/speech/engine.py" line="162" />
        <source>Reading aloud does not work on this kiosk. Ask the facilitator.</source>
        <translation>القراءة بصوت عالٍ لا تعمل على هذا الكشك. اطلب المساعدة من الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/speech/engine.py" line="143" />
        <location filename="../../kiosk/core/speech/engine.py" line="153" />
        <source>There is no voice for the language %1 on this kiosk.</source>
        <translation>لا يوجد صوت للغة %1 على هذا الكشك.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/untrusted_json.py" line="88" />
        <source>it is larger than %1 bytes</source>
        <translation>حجمه أكبر من %1 بايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/untrusted_json.py" line="93" />
        <source>it is not valid JSON (not UTF-8 text)</source>
        <translation>ليس JSON صالحًا (ليس نصًا بترميز UTF-8)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/untrusted_json.py" line="96" />
        <location filename="../../kiosk/core/untrusted_json.py" line="106" />
        <source>it nests more than %1 levels deep</source>
        <translation>يتداخل لأكثر من %1 مستويات</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/untrusted_json.py" line="99" />
        <source>it has a number with more than %1 digits, or too large</source>
        <translation>فيه عدد بأكثر من %1 رقمًا، أو أكبر من اللازم</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/untrusted_json.py" line="104" />
        <source>%1 is not a JSON number</source>
        <translation>%1 ليس عددًا بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/untrusted_json.py" line="108" />
        <source>it is not valid JSON (%1)</source>
        <translation>ليس JSON صالحًا (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/next_step.py" line="91" />
        <source>Next: ask the facilitator to watch you show what you learned in “%1”, to earn “%2”.</source>
        <translation>الخطوة التالية: اطلب من الميسّر أن يشاهدك وأنت تُظهر ما تعلّمته في «%1»، لتحصل على «%2».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/next_step.py" line="119" />
        <source>Time to review “%1”: in “%2”, take the quiz “%3” again.</source>
        <translation>حان وقت مراجعة «%1»: في «%2»، أعد اختبار «%3».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/next_step.py" line="131" />
        <source>Next: in “%1”, read the lessons “%2”, then take the quiz.</source>
        <translation>الخطوة التالية: في «%1»، اقرأ دروس «%2»، ثم أجب عن الاختبار.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/next_step.py" line="135" />
        <source>Next: in “%1”, take the quiz “%2”.</source>
        <translation>الخطوة التالية: في «%1»، أجب عن اختبار «%2».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/next_step.py" line="139" />
        <source>Next: in “%1”, take the quiz “%2” again, to master “%3”.</source>
        <translation>الخطوة التالية: في «%1»، أعد اختبار «%2» لتتقن «%3».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/next_step.py" line="165" />
        <source>Next: in “%1”, pass the quiz “%2” (%3 or more) to earn “%4”.</source>
        <translation>الخطوة التالية: في «%1»، انجح في اختبار «%2» (%3 أو أكثر) لتحصل على «%4».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/news.py" line="68" />
        <source>“%1” in “%2” is no longer mastered: your answers were looked at again. Take its quiz again to get it back.</source>
        <translation>لم تعد «%1» في «%2» مُتقنة: أُعيد النظر في إجاباتك. أعد اختبارها لتستعيدها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/news.py" line="82" />
        <source>Your certificate “%1” was revoked on %2: it is no longer valid. Ask the facilitator why.</source>
        <translation>أُلغيت شهادتك «%1» في %2: لم تعد صالحة. اسأل الميسّر عن السبب.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="275" />
        <location filename="../../kiosk/core/packs/build.py" line="237" />
        <source>Could not write %1: %2.</source>
        <translation>تعذّرت كتابة %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="300" />
        <source>Learner</source>
        <translation>المتعلم</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="301" />
        <source>Pack</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="302" />
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="303" />
        <source>Skills mastered</source>
        <translation>المهارات المتقنة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="304" />
        <source>Answers (%1 days)</source>
        <translation>الإجابات (%1 يومًا)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="305" />
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="306" />
        <source>Stuck?</source>
        <translation>متعثر؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="308" />
        <source>Stuck: at least %1 answers in a pack in the last %2 days and no new skill mastered in that time. %3 learner and pack pairs not started are not listed. Made %4.</source>
        <translation>متعثر: %1 إجابات على الأقل في حزمة خلال آخر %2 يومًا دون إتقان مهارة جديدة في تلك المدة. لا تُذكر %3 من أزواج المتعلم والحزمة التي لم تبدأ. أُعدّ في %4.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="313" />
        <source>STUCK</source>
        <translation>متعثر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/clock.py" line="25" />
        <source>The %1 is not a time.</source>
        <translation>«%1» ليس تاريخًا ووقتًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/clock.py" line="29" />
        <source>The %1 is not a UTC time like 2025-03-04T10:00:00Z.</source>
        <translation>«%1» ليس وقتًا بتوقيت UTC مكتوبًا مثل 2025-03-04T10:00:00Z.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/keys.py" line="93" />
        <source>%1 is not a multibase (z...) public key.</source>
        <translation>%1 ليس مفتاحًا عامًا بصيغة multibase (z...).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/keys.py" line="95" />
        <source>%1 is not an Ed25519 public key.</source>
        <translation>%1 ليس مفتاحًا عامًا من نوع Ed25519.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/keys.py" line="144" />
        <source>This kiosk's signing key %1 cannot be read (%2).</source>
        <translation>تعذّرت قراءة مفتاح التوقيع لهذا الجهاز %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/keys.py" line="146" />
        <source>The file %1 does not hold an Ed25519 key.</source>
        <translation>الملف %1 لا يحتوي على مفتاح Ed25519.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="235" />
        <source>the badge's %1 is not clean text of at most %2 characters</source>
        <translation>الحقل «%1» في الشارة ليس نصًا سليمًا من %2 حرفًا على الأكثر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="237" />
        <source>the badge has no %1</source>
        <translation>الحقل «%1» في الشارة فارغ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="244" />
        <source>a badge is JSON text of at most %1 bytes</source>
        <translation>الشارة نص JSON لا يتجاوز %1 بايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="248" />
        <source>the badge is not JSON</source>
        <translation>الشارة ليست بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="252" />
        <source>a badge has exactly %1</source>
        <translation>تحتوي الشارة على هذه الحقول بالضبط: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="254" />
        <source>badge template %1 is not one this Kiosk knows</source>
        <translation>لا يعرف Kiosk هذا قالب الشارة %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="257" />
        <source>the badge's time is not like 2025-03-04T10:22:13Z</source>
        <translation>وقت الشارة غير مكتوب مثل 2025-03-04T10:22:13Z</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="259" />
        <source>the badge's pack id is malformed</source>
        <translation>معرّف الحزمة في الشارة غير سليم</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="261" />
        <source>the badge's language is not a language tag</source>
        <translation>لغة الشارة ليست رمز لغة صحيحًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="263" />
        <source>the badge's publisher key id is malformed</source>
        <translation>معرّف مفتاح الناشر في الشارة غير سليم</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="266" />
        <source>a badge lists at most %1 skills</source>
        <translation>لا تذكر الشارة أكثر من %1 مهارة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="270" />
        <source>each skill is [id, title]</source>
        <translation>تُكتب كل مهارة بالشكل [id, title]</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="271" />
        <source>skill title</source>
        <translation>عنوان المهارة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="279" />
        <source>a badge's proofs are its eddsa-jcs-2022 proof value and perhaps an eddsa-rdfc-2022 one</source>
        <translation>براهين الشارة هي قيمة برهان eddsa-jcs-2022 وربما برهان eddsa-rdfc-2022 أيضًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="282" />
        <location filename="../../kiosk/core/trust/documents.py" line="234" />
        <source>organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="284" />
        <source>publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="286" />
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="312" />
        <source>this is not a badge as Kiosk keeps it</source>
        <translation>هذه ليست شارة كما يحفظها Kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="115" />
        <source>The key id is not valid base32.</source>
        <translation>معرّف المفتاح ليس بصيغة base32 صحيحة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="116" />
        <source>The serial is not valid base32.</source>
        <translation>الرقم التسلسلي ليس بصيغة base32 صحيحة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="117" />
        <source>The certificate code is not valid base32.</source>
        <translation>رمز الشهادة ليس بصيغة base32 صحيحة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="120" />
        <source>The title in the certificate code is garbled.</source>
        <translation>العنوان الموجود في رمز الشهادة غير مقروء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="121" />
        <source>The learner's name in the certificate code is garbled.</source>
        <translation>اسم المتعلم الموجود في رمز الشهادة غير مقروء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="135" />
        <source>Unknown award method %1.</source>
        <translation>طريقة منح غير معروفة: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="137" />
        <source>A score is a percentage from 0 to 100.</source>
        <translation>الدرجة نسبة مئوية من 0 إلى 100.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="140" />
        <source>An issue date must fall between %1 and 2199.</source>
        <translation>يجب أن يقع تاريخ المنح بين %1 وعام 2199.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="147" />
        <source>The title or the learner's name is too long for a certificate.</source>
        <translation>العنوان أو اسم المتعلم أطول من أن تتسع له الشهادة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="161" />
        <source>A certificate payload needs its 64-byte signature.</source>
        <translation>تحتاج بيانات الشهادة إلى توقيعها المكوّن من 64 بايت.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="168" />
        <source>The certificate code is too short: part of it is missing.</source>
        <translation>رمز الشهادة قصير جدًا: جزء منه مفقود.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="172" />
        <source>This certificate uses format %1, which this Kiosk does not know.</source>
        <translation>تستخدم هذه الشهادة الصيغة %1، وهي صيغة لا يعرفها Kiosk هذا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="180" />
        <source>The certificate code is cut short.</source>
        <translation>رمز الشهادة مقطوع قبل نهايته.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="186" />
        <source>The certificate code has extra or missing bytes.</source>
        <translation>في رمز الشهادة بايتات زائدة أو ناقصة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="189" />
        <source>The score in the certificate code is out of range.</source>
        <translation>الدرجة الموجودة في رمز الشهادة خارج الحدود المسموح بها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="217" />
        <location filename="../../kiosk/core/credentials/payload.py" line="280" />
        <source>The certificate code has been changed or mistyped.</source>
        <translation>رمز الشهادة تغيّر أو كُتب بشكل خاطئ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="221" />
        <location filename="../../kiosk/core/credentials/payload.py" line="276" />
        <source>This is not a Kiosk certificate code or link.</source>
        <translation>هذا ليس رمز شهادة Kiosk ولا رابطها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="351" />
        <source>The mastery model %1 needs a value for %2.</source>
        <translation>نموذج الإتقان %1 يحتاج إلى قيمة للإعداد %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="354" />
        <source>Mastery setting %1 must be a whole number, not %2.</source>
        <translation>يجب أن يكون إعداد الإتقان %1 عددًا صحيحًا، وليس %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="356" />
        <source>Mastery setting %1 must be between 1 and 100, not %2.</source>
        <translation>يجب أن يكون إعداد الإتقان %1 بين 1 و100، وليس %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="363" />
        <source>BKT setting %1 must be a number between 0 and 1, not %2.</source>
        <translation>يجب أن يكون إعداد BKT %1 عددًا بين 0 و1، وليس %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="365" />
        <source>BKT setting %1 must be between 0 and 1 (not 0 or 1 itself), not %2.</source>
        <translation>يجب أن يكون إعداد BKT %1 بين 0 و1 (دون 0 أو 1 نفسيهما)، وليس %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="367" />
        <source>BKT setting %1 must be between 0 and 1, not %2.</source>
        <translation>يجب أن يكون إعداد BKT %1 بين 0 و1، وليس %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="383" />
        <source>A skill's mastery rule must be a table such as { model = "m_of_n", m = 4, n = 5 }, not %1.</source>
        <translation>يجب أن تكون قاعدة إتقان المهارة جدولًا مثل { model = "m_of_n", m = 4, n = 5 }، وليس %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="389" />
        <source>A skill's mastery rule needs a 'model' (one of %1).</source>
        <translation>تحتاج قاعدة إتقان المهارة إلى 'model' (واحد من %1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="390" />
        <source>Unknown mastery model %1: use one of %2.</source>
        <translation>نموذج إتقان غير معروف %1: استخدم واحدًا من هذه: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="393" />
        <source>The mastery model %1 has no setting %2.</source>
        <translation>نموذج الإتقان %1 ليس فيه إعداد باسم %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="397" />
        <source>Mastery model 'm_of_n' needs m no larger than n (got m = %1, n = %2).</source>
        <translation>نموذج الإتقان 'm_of_n' يتطلب ألا تزيد m على n (وصل m = %1، n = %2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="406" />
        <source>BKT needs guess + slip below 1 (got %1 + %2).</source>
        <translation>يتطلب BKT أن يكون مجموع guess + slip أقل من 1 (وصل %1 + %2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="54" />
        <source>Cannot build %1: %2.</source>
        <translation>تعذّر بناء %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="57" />
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="60" />
        <source>Cannot build %1: %2 (and %3 more: %4).</source>
        <translation>تعذّر بناء %1: %2 (و%3 غيرها: %4).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="71" />
        <source>%1 is %2x%3 px; far too big for a pack</source>
        <translation>أبعاد %1 هي %2x%3 بكسل: أكبر بكثير مما تحتمله الحزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="72" />
        <source>%1 is not a readable PNG or JPEG image</source>
        <translation>%1 ليس صورة PNG أو JPEG يمكن قراءتها</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="86" />
        <source>%1 has no %2; a pack source folder needs one.</source>
        <translation>لا يحتوي %1 على الملف %2؛ ومجلد مصدر الحزمة يحتاج إليه.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="88" />
        <source>%1 is not valid TOML: %2.</source>
        <translation>%1 ليس بصيغة TOML صحيحة: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="104" />
        <source>%1 is a symbolic link</source>
        <translation>%1 رابط رمزي</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="111" />
        <source>%1 is a symbolic link; put the real file in the pack</source>
        <translation>%1 رابط رمزي؛ ضع الملف الحقيقي في الحزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="151" />
        <source>Give the publisher key to sign with: --key KEYFILE (make one with 'kiosk pack keygen').</source>
        <translation>حدّد مفتاح الناشر للتوقيع به: --key KEYFILE (أنشئ مفتاحًا بالأمر 'kiosk pack keygen').</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="164" />
        <source>%1 is not a folder.</source>
        <translation>%1 ليس مجلدًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="170" />
        <source>it has %1 files; a pack holds at most %2</source>
        <translation>فيه %1 ملفًا؛ والحد الأقصى للحزمة %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="198" />
        <source>%1: %2 KB -&gt; %3 %4 KB</source>
        <translation>%1: %2 كيلوبايت -&gt; %3 %4 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/images.py" line="33" />
        <source>%1 is %2x%3 px; far too big for a pack.</source>
        <translation>أبعاد %1 هي %2x%3 بكسل: أكبر بكثير مما تحتمله الحزمة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/images.py" line="37" />
        <source>%1 is not a readable PNG or JPEG image.</source>
        <translation>%1 ليس صورة PNG أو JPEG يمكن قراءتها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/__init__.py" line="32" />
        <source>%1 is larger than %2 MB; is it a quiz?</source>
        <translation>حجم %1 أكبر من %2 ميغابايت؛ هل هو اختبار حقًا؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/__init__.py" line="37" />
        <source>%1 is a folder, not a quiz file.</source>
        <translation>%1 مجلد، وليس ملف اختبار.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/__init__.py" line="44" />
        <source>%1 is not UTF-8 text (bad byte at position %2); save it as UTF-8 and try again.</source>
        <translation>%1 ليس نصًا بترميز UTF-8 (بايت خاطئ في الموضع %2)؛ احفظه بترميز UTF-8 ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/__init__.py" line="47" />
        <source>%1 is empty.</source>
        <translation>%1 فارغ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="141" />
        <source>line %1, %2</source>
        <translation>السطر %1، %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="143" />
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="147" />
        <source>error: %1: %2</source>
        <translation>خطأ: %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="148" />
        <source>error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="150" />
        <source>warning: %1: %2</source>
        <translation>تنبيه: %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="151" />
        <source>warning: %1</source>
        <translation>تنبيه: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="172" />
        <source>(no text)</source>
        <translation>(بلا نص)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="185" />
        <source>the question has no text</source>
        <translation>السؤال بلا نص</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="192" />
        <source>no choice is right (give one '=' or a positive weight like ~%50%)</source>
        <translation>لا خيار صحيح (ضع '=' واحدًا أو وزنًا موجبًا مثل ~%50%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="200" />
        <source>the right weights add to %1, not 100%: picking every right choice scores %2</source>
        <translation>مجموع أوزان الخيارات الصحيحة %1 لا 100%: اختيار كل الخيارات الصحيحة يعطي %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="209" />
        <source>a choice question with only one choice</source>
        <translation>سؤال اختيار فيه خيار واحد فقط</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="213" />
        <source>no answer is right (every answer has a weight of 0% or less)</source>
        <translation>لا إجابة صحيحة (وزن كل إجابة 0% أو أقل)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="218" />
        <source>a matching question needs at least two pairs 'left -&gt; right'</source>
        <translation>يحتاج سؤال المطابقة إلى زوجين على الأقل بالشكل 'يسار -&gt; يمين'</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="107" />
        <source>%1: '%2' is missing</source>
        <translation>%1: الحقل '%2' مفقود</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="111" />
        <source>%1: '%2' must be text, not %3</source>
        <translation>%1: يجب أن يكون '%2' نصًا، وليس %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="121" />
        <source>%1: '%2' must be one of %3, not %4</source>
        <translation>%1: يجب أن يكون '%2' واحدًا من %3، وليس %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="128" />
        <source>%1: '%2' must be a number</source>
        <translation>%1: يجب أن يكون '%2' عددًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="135" />
        <source>%1: 'fraction' must be between -1 and 1, not %2</source>
        <translation>%1: يجب أن تكون 'fraction' بين -1 و1، وليس %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="142" />
        <source>%1: '%2' must be a non-empty list</source>
        <translation>%1: يجب أن يكون '%2' قائمة غير فارغة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="145" />
        <source>%1: '%2' item %3 must be an object</source>
        <translation>%1: يجب أن يكون العنصر %3 من '%2' كائنًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="152" />
        <source>%1: unknown keys %2</source>
        <translation>%1: مفاتيح غير معروفة %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="154" />
        <source>%1: unknown key %2</source>
        <translation>%1: مفتاح غير معروف %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="163" />
        <source>%1: 'any' must be true (leave it out otherwise)</source>
        <translation>%1: يجب أن تكون قيمة 'any' هي true (وإلا فاحذفها)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="169" />
        <source>%1: 'tolerance' cannot be negative</source>
        <translation>%1: لا يمكن أن تكون 'tolerance' سالبة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="175" />
        <source>%1: 'min' is larger than 'max'</source>
        <translation>%1: قيمة 'min' أكبر من 'max'</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="182" />
        <source>a question must be a JSON object</source>
        <translation>يجب أن يكون السؤال كائن JSON</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="185" />
        <source>'type' must be one of %1, not %2</source>
        <translation>يجب أن يكون 'type' واحدًا من %1، وليس %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="191" />
        <source>%1: 'id' must be non-empty text or null</source>
        <translation>%1: يجب أن يكون 'id' نصًا غير فارغ أو null</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="194" />
        <source>%1: 'tags' must be a list of text</source>
        <translation>%1: يجب أن تكون 'tags' قائمة نصوص</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="197" />
        <source>%1: 'category' must be text or null</source>
        <translation>%1: يجب أن تكون 'category' نصًا أو null</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="200" />
        <source>%1: 'format' must be one of %2, not %3</source>
        <translation>%1: يجب أن يكون 'format' واحدًا من %2، وليس %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="217" />
        <source>%1: choice %2</source>
        <translation>%1: الخيار %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="231" />
        <source>%1: 'answer' must be true or false</source>
        <translation>%1: يجب أن تكون 'answer' إما true أو false</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="241" />
        <location filename="../../kiosk/core/quiz/json_form.py" line="253" />
        <source>%1: answer %2</source>
        <translation>%1: الإجابة %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="245" />
        <source>%1: 'text' is empty</source>
        <translation>%1: الحقل 'text' فارغ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="260" />
        <source>%1: pair %2</source>
        <translation>%1: الزوج %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="280" />
        <source>a JSON quiz must be a list of question objects</source>
        <translation>يجب أن يكون اختبار JSON قائمة من كائنات الأسئلة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="285" />
        <source>question %1</source>
        <translation>السؤال %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="287" />
        <source>question %1 %2</source>
        <translation>السؤال %1 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="299" />
        <source>larger than %1 bytes</source>
        <translation>أكبر من %1 بايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="300" />
        <source>not valid JSON (not UTF-8 text)</source>
        <translation>ليس JSON صالحًا (ليس نصًا بترميز UTF-8)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="301" />
        <source>not valid JSON (%1)</source>
        <translation>ليس JSON صالحًا (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="233" />
        <source>the id %1 is already used by %2 (line %3); ids must be unique</source>
        <translation>المعرّف %1 مستخدم من قبل في %2 (السطر %3)؛ يجب ألا تتكرر المعرّفات</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="240" />
        <source>the id %1 is already used by %2; ids must be unique</source>
        <translation>المعرّف %1 مستخدم من قبل في %2؛ يجب ألا تتكرر المعرّفات</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="40" />
        <source>The document cannot be put in canonical JSON.</source>
        <translation>لا يمكن تحويل المستند إلى JSON قياسي (canonical).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="49" />
        <source>The signature is missing or has the wrong length.</source>
        <translation>التوقيع مفقود أو طوله غير صحيح.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="53" />
        <source>The signature is not base64url.</source>
        <translation>التوقيع ليس بصيغة base64url.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="65" />
        <source>A signed document is an object with exactly 'format', 'body' and 'signature'.</source>
        <translation>المستند الموقّع كائن يحتوي بالضبط على 'format' و'body' و'signature'.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="67" />
        <source>This is not a %1 document.</source>
        <translation>هذا ليس مستندًا من نوع %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="70" />
        <source>The document's body is not an object.</source>
        <translation>متن المستند (body) ليس كائنًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="91" />
        <source>The signature does not match.</source>
        <translation>التوقيع غير مطابق.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="104" />
        <source>The sync body cannot be put in canonical JSON.</source>
        <translation>لا يمكن تحويل محتوى المزامنة إلى JSON قياسي (canonical).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="141" />
        <source>The body's %1 is not a list.</source>
        <translation>الحقل %1 في المحتوى ليس قائمة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="142" />
        <source>At most %1 %2 per batch.</source>
        <translation>لا يزيد عدد %2 في الدفعة الواحدة على %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="158" />
        <source>The sync body needs one key id of 8 base32 characters.</source>
        <translation>يحتاج محتوى المزامنة إلى معرّف مفتاح واحد من 8 أحرف base32.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="164" />
        <source>A sync request is an object with exactly 'format', 'body' and 'signature'.</source>
        <translation>طلب المزامنة كائن يحتوي بالضبط على 'format' و'body' و'signature'.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="166" />
        <source>Unknown sync format; this registry reads %1.</source>
        <translation>صيغة مزامنة غير معروفة؛ هذا السجل يقرأ %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="186" />
        <source>The sync body needs exactly %1 (%2).</source>
        <translation>يجب أن يحتوي محتوى المزامنة على %1 بالضبط (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="191" />
        <source>The key id is not 8 base32 characters.</source>
        <translation>معرّف المفتاح ليس 8 أحرف base32.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="193" />
        <source>The nonce is not 32 lower-case hex digits.</source>
        <translation>قيمة nonce ليست 32 رقمًا ست عشريًا بأحرف صغيرة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="194" />
        <source>sending time</source>
        <translation>وقت الإرسال</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="198" />
        <source>Each credential is an object with a 'payload' and perhaps a 'badge'.</source>
        <translation>كل شهادة كائن فيه 'payload' وربما 'badge'.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="200" />
        <source>A credential payload is not upper-case base32.</source>
        <translation>بيانات الشهادة (payload) ليست بصيغة base32 بأحرف كبيرة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="205" />
        <source>Each revocation is an object with id, revoked_at and reason.</source>
        <translation>كل إلغاء كائن فيه id وrevoked_at وreason.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="207" />
        <source>A revoked credential id is not like K7Q2M4XA-3FJ5QW2T.</source>
        <translation>معرّف الشهادة الملغاة ليس على شكل K7Q2M4XA-3FJ5QW2T.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="210" />
        <source>A revocation reason is text of at most %1 characters.</source>
        <translation>سبب الإلغاء نص لا يتجاوز %1 حرفًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="211" />
        <location filename="../../kiosk/core/trust/documents.py" line="305" />
        <source>revocation time</source>
        <translation>وقت الإلغاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="214" />
        <source>time revocations are complete to</source>
        <translation>وقت اكتمال الإلغاءات</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="216" />
        <source>The batch says its revocations are complete to a time after it was sent.</source>
        <translation>تقول الدفعة إن إلغاءاتها مكتملة حتى وقت بعد إرسالها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="60" />
        <source>an [id:] or [tag:] comment is followed by a blank line, so it belongs to no question</source>
        <translation>يلي تعليقَ [id:] أو [tag:] سطرٌ فارغ، فلا ينتمي إلى أي سؤال</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="73" />
        <source>the question is longer than %1 characters</source>
        <translation>السؤال أطول من %1 حرف</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="82" />
        <source>a blank line inside the answers' braces (line %1): in GIFT a blank line ends a question, so this '{' and the '}' on line %2 do not meet; remove the blank line</source>
        <translation>سطر فارغ داخل أقواس الإجابات (السطر %1): في GIFT ينهي السطر الفارغ السؤال، لذلك لا يلتقي هذا '{' مع '}' في السطر %2؛ احذف السطر الفارغ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="96" />
        <source>several [id:] comments; the first, %1, is used</source>
        <translation>عدة تعليقات [id:]؛ يُستخدم الأول منها، %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="98" />
        <source>an empty [id:] is ignored</source>
        <translation>يُتجاهل [id:] الفارغ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="121" />
        <source>the title has no closing '::' (write \: for a colon in a title)</source>
        <translation>العنوان غير مغلق بـ '::' (اكتب \: للنقطتين داخل العنوان)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="138" />
        <source>%1: this is Moodle's embedded answers (Cloze) format, not GIFT; write the question again in GIFT, with one set of answers in braces</source>
        <translation>%1: هذه صيغة الإجابات المضمّنة في Moodle (Cloze) وليست GIFT؛ أعد كتابة السؤال بصيغة GIFT مع مجموعة إجابات واحدة بين قوسين</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="152" />
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="162" />
        <source>a '}' with no '{' before it (write \} for a brace in text)</source>
        <translation>يوجد '}' دون '{' قبله (اكتب \} للقوس داخل النص)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="167" />
        <source>the answers' '{' is never closed with '}'</source>
        <translation>القوس '{' الخاص بالإجابات لا يُغلق أبدًا بـ '}'</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="173" />
        <source>a '{' inside the answers (write \{ for a brace in text)</source>
        <translation>يوجد '{' داخل الإجابات (اكتب \{ للقوس داخل النص)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="180" />
        <source>more than one set of answers in braces (write \{ \} for braces in text)</source>
        <translation>أكثر من مجموعة إجابات واحدة بين أقواس (اكتب \{ \} للأقواس داخل النص)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="61" />
        <source>more than %1 answers in one question</source>
        <translation>أكثر من %1 إجابة في سؤال واحد</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="70" />
        <source>an unescaped '=' inside feedback: Moodle would read the rest as another right answer. Kept as feedback here; write \= to be sure</source>
        <translation>علامة '=' غير مهرّبة داخل التعليق: سيقرأ Moodle ما بعدها إجابة صحيحة أخرى. أُبقيت هنا جزءًا من التعليق؛ اكتب \= لتكون متأكدًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="75" />
        <source>an unescaped '~' inside feedback: Moodle would read the rest as another wrong answer. Kept as feedback here; write \~ to be sure</source>
        <translation>علامة '~' غير مهرّبة داخل التعليق: سيقرأ Moodle ما بعدها إجابة خاطئة أخرى. أُبقيت هنا جزءًا من التعليق؛ اكتب \~ لتكون متأكدًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="107" />
        <source>the weight %1 is not a number</source>
        <translation>الوزن %1 ليس عددًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="113" />
        <source>the weight %1 is outside -100..100</source>
        <translation>الوزن %1 خارج المجال -100..100</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="151" />
        <source>the text before the first '~' or '=' is a wrong choice (as in Moodle); start it with '~'</source>
        <translation>النص الذي يسبق أول '~' أو '=' خيار خاطئ (كما في Moodle)؛ ابدأه بـ '~'</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="164" />
        <source>a weight after '=' in a choice question: Kiosk uses it, but Moodle gives an '=' choice full marks and shows the weight as part of its text; write '~%50%...' for a partly right choice</source>
        <translation>وزن بعد '=' في سؤال اختيار: يستخدمه Kiosk، لكن Moodle يعطي خيار '=' الدرجة كاملة ويعرض الوزن جزءًا من نصه؛ اكتب '~%50%...' لخيار صحيح جزئيًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="178" />
        <source>'~=' marks a right answer in Moodle's embedded answers (Cloze) format, not in GIFT: write '=right ~wrong'</source>
        <translation>'~=' تدل على إجابة صحيحة في صيغة الإجابات المضمّنة في Moodle (Cloze)، لا في GIFT: اكتب '=right ~wrong'</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="186" />
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="253" />
        <source>an empty answer after '%1'</source>
        <translation>إجابة فارغة بعد '%1'</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="195" />
        <source>text before the first '=' of a matching question (each pair is '=left -&gt; right')</source>
        <translation>نص قبل أول '=' في سؤال مطابقة (يُكتب كل زوج بالشكل '=left -&gt; right')</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="203" />
        <source>every matching answer looks like '=left -&gt; right'</source>
        <translation>تُكتب كل إجابة مطابقة بالشكل '=left -&gt; right'</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="210" />
        <source>a matching pair with nothing after '-&gt;'</source>
        <translation>زوج مطابقة ليس بعد '-&gt;' فيه شيء</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="215" />
        <source>a matching pair has no feedback in GIFT: Moodle keeps the '#' and what follows in the pair's text, here %1, and so does Kiosk; write \# if the '#' is meant, or remove the feedback</source>
        <translation>لا تعليق لزوج المطابقة في GIFT: يُبقي Moodle علامة '#' وما بعدها في نص الزوج، وهو هنا %1، وكذلك يفعل Kiosk؛ اكتب \# إن كانت '#' مقصودة، أو احذف التعليق</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="260" />
        <source>the minimum</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="261" />
        <source>the maximum</source>
        <translation>الحد الأقصى</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="262" />
        <source>the value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="263" />
        <source>the tolerance</source>
        <translation>هامش التسامح</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="272" />
        <source>%1 %2 of a numerical answer is not a number (write 3.14, not 3,14; Moodle would accept it and grade it wrongly)</source>
        <translation>%1 %2 في إجابة عددية: ما كُتب ليس عددًا (اكتب 3.14 لا 3,14؛ فـ Moodle يقبلها لكنه يصحّحها خطأً)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="278" />
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="285" />
        <source>%1 %2 is too large</source>
        <translation>%1 %2 عدد كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="301" />
        <source>the range %1..%2 has its minimum above its maximum</source>
        <translation>في المجال %1..%2 الحد الأدنى أكبر من الحد الأقصى</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="309" />
        <source>a negative tolerance</source>
        <translation>هامش تسامح سالب</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="319" />
        <source>feedback with no number before it in a numerical question</source>
        <translation>تعليق لا يسبقه عدد في سؤال عددي</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="329" />
        <source>a numerical question has only one '~#feedback' for any other number</source>
        <translation>للسؤال العددي تعليق '~#feedback' واحد فقط لأي عدد آخر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="335" />
        <source>the text between '~' and '#' is ignored: in a numerical question '~#feedback' is the feedback for any other number, as in Moodle (give part marks with '=%50%3.1:0.1')</source>
        <translation>يُتجاهل النص بين '~' و'#': في السؤال العددي '~#feedback' هو التعليق لأي عدد آخر، كما في Moodle (امنح جزءًا من الدرجة بـ '=%50%3.1:0.1')</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="348" />
        <source>an answer after the '~#feedback' for any other number (Moodle would read it as part of that feedback); put '~#...' last</source>
        <translation>إجابة بعد '~#feedback' الخاص بأي عدد آخر (سيقرؤها Moodle جزءًا من ذلك التعليق)؛ ضع '~#...' في الآخر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="360" />
        <source>a numerical question with no number after '#'</source>
        <translation>سؤال عددي ليس بعد '#' فيه عدد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="204" />
        <source>Could not save to %1: %2.</source>
        <translation>تعذّر الحفظ في %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/drives.py" line="189" />
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/drives.py" line="198" />
        <source>cannot be read (%1)</source>
        <translation>تتعذّر قراءته (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/drives.py" line="206" />
        <source>cannot be read (an error in Kiosk; see the log)</source>
        <translation>تتعذّر قراءته (خطأ في Kiosk؛ انظر السجل)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/drives.py" line="217" />
        <source>version %1 is already installed</source>
        <translation>الإصدار %1 مثبّت من قبل</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/trust.py" line="43" />
        <source>signed by %1 (trusted key %2)</source>
        <translation>موقّع من %1 (مفتاح موثوق %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/trust.py" line="48" />
        <source>key %1 is trusted only for packs whose id starts with %2</source>
        <translation>المفتاح %1 موثوق فقط للحزم التي يبدأ معرّفها بـ %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/trust.py" line="56" />
        <source>a bundled sample pack (sample key %1)</source>
        <translation>حزمة نموذجية مرفقة (مفتاح النماذج %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/trust.py" line="61" />
        <source>it is signed with the public sample key %1, which is trusted only for packs whose id starts with %2</source>
        <translation>وُقّع بمفتاح النماذج العام %1، وهو موثوق فقط للحزم التي يبدأ معرّفها بـ %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/trust.py" line="71" />
        <source>its publisher key %1 is not trusted on this kiosk</source>
        <translation>مفتاح ناشره %1 غير موثوق على هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/context.py" line="12" />
        <source>&lt;b&gt;, &lt;i&gt;, &lt;u&gt;, &lt;sub&gt;, &lt;sup&gt;, paragraphs, line breaks, lists and code</source>
        <translation>&lt;b&gt; و&lt;i&gt; و&lt;u&gt; و&lt;sub&gt; و&lt;sup&gt; والفقرات وفواصل الأسطر والقوائم والشيفرة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/context.py" line="78" />
        <source>the HTML %1 is not shown, only the text inside it: the kiosk shows %2</source>
        <translation>لا يُعرض HTML %1، بل النص الذي بداخله فقط: يعرض الجهاز %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/context.py" line="87" />
        <source>HTML inside [markdown] text is shown as written, as in lessons (Moodle would use it); write Markdown instead, such as **bold** or *italic*</source>
        <translation>يُعرض HTML داخل نص [markdown] كما كُتب، كما في الدروس (أما Moodle فيطبّقه)؛ اكتب Markdown بدلًا منه، مثل **غامق** أو *مائل*</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../kiosk/ui/tasks.py" line="218" />
        <source>Something went wrong. Please tell the facilitator.</source>
        <translation>حدث خطأ ما. يُرجى إبلاغ الميسّر.</translation>
    </message>
</context>
</TS>