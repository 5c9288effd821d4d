<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="669" />
        <source>Folder to save the backup in</source>
        <translation>المجلد الذي تُحفظ فيه النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="670" />
        <source>Also save the signing key (the backup is then encrypted)</source>
        <translation>احفظ مفتاح التوقيع أيضًا (تُشفَّر النسخة الاحتياطية عندئذٍ)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="673" />
        <source>Passphrase (at least 8 characters)</source>
        <translation>عبارة المرور (8 أحرف على الأقل)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="674" />
        <source>Passphrase for the backup</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="675" />
        <source>Make backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="678" />
        <source>Backup file to restore</source>
        <translation>ملف النسخة الاحتياطية المراد استعادته</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="681" />
        <source>Passphrase, if the backup is encrypted</source>
        <translation>عبارة المرور، إن كانت النسخة مشفّرة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="682" />
        <source>Passphrase of the backup to restore</source>
        <translation>عبارة مرور النسخة المراد استعادتها</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="684" />
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="684" />
        <source>Click again: replace all data on this kiosk</source>
        <translation>انقر مرة أخرى: ستُستبدل كل بيانات هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="688" />
        <source>Back up this kiosk</source>
        <translation>نسخ احتياطي لهذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="690" />
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="710" />
        <source>Choose a folder first (e.g. on a USB stick).</source>
        <translation>اختر مجلدًا أولًا (على ذاكرة USB مثلًا).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="719" />
        <source>Saved {0}.</source>
        <translation>تم حفظ {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="728" />
        <source>Choose the backup file first.</source>
        <translation>اختر ملف النسخة الاحتياطية أولًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="735" />
        <source>Restored the backup made {0}.</source>
        <translation>تمت استعادة النسخة الاحتياطية المؤرخة {0}.</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../../kiosk/ui/congratulations_screen.py" line="62" />
        <source>⌂ Back home</source>
        <translation>⌂ العودة إلى الرئيسية</translation>
    </message>
</context>
<context>
    <name>CertificateScreen</name>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="89" />
        <source>Preparing the certificate…</source>
        <translation>جارٍ إعداد الشهادة…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="93" />
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="94" />
        <source>Save to USB / folder</source>
        <translation>حفظ على USB / في مجلد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="131" />
        <source>Save the certificate</source>
        <translation>حفظ الشهادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="133" />
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="158" />
        <source>Saved to {path}</source>
        <translation>حُفظت في {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="165" />
        <source>No printer is set up on this computer. Save the certificate to a USB stick or folder, and print it on another computer.</source>
        <translation>لا توجد طابعة مُعدّة على هذا الحاسوب. احفظ الشهادة على ذاكرة USB أو في مجلد، واطبعها على حاسوب آخر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="187" />
        <source>The printer did not start. Check that it is on and has paper, then try again.</source>
        <translation>لم تبدأ الطابعة العمل. تأكد من أنها مشغّلة وفيها ورق، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="199" />
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
</context>
<context>
    <name>CongratulationsScreen</name>
    <message>
        <location filename="../../kiosk/ui/congratulations_screen.py" line="21" />
        <source>★ Congratulations, %1!</source>
        <translation>★ تهانينا يا %1!</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/congratulations_screen.py" line="25" />
        <source>You earned:</source>
        <translation><numerusform>لقد حصلت على:</numerusform><numerusform>لقد حصلت على:</numerusform><numerusform>لقد حصلت على:</numerusform><numerusform>لقد حصلت على:</numerusform><numerusform>لقد حصلت على:</numerusform><numerusform>لقد حصلت على:</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/congratulations_screen.py" line="32" />
        <source>See my certificate</source>
        <translation>عرض شهادتي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/congratulations_screen.py" line="36" />
        <source>⌂ Back home</source>
        <translation>⌂ العودة إلى الرئيسية</translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="558" />
        <source>Issued credentials</source>
        <translation>الشهادات الممنوحة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="560" />
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="561" />
        <source>Open the certificate to print it again</source>
        <translation>فتح الشهادة لطباعتها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="564" />
        <location filename="../../kiosk/ui/facilitator_screen.py" line="565" />
        <source>Reason for revoking</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="566" />
        <source>Revoke</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="566" />
        <source>Click again to revoke</source>
        <translation>انقر مرة أخرى للإلغاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="568" />
        <source>Waiting for your sign-off</source>
        <translation>بانتظار مصادقتك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="571" />
        <source>Credentials waiting for a facilitator's sign-off</source>
        <translation>شهادات بانتظار مصادقة الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="573" />
        <source>I confirm: award it</source>
        <translation>أؤكد: امنحها</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="574" />
        <source>Confirm the sign-off and award the credential</source>
        <translation>تأكيد المصادقة ومنح الشهادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="606" />
        <source>(REVOKED: {0})</source>
        <translation>(مُلغاة: {0})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="639" />
        <source>{0} is revoked.</source>
        <translation>أُلغيت {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="653" />
        <source>Awarded {0} to {1}.</source>
        <translation>مُنحت {0} إلى {1}.</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="874" />
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="876" />
        <source>← Back</source>
        <translation>→ رجوع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="877" />
        <source>Back to the learners</source>
        <translation>العودة إلى المتعلمين</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="879" />
        <source>Exit kiosk</source>
        <translation>الخروج من الكشك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="880" />
        <source>Close the Kiosk app</source>
        <translation>إغلاق تطبيق Kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="892" />
        <source>Facilitator sections</source>
        <translation>أقسام وضع الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="893" />
        <source>Facilitator tasks</source>
        <translation>مهام الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="895" />
        <source>Learners</source>
        <translation>المتعلمون</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="896" />
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="897" />
        <source>Credentials</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="898" />
        <source>Packs</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="899" />
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="900" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="115" />
        <location filename="../../kiosk/ui/home_screen.py" line="116" />
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="127" />
        <source>Your learning packs</source>
        <translation>حزمك التعليمية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="131" />
        <source>Show packs in</source>
        <translation>عرض الحزم باللغة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="132" />
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="145" />
        <source>Learning packs</source>
        <translation>الحزم التعليمية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="148" />
        <source>No learning packs are installed yet.
Ask the facilitator to add a pack from a USB stick (Facilitator → Packs).</source>
        <translation>لا توجد حزم تعليمية مثبتة بعد.
اطلب من الميسّر إضافة حزمة من ذاكرة USB (الميسّر ← الحزم).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="172" />
        <source>Hello, %1</source>
        <translation>مرحبًا يا %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="180" />
        <source>Loading your progress…</source>
        <translation>جارٍ تحميل تقدمك…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="218" />
        <source>Your credentials: %1</source>
        <translation>شهاداتك: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="223" />
        <source>Next: %1 — missing: %2</source>
        <translation>التالي: %1 — المتبقي: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="225" />
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>LearnerPicker</name>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="45" />
        <source>Who is learning today?</source>
        <translation>من يتعلم اليوم؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="102" />
        <location filename="../../kiosk/ui/learner_picker.py" line="103" />
        <source>Find your name</source>
        <translation>ابحث عن اسمك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="71" />
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="72" />
        <source>Facilitator mode (asks for the facilitator PIN)</source>
        <translation>وضع الميسّر (يطلب رمز الميسّر)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="144" />
        <source>%1 more learners are not shown. Type your name above to find yours.</source>
        <translation>%1 متعلّمين آخرين غير معروضين. اكتب اسمك في الأعلى لتجده.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="173" />
        <source>Learner %1</source>
        <translation>المتعلم %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="181" />
        <source>New learner</source>
        <translation>متعلم جديد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="181" />
        <source>Add a new learner</source>
        <translation>إضافة متعلم جديد</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="122" />
        <source>Search by name</source>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="123" />
        <source>Search learners by name</source>
        <translation>البحث عن المتعلمين بالاسم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="125" />
        <source>Show archived learners</source>
        <translation>عرض المتعلمين المؤرشفين</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="128" />
        <source>Learners</source>
        <translation>المتعلمون</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="133" />
        <source>New PIN (4-6 digits)</source>
        <translation>رمز جديد (4 إلى 6 أرقام)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="134" />
        <source>New PIN for the learner</source>
        <translation>رمز جديد للمتعلم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="135" />
        <source>Set PIN</source>
        <translation>تعيين الرمز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="137" />
        <source>Remove PIN</source>
        <translation>إزالة الرمز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="139" />
        <location filename="../../kiosk/ui/facilitator_screen.py" line="209" />
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="140" />
        <source>Archive or bring back the learner</source>
        <translation>أرشفة المتعلم أو إعادته</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="143" />
        <source>Profile to keep when merging</source>
        <translation>الملف الذي يُحتفظ به عند الدمج</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="144" />
        <source>Merge into this profile</source>
        <translation>الدمج في هذا الملف</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="144" />
        <source>Click again to merge</source>
        <translation>انقر مرة أخرى للدمج</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="145" />
        <source>Merge the selected learner into the chosen profile</source>
        <translation>دمج المتعلم المحدد في الملف المختار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="153" />
        <source>Same person as:</source>
        <translation>الشخص نفسه مثل:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="185" />
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="187" />
        <source>archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="209" />
        <source>Bring back</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="230" />
        <source>{0} has a new PIN.</source>
        <translation>لدى {0} رمز جديد.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="230" />
        <source>{0} has no PIN now.</source>
        <translation>لم يعد لدى {0} رمز.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="244" />
        <source>{0} is archived: hidden from the picker, records kept.</source>
        <translation>أُرشف {0}: أُخفي من القائمة وحُفظت بياناته.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="246" />
        <source>{0} is back on the picker.</source>
        <translation>عاد {0} إلى القائمة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="259" />
        <source>{0} was merged into {1}.</source>
        <translation>دُمج {0} في {1}.</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="168" />
        <source>⌂ Home</source>
        <translation>⌂ الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="169" />
        <source>Back to home</source>
        <translation>العودة إلى الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="173" />
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="174" />
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="176" />
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="177" />
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="191" />
        <source>Lesson text</source>
        <translation>نص الدرس</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="200" />
        <source>← Previous lesson</source>
        <translation>→ الدرس السابق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="202" />
        <location filename="../../kiosk/ui/lesson_reader.py" line="229" />
        <source>Next lesson →</source>
        <translation>الدرس التالي ←</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="259" />
        <source>This lesson cannot be read. Please tell the facilitator.</source>
        <translation>تتعذر قراءة هذا الدرس. يُرجى إبلاغ الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="227" />
        <source>Lesson %1 of %2</source>
        <translation>الدرس %1 من %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="229" />
        <source>Finish ✓</source>
        <translation>إنهاء ✓</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="325" />
        <source>Web links are not opened on this kiosk: %1</source>
        <translation>لا تُفتح روابط الويب على هذا الجهاز: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="339" />
        <source>This link does not lead to a lesson of this pack.</source>
        <translation>هذا الرابط لا يؤدي إلى درس من هذه الحزمة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/main_window.py" line="289" />
        <source>You were logged out after %n minute(s) without activity, to keep your progress private.</source>
        <translation><numerusform>سُجّل خروجك بعد أقل من دقيقة دون نشاط، حفاظًا على خصوصية تقدمك.</numerusform><numerusform>سُجّل خروجك بعد دقيقة واحدة دون نشاط، حفاظًا على خصوصية تقدمك.</numerusform><numerusform>سُجّل خروجك بعد دقيقتين دون نشاط، حفاظًا على خصوصية تقدمك.</numerusform><numerusform>سُجّل خروجك بعد %n دقائق دون نشاط، حفاظًا على خصوصية تقدمك.</numerusform><numerusform>سُجّل خروجك بعد %n دقيقة دون نشاط، حفاظًا على خصوصية تقدمك.</numerusform><numerusform>سُجّل خروجك بعد %n دقيقة دون نشاط، حفاظًا على خصوصية تقدمك.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="301" />
        <source>Kiosk — setup</source>
        <translation>Kiosk — الإعداد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="312" />
        <source>%1, type your PIN</source>
        <translation>%1، اكتب رمزك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="433" />
        <source>Facilitator, type your PIN</source>
        <translation>أيها الميسّر، اكتب رمزك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="459" />
        <source>Wrong facilitator PIN. Try again.</source>
        <translation>رمز الميسّر غير صحيح. حاول مرة أخرى.</translation>
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
        <location filename="../../kiosk/ui/new_learner_screen.py" line="26" />
        <source>A PIN keeps your progress private on this shared computer. You can leave it empty.</source>
        <translation>يحمي الرمز خصوصية تقدمك على هذا الحاسوب المشترك. يمكنك تركه فارغًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="31" />
        <location filename="../../kiosk/ui/new_learner_screen.py" line="33" />
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="34" />
        <source>4 to 6 digits, or empty</source>
        <translation>من 4 إلى 6 أرقام، أو فارغ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="35" />
        <location filename="../../kiosk/ui/new_learner_screen.py" line="41" />
        <source>PIN (optional)</source>
        <translation>الرمز (اختياري)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="36" />
        <source>the same digits again</source>
        <translation>الأرقام نفسها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="37" />
        <location filename="../../kiosk/ui/new_learner_screen.py" line="42" />
        <source>PIN again</source>
        <translation>الرمز مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="40" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="47" />
        <source>Start learning</source>
        <translation>ابدأ التعلم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="50" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="87" />
        <source>The two PINs are not the same. Type them again.</source>
        <translation>الرمزان غير متطابقين. اكتبهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="43" />
        <source>not started</source>
        <translation>لم يبدأ بعد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="44" />
        <source>in progress</source>
        <translation>قيد التعلّم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="45" />
        <source>mastered</source>
        <translation>مُتقَن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="46" />
        <source>due for review</source>
        <translation>حان وقت المراجعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="63" />
        <source>%p% mastered</source>
        <translation>أُتقن %p%</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="65" />
        <source>%1: %2% mastered</source>
        <translation>%1: أُتقن %2%</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="73" />
        <source>Skills of %1</source>
        <translation>مهارات %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="75" />
        <source>Earned: %1</source>
        <translation>حصلت على: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="77" />
        <source>Open ▸</source>
        <translation>فتح ◂</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="78" />
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
</context>
<context>
    <name>PackImportScreen</name>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="67" />
        <source>Add content packs</source>
        <translation>إضافة حزم محتوى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="69" />
        <source>Insert a USB stick with packs, or choose a folder.</source>
        <translation>أدخل ذاكرة USB تحتوي على حزم، أو اختر مجلدًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="72" />
        <source>Packs found</source>
        <translation>الحزم التي وُجدت</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="73" />
        <source>Choose folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="75" />
        <source>Import selected</source>
        <translation>استيراد المحدد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="87" />
        <location filename="../../kiosk/ui/pack_import_screen.py" line="90" />
        <source>Installed packs</source>
        <translation>الحزم المثبتة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="92" />
        <source>Export to USB</source>
        <translation>تصدير إلى USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="100" />
        <location filename="../../kiosk/ui/pack_import_screen.py" line="287" />
        <source>Remove pack</source>
        <translation>إزالة الحزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="101" />
        <source>Remove the selected pack from this kiosk</source>
        <translation>إزالة الحزمة المحددة من هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="133" />
        <source>Choose the folder with the packs</source>
        <translation>اختر مجلد الحزم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="144" />
        <source>Looking for packs in {0}…</source>
        <translation>جارٍ البحث عن حزم في {0}…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="153" />
        <source>No packs (.kpack files) in {0}.</source>
        <translation>لا توجد حزم (ملفات ‎.kpack) في {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="155" />
        <source>Packs in {0}: tick the ones to import.</source>
        <translation>الحزم في {0}: حدّد ما تريد استيراده.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="169" />
        <source>{0} ({1}) — cannot be used: {2}</source>
        <translation>{0} ({1}) — غير صالحة للاستخدام: {2}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="170" />
        <source>signature verified</source>
        <translation>التوقيع موثَّق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="170" />
        <source>signature NOT verified</source>
        <translation>التوقيع غير موثَّق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="171" />
        <source>{0} — version {1}, {2}, from {3}, {4}</source>
        <translation>{0} — الإصدار {1}، {2}، من {3}، {4}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="175" />
        <source> — not importable: {0}</source>
        <translation> — لا يمكن استيرادها: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="195" />
        <source>Importing… please leave the USB stick in.</source>
        <translation>جارٍ الاستيراد… يُرجى ترك ذاكرة USB موصولة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="222" />
        <source>Installed {0}.</source>
        <translation>ثُبّتت {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="222" />
        <source>Not installed: {0}</source>
        <translation>لم تُثبَّت: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="244" />
        <source>{0} — version {1}</source>
        <translation>{0} — الإصدار {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="257" />
        <source>Saved {0}.</source>
        <translation>تم حفظ {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="268" />
        <location filename="../../kiosk/ui/pack_import_screen.py" line="287" />
        <source>Click again to remove</source>
        <translation>انقر مرة أخرى للإزالة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="277" />
        <source>Removed {0}; learners' records are kept.</source>
        <translation>أُزيلت {0}؛ وحُفظت بيانات المتعلمين.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_import_screen.py" line="292" />
        <source>Copy the pack file to {0}</source>
        <translation>نسخ ملف الحزمة إلى {0}</translation>
    </message>
</context>
<context>
    <name>PackScreen</name>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="30" />
        <source>⌂ Home</source>
        <translation>⌂ الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="31" />
        <source>Back to home</source>
        <translation>العودة إلى الرئيسية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pack_screen.py" line="68" />
        <source>☰ Read the lessons (%n)</source>
        <translation><numerusform>☰ قراءة الدروس (%n)</numerusform><numerusform>☰ قراءة الدروس (%n)</numerusform><numerusform>☰ قراءة الدروس (%n)</numerusform><numerusform>☰ قراءة الدروس (%n)</numerusform><numerusform>☰ قراءة الدروس (%n)</numerusform><numerusform>☰ قراءة الدروس (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="69" />
        <source>Read the lessons of %1</source>
        <translation>قراءة دروس %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="74" />
        <source>✎ Quiz: %1</source>
        <translation>✎ اختبار: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="75" />
        <source>Take the quiz %1</source>
        <translation>إجراء الاختبار %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="25" />
        <source>PIN typed so far</source>
        <translation>الرمز المكتوب حتى الآن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="37" />
        <source>Erase last digit</source>
        <translation>مسح آخر رقم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="39" />
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="41" />
        <source>Enter PIN</source>
        <translation>أدخل الرمز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="50" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="51" />
        <source>Back to the list of learners</source>
        <translation>العودة إلى قائمة المتعلمين</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="124" />
        <source>A PIN has 4 to 6 digits.</source>
        <translation>يتكون الرمز من 4 إلى 6 أرقام.</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="294" />
        <source>Learner</source>
        <translation>المتعلم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="294" />
        <source>Pack</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="294" />
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="294" />
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="295" />
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="295" />
        <source>Stuck?</source>
        <translation>متعثر؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="283" />
        <source>Show one pack</source>
        <translation>عرض حزمة واحدة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="284" />
        <source>All packs</source>
        <translation>كل الحزم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="287" />
        <source>Search by name</source>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="288" />
        <source>Show learners whose name contains</source>
        <translation>عرض المتعلمين الذين يحتوي اسمهم على</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="290" />
        <source>Only learners who are stuck</source>
        <translation>المتعلمون المتعثرون فقط</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="294" />
        <source>Answers (14 days)</source>
        <translation>الإجابات (14 يومًا)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="297" />
        <source>Progress of each learner in each pack they started</source>
        <translation>تقدم كل متعلم في كل حزمة بدأها</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="307" />
        <source>◀ Previous</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="308" />
        <source>Previous page of the report</source>
        <translation>الصفحة السابقة من التقرير</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="310" />
        <source>Next ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="311" />
        <source>Next page of the report</source>
        <translation>الصفحة التالية من التقرير</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="314" />
        <source>Stuck: 10 or more answers in a pack in the last 14 days, and no new skill mastered.</source>
        <translation>متعثر: 10 إجابات أو أكثر في حزمة خلال آخر 14 يومًا دون إتقان مهارة جديدة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="317" />
        <source>Folder to save the report in</source>
        <translation>المجلد الذي يُحفظ فيه التقرير</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="318" />
        <source>Save as CSV</source>
        <translation>حفظ بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="320" />
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="322" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="325" />
        <source>Essay answers to mark</source>
        <translation>إجابات مقالية للتقييم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="328" />
        <source>Essay answers waiting for a mark</source>
        <translation>إجابات مقالية بانتظار التقييم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="336" />
        <source>Mark for the essay, 0 to 100 percent</source>
        <translation>درجة المقال، من 0 إلى 100 بالمئة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="337" />
        <source>Save mark</source>
        <translation>حفظ الدرجة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="356" />
        <source>Mark:</source>
        <translation>الدرجة:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="429" />
        <source>Working out progress… {0} %</source>
        <translation>جارٍ حساب التقدم… {0} %</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="445" />
        <source>{0} of {1}</source>
        <translation>{0} من {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="447" />
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="448" />
        <source>⚠ Stuck</source>
        <translation>⚠ متعثر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="477" />
        <source>No rows. Learner and pack pairs not started: {0}.</source>
        <translation>لا توجد صفوف. أزواج المتعلم والحزمة التي لم تبدأ: {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="481" />
        <source>Rows {0}–{1} of {2}. Learner and pack pairs not started: {3}.</source>
        <translation>الصفوف {0}–{1} من {2}. أزواج المتعلم والحزمة التي لم تبدأ: {3}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="496" />
        <source>No essay answers are waiting.</source>
        <translation>لا توجد إجابات مقالية بالانتظار.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="504" />
        <source>Question: {0}
Answer: {1}</source>
        <translation>السؤال: {0}
الإجابة: {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="515" />
        <source>Mark saved.</source>
        <translation>حُفظت الدرجة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="526" />
        <source>Choose a folder first (e.g. on a USB stick).</source>
        <translation>اختر مجلدًا أولًا (على ذاكرة USB مثلًا).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="528" />
        <source>Learners' progress</source>
        <translation>تقدم المتعلمين</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="542" />
        <source>Saved {0}.</source>
        <translation>تم حفظ {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="544" />
        <source>Saving the report… {0} %</source>
        <translation>جارٍ حفظ التقرير… {0} %</translation>
    </message>
</context>
<context>
    <name>QuizPlayer</name>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="108" />
        <source>⌂ Home</source>
        <translation>⌂ الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="109" />
        <source>Leave the quiz and go home</source>
        <translation>مغادرة الاختبار والعودة إلى الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="116" />
        <source>Quiz progress</source>
        <translation>تقدم الاختبار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="139" />
        <source>Feedback</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="175" />
        <source>Quiz finished</source>
        <translation>انتهى الاختبار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="187" />
        <source>↻ Try again</source>
        <translation>↻ حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="189" />
        <source>⌂ Back home</source>
        <translation>⌂ العودة إلى الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="218" />
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="232" />
        <source>True</source>
        <translation>صح</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="232" />
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="243" />
        <source>Choose all the right answers.</source>
        <translation>اختر كل الإجابات الصحيحة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="247" />
        <source>Type a number</source>
        <translation>اكتب رقمًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="247" />
        <source>Type your answer</source>
        <translation>اكتب إجابتك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="248" />
        <location filename="../../kiosk/ui/quiz_player.py" line="273" />
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="259" />
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="272" />
        <source>Write your answer here.</source>
        <translation>اكتب إجابتك هنا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="278" />
        <source>Continue →</source>
        <translation>متابعة ←</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="278" />
        <source>Check answer</source>
        <translation>تحقق من الإجابة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="296" />
        <source>Choose an answer first.</source>
        <translation>اختر إجابة أولًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="303" />
        <source>Choose at least one answer.</source>
        <translation>اختر إجابة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="308" />
        <source>Type your answer first.</source>
        <translation>اكتب إجابتك أولًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="310" />
        <source>Type a number, like 3.14.</source>
        <translation>اكتب رقمًا، مثل 3.14.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="315" />
        <source>Choose a match for every item.</source>
        <translation>اختر ما يطابق كل عنصر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="320" />
        <source>Write your answer first.</source>
        <translation>اكتب إجابتك أولًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="362" />
        <source>See my results</source>
        <translation>عرض نتائجي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="362" />
        <source>Next question →</source>
        <translation>السؤال التالي ←</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="372" />
        <source>The right answer: %1</source>
        <translation>الإجابة الصحيحة: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="407" />
        <source>Your answers are saved; a facilitator will read them.</source>
        <translation>حُفظت إجاباتك؛ وسيقرؤها الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="411" />
        <source>You scored %1 out of %2 (%3%).</source>
        <translation>حصلت على %1 من %2 (%3%).</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="759" />
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="763" />
        <source>Full-screen lock: learners cannot leave the app</source>
        <translation>قفل ملء الشاشة: لا يستطيع المتعلمون مغادرة التطبيق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="764" />
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="768" />
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="776" />
        <source>Change facilitator PIN</source>
        <translation>تغيير رمز الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="783" />
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="784" />
        <source>Kiosk name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="785" />
        <source>Verify URL</source>
        <translation>عنوان التحقق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="786" />
        <source>Log out after</source>
        <translation>تسجيل الخروج بعد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="787" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="788" />
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="791" />
        <source>Current facilitator PIN</source>
        <translation>رمز الميسّر الحالي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="792" />
        <source>New facilitator PIN</source>
        <translation>رمز الميسّر الجديد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="827" />
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="828" />
        <source>Last synced with the registry: {0}</source>
        <translation>آخر مزامنة مع السجل: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="846" />
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="857" />
        <source>The facilitator PIN is changed.</source>
        <translation>تم تغيير رمز الميسّر.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="42" />
        <source>Welcome! Let's set up this kiosk</source>
        <translation>مرحبًا! لنُعدّ هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="44" />
        <source>This takes under a minute. Only the facilitator needs to do it.</source>
        <translation>يستغرق ذلك أقل من دقيقة. يقوم به الميسّر وحده.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="48" />
        <source>e.g. Riverside Community Centre</source>
        <translation>مثال: المركز المجتمعي على ضفة النهر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="49" />
        <source>e.g. Library computer 2</source>
        <translation>مثال: حاسوب المكتبة 2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="50" />
        <source>4 to 6 digits</source>
        <translation>من 4 إلى 6 أرقام</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="51" />
        <source>the same digits again</source>
        <translation>الأرقام نفسها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="58" />
        <location filename="../../kiosk/ui/setup_screen.py" line="64" />
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="59" />
        <location filename="../../kiosk/ui/setup_screen.py" line="65" />
        <source>Kiosk name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="60" />
        <location filename="../../kiosk/ui/setup_screen.py" line="66" />
        <source>Facilitator PIN</source>
        <translation>رمز الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="61" />
        <source>PIN again</source>
        <translation>الرمز مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="62" />
        <location filename="../../kiosk/ui/setup_screen.py" line="68" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="67" />
        <source>Facilitator PIN again</source>
        <translation>رمز الميسّر مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="75" />
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="77" />
        <source>Finish setup</source>
        <translation>إنهاء الإعداد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="98" />
        <source>The two PINs are not the same. Type them again.</source>
        <translation>الرمزان غير متطابقين. اكتبهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>_FolderField</name>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="89" />
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator_screen.py" line="90" />
        <source>Choose on a USB stick or in a folder</source>
        <translation>اختر من ذاكرة USB أو من مجلد</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../kiosk/core/learners/pins.py" line="28" />
        <source>A PIN is made of digits only (0-9).</source>
        <translation>يتكوّن الرمز من أرقام فقط (0-9).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/pins.py" line="31" />
        <source>A PIN has %1 to %2 digits; this one has %3.</source>
        <translation>يتكوّن الرمز من %1 إلى %2 أرقام؛ وهذا فيه %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="77" />
        <source>Type a name for the learner.</source>
        <translation>اكتب اسمًا للمتعلم.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="80" />
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>للاسم %1 حرفًا على الأكثر؛ وهذا فيه %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="83" />
        <source>A name cannot contain control characters.</source>
        <translation>لا يمكن أن يحتوي الاسم على محارف تحكّم.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="123" />
        <source>No learner called %1.</source>
        <translation>لا يوجد متعلم اسمه %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="138" />
        <source>This profile is archived; ask the facilitator.</source>
        <translation>هذا الملف مؤرشف؛ اسأل الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="144" />
        <source>Too many wrong PINs. Try again in %1 seconds, or ask the facilitator.</source>
        <translation>رموز خاطئة كثيرة. حاول مرة أخرى بعد %1 ثانية، أو اسأل الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="158" />
        <source>Wrong PIN. Too many wrong PINs: wait %1 seconds, or ask the facilitator.</source>
        <translation>رمز خاطئ. رموز خاطئة كثيرة: انتظر %1 ثانية، أو اسأل الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="168" />
        <source>Wrong PIN. Tries left before a short wait: %1.</source>
        <translation>رمز خاطئ. المحاولات المتبقية قبل انتظار قصير: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="111" />
        <source>Master: %1</source>
        <translation>أتقِن: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="119" />
        <source>Pass the final quiz (%1)</source>
        <translation>انجح في الاختبار النهائي (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="122" />
        <source>Pass the final quiz (%1); your best so far is %2</source>
        <translation>انجح في الاختبار النهائي (%1)؛ أفضل نتيجة لك حتى الآن %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="133" />
        <source>A facilitator must sign off a practical demonstration</source>
        <translation>يجب أن يعتمد الميسّر عرضًا عمليًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="144" />
        <source>Earn: %1 first</source>
        <translation>احصل أولًا على: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="146" />
        <source>Earn: %1 first (its pack is not installed)</source>
        <translation>احصل أولًا على: %1 (حزمتها غير مثبّتة)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="21" />
        <source>organisation's name</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="22" />
        <source>kiosk's name</source>
        <translation>اسم الكشك</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="66" />
        <source>Type the %1.</source>
        <translation>اكتب %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="68" />
        <source>The %1 has at most %2 characters.</source>
        <translation>%1 له %2 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="75" />
        <source>Unknown language %1; choose one of: %2.</source>
        <translation>لغة غير معروفة %1؛ اختر واحدة من: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="86" />
        <source>The verify URL must start with https:// and name a host; got %1.</source>
        <translation>يجب أن يبدأ عنوان التحقق بـ https:// وأن يسمّي خادمًا؛ وصل %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="90" />
        <source>The verify URL may not contain '?' or '#'.</source>
        <translation>لا يجوز أن يحتوي عنوان التحقق على '?' أو '#'.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="98" />
        <source>The idle time-out must be between %1 seconds and %2 minutes.</source>
        <translation>يجب أن تكون مهلة الخمول بين %1 ثانية و%2 دقيقة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="120" />
        <source>This kiosk is already set up; change its settings in facilitator mode.</source>
        <translation>هذا الكشك مُعدّ من قبل؛ غيّر إعداداته في وضع الميسّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="156" />
        <source>Too many wrong facilitator PINs. Try again in %1 seconds.</source>
        <translation>رموز ميسّر خاطئة كثيرة. حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="171" />
        <source>Wrong facilitator PIN. Too many wrong PINs: wait %1 seconds.</source>
        <translation>رمز الميسّر خاطئ. رموز خاطئة كثيرة: انتظر %1 ثانية.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="185" />
        <source>The current facilitator PIN is wrong; the PIN was not changed.</source>
        <translation>رمز الميسّر الحالي خاطئ؛ لم يُغيَّر الرمز.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="225" />
        <source>The text size is one of %1.</source>
        <translation>حجم النص واحد من: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="104" />
        <source>This kiosk has no signing key yet, so there is none to back up.</source>
        <translation>ليس لهذا الجهاز مفتاح توقيع بعد، فلا يوجد ما يُنسخ احتياطيًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="119" />
        <source>The signing key is saved only in an encrypted backup: give a passphrase.</source>
        <translation>لا يُحفظ مفتاح التوقيع إلا في نسخة احتياطية مشفّرة: أدخل عبارة مرور.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="123" />
        <source>A backup passphrase has at least %1 characters.</source>
        <translation>لعبارة مرور النسخة الاحتياطية %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="147" />
        <source>Could not write the backup to %1: %2.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="162" />
        <source>This file is not a Kiosk backup.</source>
        <translation>هذا الملف ليس نسخة احتياطية من Kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="167" />
        <source>This backup was made by a different Kiosk version (format %1); it cannot be restored here.</source>
        <translation>صُنعت هذه النسخة الاحتياطية بإصدار آخر من Kiosk (الصيغة %1)؛ لا يمكن استعادتها هنا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="179" />
        <source>This backup is damaged (its check does not match); nothing was changed.</source>
        <translation>هذه النسخة الاحتياطية تالفة (فحصها لا يطابق)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="185" />
        <source>This backup is encrypted: type its passphrase.</source>
        <translation>هذه النسخة الاحتياطية مشفّرة: اكتب عبارة مرورها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="194" />
        <source>Wrong passphrase, or the backup is damaged; nothing was changed.</source>
        <translation>عبارة المرور خاطئة، أو النسخة الاحتياطية تالفة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="196" />
        <source>This file is not a Kiosk backup (unknown kind).</source>
        <translation>هذا الملف ليس نسخة احتياطية من Kiosk (نوع غير معروف).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="206" />
        <source>This backup is damaged; nothing was changed.</source>
        <translation>هذه النسخة الاحتياطية تالفة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="212" />
        <source>This backup holds unsafe file names; nothing was changed.</source>
        <translation>تحتوي هذه النسخة الاحتياطية على أسماء ملفات غير آمنة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="217" />
        <source>This backup holds an unexpected file %1; nothing was changed.</source>
        <translation>تحتوي هذه النسخة الاحتياطية على ملف غير متوقع %1؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="224" />
        <source>This backup is damaged or incomplete; nothing was changed.</source>
        <translation>هذه النسخة الاحتياطية تالفة أو ناقصة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="228" />
        <source>This backup has no database in it; nothing was changed.</source>
        <translation>لا توجد قاعدة بيانات في هذه النسخة الاحتياطية؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="233" />
        <location filename="../../kiosk/core/backup.py" line="239" />
        <source>The database in this backup is damaged; nothing was changed.</source>
        <translation>قاعدة البيانات في هذه النسخة الاحتياطية تالفة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="243" />
        <source>This backup was made by a newer Kiosk; install it to restore this backup.</source>
        <translation>صُنعت هذه النسخة الاحتياطية بإصدار أحدث من Kiosk؛ ثبّته لاستعادتها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="260" />
        <source>Could not read the backup %1: %2.</source>
        <translation>تعذّرت قراءة النسخة الاحتياطية %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup.py" line="339" />
        <source>Could not finish restoring the backup (%1); it will be finished when the kiosk starts again.</source>
        <translation>تعذّر إكمال استعادة النسخة الاحتياطية (%1)؛ ستكتمل عند تشغيل الجهاز من جديد.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="29" />
        <source>A score is a percentage from 0 to 100; got %1.</source>
        <translation>النتيجة نسبة مئوية من 0 إلى 100؛ وصل %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="48" />
        <source>The award method is 'mastery' or 'facilitator', not %1.</source>
        <translation>طريقة المنح هي 'mastery' أو 'facilitator'، وليست %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="87" />
        <source>Could not find a free credential number; try again.</source>
        <translation>تعذّر العثور على رقم شهادة متاح؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="113" />
        <source>Credential %1 was already revoked on %2.</source>
        <translation>أُلغيت الشهادة %1 من قبل في %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="120" />
        <source>A reason has at most %1 characters.</source>
        <translation>للسبب %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="141" />
        <source>The key %1 that signed %2 is not known on this kiosk.</source>
        <translation>المفتاح %1 الذي وقّع %2 غير معروف على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/review.py" line="65" />
        <source>A mark is a percentage from 0 to 100.</source>
        <translation>العلامة نسبة مئوية من 0 إلى 100.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/review.py" line="68" />
        <source>This answer was already marked.</source>
        <translation>صُحّحت هذه الإجابة من قبل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/review.py" line="104" />
        <source>This learner has not met the other requirements of that credential yet.</source>
        <translation>لم يستوفِ هذا المتعلم بعدُ الشروط الأخرى لهذه الشهادة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/admin.py" line="64" />
        <source>Choose two different learners to merge.</source>
        <translation>اختر متعلمَين مختلفَين للدمج.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/admin.py" line="68" />
        <source>%1 is archived; merge into a profile in use.</source>
        <translation>%1 مؤرشف؛ ادمج في ملف مستخدم.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="96" />
        <source>%1 refused: it needs Kiosk %2 or newer (this is %3).</source>
        <translation>رُفض %1: يحتاج Kiosk %2 أو أحدث (هذا %3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="112" />
        <source>%1 refused: the installed %2 was signed by key %3, this one by %4; another publisher cannot replace a pack (use force if this is intended).</source>
        <translation>رُفض %1: الحزمة المثبّتة %2 وقّعها المفتاح %3، وهذه وقّعها %4؛ لا يمكن لناشر آخر أن يستبدل حزمة (استخدم الفرض إن كان هذا مقصودًا).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="125" />
        <source>%1 refused: version %2 of %3 is installed and this is %4; only a newer version upgrades it (use force to reinstall or go back).</source>
        <translation>رُفض %1: الإصدار %2 من %3 مثبّت وهذا %4؛ لا يحدّثها إلا إصدار أحدث (استخدم الفرض لإعادة التثبيت أو الرجوع).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="201" />
        <source>There is no pack file at %1.</source>
        <translation>لا يوجد ملف حزمة في %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="213" />
        <source>Could not copy the pack from %1: %2.</source>
        <translation>تعذّر نسخ الحزمة من %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="244" />
        <source>Could not write the pack to this computer's disk: %1.</source>
        <translation>تعذّرت كتابة الحزمة على قرص هذا الحاسوب: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="301" />
        <source>The original file of %1 is missing; import the pack again to export it.</source>
        <translation>الملف الأصلي لـ %1 مفقود؛ استورد الحزمة من جديد لتصديرها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="320" />
        <source>Could not write %1 to %2: %3.</source>
        <translation>تعذّرت كتابة %1 في %2: %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/definitions.py" line="79" />
        <source>%1 names credentials in several packs; use '&lt;pack id&gt;/%2'.</source>
        <translation>%1 يسمّي شهادات في عدة حزم؛ استخدم '&lt;معرّف الحزمة&gt;/%2'.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/definitions.py" line="86" />
        <source>No installed pack offers a credential %1 (see 'kiosk pack list').</source>
        <translation>لا توجد حزمة مثبّتة تقدّم الشهادة %1 (انظر 'kiosk pack list').</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="83" />
        <location filename="../../kiosk/core/packs/library.py" line="107" />
        <source>%1 refused: %2.</source>
        <translation>رُفض %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="93" />
        <source>it holds %1 files; at most %2 are allowed</source>
        <translation>فيها %1 ملفًا؛ والمسموح %2 على الأكثر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="104" />
        <source>the file %1 appears twice</source>
        <translation>الملف %1 يظهر مرتين</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="110" />
        <source>the entry %1 is %2</source>
        <translation>المدخل %1 هو %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="112" />
        <source>the file %1 is encrypted</source>
        <translation>الملف %1 مشفّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="116" />
        <source>the file %1 uses a compression the kiosk does not read</source>
        <translation>الملف %1 يستخدم ضغطًا لا يقرؤه الجهاز</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="122" />
        <source>the file %1 is %2 bytes; at most %3 are allowed</source>
        <translation>حجم الملف %1 هو %2 بايت؛ والمسموح %3 على الأكثر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="132" />
        <source>the file %1 expands more than %2 times (a zip bomb?)</source>
        <translation>الملف %1 يتضخم أكثر من %2 مرة (قنبلة zip؟)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="141" />
        <source>its files add up to more than %1 MB</source>
        <translation>مجموع ملفاتها أكثر من %1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="146" />
        <source>it has no %1 (%2)</source>
        <translation>ليس فيها %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="152" />
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 أكبر من %2 بايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="157" />
        <source>%1 is not valid JSON</source>
        <translation>%1 ليس JSON صالحًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="178" />
        <source>Cannot read %1: %2.</source>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="181" />
        <source>the file is larger than %1 MB</source>
        <translation>الملف أكبر من %1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="186" />
        <source>it is not a pack (not a zip file, or cut short)</source>
        <translation>ليست حزمة (ليست ملف zip، أو مقطوعة)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="188" />
        <location filename="../../kiosk/core/packs/archive.py" line="228" />
        <location filename="../../kiosk/core/packs/archive.py" line="344" />
        <source>the file is damaged (%1)</source>
        <translation>الملف تالف (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="194" />
        <source>its manifest or signature is not a JSON object</source>
        <translation>بيانها أو توقيعها ليس كائن JSON</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="202" />
        <source>invalid manifest: %1%2</source>
        <translation>بيان غير صالح: %1%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="209" />
        <source>the file %1 is not listed in the manifest</source>
        <translation>الملف %1 غير مذكور في البيان</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="215" />
        <source>the listed file %1 is missing</source>
        <translation>الملف المذكور %1 مفقود</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="221" />
        <source>the file %1 does not have the size its manifest gives</source>
        <translation>الملف %1 ليس بالحجم الذي يذكره البيان</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="275" />
        <source>the file %1 is longer than its manifest says</source>
        <translation>الملف %1 أطول مما يذكره البيان</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="290" />
        <source>the file %1 does not match its hash (it was changed or damaged)</source>
        <translation>الملف %1 لا يطابق بصمته (غُيّر أو تلف)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="54" />
        <source>%1 is not an http:// or https:// address.</source>
        <translation>%1 ليس عنوان http:// أو https://.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="71" />
        <source>Could not fetch the catalog %1: %2.</source>
        <translation>تعذّر جلب الفهرس %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="75" />
        <source>The catalog %1 is larger than %2 KB.</source>
        <translation>الفهرس %1 أكبر من %2 كيلوبايت.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="80" />
        <source>The catalog %1 is not valid JSON.</source>
        <translation>الفهرس %1 ليس JSON صالحًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="83" />
        <source>The catalog %1 is not a list of packs.</source>
        <translation>الفهرس %1 ليس قائمة حزم.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="99" />
        <source>The catalog %1 has an entry that is not a pack (%2).</source>
        <translation>في الفهرس %1 مدخل ليس حزمة (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="107" />
        <source>The catalog %1 has an entry with a bad id or sha256 (%2).</source>
        <translation>في الفهرس %1 مدخل بمعرّف أو sha256 غير صالح (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="114" />
        <source>The catalog %1 lists %2 with an impossible size.</source>
        <translation>يذكر الفهرس %1 الحزمة %2 بحجم مستحيل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="163" />
        <location filename="../../kiosk/core/packs/download.py" line="175" />
        <source>%1 is larger than %2 MB; not downloaded.</source>
        <translation>%1 أكبر من %2 ميغابايت؛ لم يُنزَّل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="191" />
        <source>The server refused %1: HTTP %2 %3.</source>
        <translation>رفض الخادم %1: HTTP %2 %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="204" />
        <source>Could not download %1 after %2 tries (%3); run the command again to resume.</source>
        <translation>تعذّر تنزيل %1 بعد %2 محاولات (%3)؛ أعد التشغيل للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="216" />
        <source>Could not download all of %1 (%2 of %3 bytes); run the command again to resume.</source>
        <translation>تعذّر تنزيل %1 كاملًا (%2 من %3 بايت)؛ أعد التشغيل للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="233" />
        <source>%1 does not match the catalog's SHA-256 (damaged on the way); it was deleted.</source>
        <translation>%1 لا يطابق SHA-256 في الفهرس (تلف في الطريق)؛ وقد حُذف.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="44" />
        <source>%1 is not a key fingerprint (32 hex digits).</source>
        <translation>%1 ليس بصمة مفتاح (32 رقمًا ست عشريًا).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="57" />
        <source>The public key is not valid base64.</source>
        <translation>المفتاح العام ليس base64 صالحًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="59" />
        <source>The public key is not a 32-byte Ed25519 key.</source>
        <translation>المفتاح العام ليس مفتاح Ed25519 من 32 بايت.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="73" />
        <source>%1 already exists; choose another name (a key is never overwritten).</source>
        <translation>%1 موجود من قبل؛ اختر اسمًا آخر (لا يُكتب فوق مفتاح أبدًا).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="91" />
        <source>Cannot read the key file %1: %2.</source>
        <translation>تعذّرت قراءة ملف المفتاح %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="97" />
        <source>%1 is not an unencrypted Ed25519 private key file.</source>
        <translation>%1 ليس ملف مفتاح Ed25519 خاصًا غير مشفّر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="101" />
        <source>%1 holds a key of another kind; packs are signed with Ed25519.</source>
        <translation>يحتوي %1 على مفتاح من نوع آخر؛ تُوقَّع الحزم بـ Ed25519.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="129" />
        <source>The pack's signature is missing its Ed25519 algorithm name.</source>
        <translation>ينقص توقيعَ الحزمة اسمُ خوارزمية Ed25519.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="134" />
        <source>The pack's signature file is damaged.</source>
        <translation>ملف توقيع الحزمة تالف.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="137" />
        <source>The pack's signature names a key id that does not match its public key.</source>
        <translation>يذكر توقيع الحزمة معرّف مفتاح لا يطابق مفتاحها العام.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="144" />
        <source>The pack's signature does not match its manifest (key %1): it was changed after signing.</source>
        <translation>توقيع الحزمة لا يطابق بيانها (المفتاح %1): غُيّرت بعد التوقيع.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/reading.py" line="64" />
        <source>The pack %1 has no file %2; import it again.</source>
        <translation>ليس في الحزمة %1 ملف %2؛ استوردها من جديد.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/reading.py" line="148" />
        <source>The pack %1 has no quiz %2.</source>
        <translation>ليس في الحزمة %1 اختبار %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="71" />
        <source>A quiz draws at least one question.</source>
        <translation>يسحب الاختبار سؤالًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="177" />
        <source>This quiz has no questions.</source>
        <translation>ليس في هذا الاختبار أسئلة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="231" />
        <source>This quiz is already finished.</source>
        <translation>انتهى هذا الاختبار من قبل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="233" />
        <source>This question is already answered.</source>
        <translation>أُجيب عن هذا السؤال من قبل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="246" />
        <source>Answer this question first.</source>
        <translation>أجب عن هذا السؤال أولًا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo.py" line="94" />
        <source>A learner called %1 already exists; add a surname or an initial.</source>
        <translation>يوجد متعلم اسمه %1 من قبل؛ أضف اسم العائلة أو حرفًا أول.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo.py" line="104" />
        <source>No learner with id %1.</source>
        <translation>لا يوجد متعلم بالمعرّف %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo.py" line="219" />
        <source>No pack with id %1 is installed.</source>
        <translation>لا توجد حزمة مثبّتة بالمعرّف %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo.py" line="312" />
        <source>No issued credential with id %1 (see 'kiosk credential list').</source>
        <translation>لا توجد شهادة صادرة بالمعرّف %1 (انظر 'kiosk credential list').</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo.py" line="387" />
        <source>Another public key already has the id %1.</source>
        <translation>لمفتاح عام آخر المعرّف %1 من قبل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo.py" line="481" />
        <source>No quiz attempt %1 for this learner.</source>
        <translation>لا توجد محاولة اختبار %1 لهذا المتعلم.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo.py" line="502" />
        <source>This quiz is already finished; start it again to answer.</source>
        <translation>انتهى هذا الاختبار من قبل؛ ابدأه من جديد لتجيب.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo.py" line="620" />
        <source>No essay answer %1.</source>
        <translation>لا توجد إجابة مقالية %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo.py" line="864" />
        <source>No answer %1.</source>
        <translation>لا توجد إجابة %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo.py" line="872" />
        <source>No quiz attempt %1.</source>
        <translation>لا توجد محاولة اختبار %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="137" />
        <source>Certificate</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="140" />
        <source>Micro-credential</source>
        <translation>شهادة مصغّرة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="147" />
        <source>This certifies that</source>
        <translation>تشهد هذه الوثيقة بأن</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="155" />
        <source>was assessed by a facilitator and has earned</source>
        <translation>قيّمه الميسّر وحصل على</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="157" />
        <source>has earned</source>
        <translation>حصل على</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="167" />
        <source>Skills shown:</source>
        <translation>المهارات المُثبتة:</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="172" />
        <source>and %1 more</source>
        <translation>و%1 غيرها</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="179" />
        <source>Issued on %1</source>
        <translation>صدرت في %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="181" />
        <source>score %1%</source>
        <translation>النتيجة %1%</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="183" />
        <source>kiosk %1</source>
        <translation>الجهاز %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="187" />
        <source>Issued by %1</source>
        <translation>صدرت عن %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="207" />
        <source>Facilitator's signature</source>
        <translation>توقيع الميسّر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="210" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="214" />
        <source>Check this certificate</source>
        <translation>تحقّق من هذه الشهادة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="221" />
        <source>Scan the QR code with a phone, or go to %1 and type the code:</source>
        <translation>امسح رمز QR بالهاتف، أو اذهب إلى %1 واكتب الرمز:</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="231" />
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
        <location filename="../../kiosk/core/packs/content.py" line="197" />
        <location filename="../../kiosk/core/packs/content.py" line="206" />
        <location filename="../../kiosk/core/packs/format.py" line="166" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="218" />
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
        <location filename="../../kiosk/core/packs/content.py" line="192" />
        <source>%1 is %2 KB; a quiz in a pack has at most %3 KB</source>
        <translation>حجم %1 هو %2 كيلوبايت؛ والحد الأقصى لاختبار الحزمة %3 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="200" />
        <source>%1 has a line of %2 KB; a quiz line has at most %3 KB</source>
        <translation>في %1 سطر حجمه %2 كيلوبايت؛ والحد الأقصى لسطر الاختبار %3 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="259" />
        <location filename="../../kiosk/core/packs/content.py" line="263" />
        <source>%1 is not UTF-8 text (SVG in a pack is UTF-8)</source>
        <translation>%1 ليس نصًا بترميز UTF-8 (ملفات SVG في الحزمة بترميز UTF-8)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="269" />
        <source>%1 declares a DOCTYPE, entities or processing instructions, which packs do not allow in SVG</source>
        <translation>يعلن %1 عن DOCTYPE أو كيانات أو تعليمات معالجة، وهذا غير مسموح في SVG الحزم</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="274" />
        <source>%1 declares the encoding %2; SVG in a pack is UTF-8</source>
        <translation>يعلن %1 عن الترميز %2؛ وملفات SVG في الحزمة بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="281" />
        <source>%1 has more than %2 elements</source>
        <translation>في %1 أكثر من %2 عنصر</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="298" />
        <location filename="../../kiosk/core/packs/content.py" line="350" />
        <source>%1 is not a well-formed SVG file (%2)</source>
        <translation>%1 ليس ملف SVG سليم البنية (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="313" />
        <source>%1 has a &lt;use&gt; that refers to itself</source>
        <translation>في %1 عنصر &lt;use&gt; يشير إلى نفسه</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="328" />
        <source>%1 draws more than %2 elements once its &lt;use&gt; copies are counted</source>
        <translation>يرسم %1 أكثر من %2 عنصر عند احتساب نسخ &lt;use&gt;</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="335" />
        <source>%1 nests its elements too deeply</source>
        <translation>يضع %1 عناصره بعضها داخل بعض بعمق كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="343" />
        <source>%1 is larger than %2 KB</source>
        <translation>حجم %1 أكبر من %2 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="352" />
        <source>%1 is not an SVG image</source>
        <translation>%1 ليس صورة SVG</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="364" />
        <source>%1 contains a &lt;%2&gt; element (scripts and embedded content are refused)</source>
        <translation>يحتوي %1 على عنصر &lt;%2&gt; (تُرفض البرامج النصية والمحتوى المضمّن)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="370" />
        <source>%1 has a style sheet that refers outside the image</source>
        <translation>في %1 ورقة أنماط تشير إلى خارج الصورة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="376" />
        <source>%1 has an event attribute %2 (scripts are refused)</source>
        <translation>في %1 سمة حدث %2 (تُرفض البرامج النصية)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="381" />
        <location filename="../../kiosk/core/packs/content.py" line="389" />
        <source>%1 refers to something outside the image (%2)</source>
        <translation>يشير %1 إلى شيء خارج الصورة (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="384" />
        <source>%1 has a style that refers outside the image</source>
        <translation>في %1 نمط يشير إلى خارج الصورة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="386" />
        <source>%1 has a javascript: value</source>
        <translation>في %1 قيمة javascript:</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="407" />
        <source>%1 is an oversized image (%2 MB; at most %3 MB)</source>
        <translation>%1 صورة كبيرة جدًا (%2 ميغابايت؛ %3 ميغابايت على الأكثر)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="419" />
        <source>%1 is not a readable image</source>
        <translation>%1 ليس صورة مقروءة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="421" />
        <source>%1 is a %2 image with a %3 name</source>
        <translation>%1 صورة %2 باسم %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="425" />
        <source>%1 is an oversized image (%2x%3 px; at most %4x%5)</source>
        <translation>%1 صورة كبيرة جدًا (%2x%3 بكسل؛ %4x%5 على الأكثر)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="85" />
        <source>an empty file name</source>
        <translation>اسم ملف فارغ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="87" />
        <source>the file name %1 contains a backslash</source>
        <translation>اسم الملف %1 فيه شرطة مائلة عكسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="89" />
        <source>the file name %1 is an absolute path</source>
        <translation>اسم الملف %1 مسار مطلق</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="91" />
        <source>the file name %1 starts with a drive letter</source>
        <translation>اسم الملف %1 يبدأ بحرف قرص</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="94" />
        <source>the file name %1... is longer than %2 characters</source>
        <translation>اسم الملف %1... أطول من %2 حرفًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="100" />
        <source>the file name %1 leaves its folder or has an empty part</source>
        <translation>اسم الملف %1 يخرج من مجلده أو فيه جزء فارغ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="104" />
        <source>the file %1 is not inside lessons/, quizzes/ or media/</source>
        <translation>الملف %1 ليس داخل lessons/ أو quizzes/ أو media/</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="106" />
        <source>the file name %1 is nested too deeply</source>
        <translation>اسم الملف %1 متداخل بعمق زائد</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="109" />
        <source>the file name %1 has characters other than a-z, 0-9, '.', '_' and '-'</source>
        <translation>في اسم الملف %1 محارف غير a-z و0-9 و'.' و'_' و'-'</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="113" />
        <source>the file %1 is not a kind of file a pack may hold</source>
        <translation>الملف %1 ليس من الأنواع التي يجوز أن تحملها حزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="132" />
        <source>%1 is not a version like 1.0.0.</source>
        <translation>%1 ليس إصدارًا مثل 1.0.0.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="200" />
        <source>%1 contains a control character (U+%2)</source>
        <translation>يحتوي %1 على محرف تحكم (U+%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="208" />
        <source>the pack id %1 is not a valid id</source>
        <translation>معرّف الحزمة %1 غير صالح</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="211" />
        <source>%1 is not a version like 1.0.0</source>
        <translation>%1 ليس إصدارًا مثل 1.0.0</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="215" />
        <source>the id %1 is not a valid id</source>
        <translation>المعرّف %1 غير صالح</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="229" />
        <source>the skill id %1 is used twice</source>
        <translation>معرّف المهارة %1 مستخدم مرتين</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="232" />
        <source>the module id %1 is used twice</source>
        <translation>معرّف الوحدة %1 مستخدم مرتين</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="235" />
        <source>the credential id %1 is used twice</source>
        <translation>معرّف الشهادة %1 مستخدم مرتين</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="242" />
        <source>module %1 names %2, which is not in the pack</source>
        <translation>تذكر الوحدة %1 الملف %2، وهو ليس في الحزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="250" />
        <source>module %1 names an unknown skill %2</source>
        <translation>تذكر الوحدة %1 مهارة غير معروفة %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="257" />
        <source>credential %1 requires an unknown skill %2</source>
        <translation>تتطلب الشهادة %1 مهارة غير معروفة %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="266" />
        <source>credential %1 names a final quiz %2 that is not in the pack</source>
        <translation>تذكر الشهادة %1 اختبارًا نهائيًا %2 ليس في الحزمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="275" />
        <source>skill %1: its mastery rule needs m &lt;= n</source>
        <translation>المهارة %1: قاعدة إتقانها تتطلب m &lt;= n</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../kiosk/ui/tasks.py" line="231" />
        <source>Something went wrong. Please tell the facilitator.</source>
        <translation>حدث خطأ ما. يُرجى إبلاغ الميسّر.</translation>
    </message>
</context>
</TS>