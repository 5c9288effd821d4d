<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnswerInputs</name>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="107" />
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="107" />
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="121" />
        <source>Choose all the right answers.</source>
        <translation>Choisissez toutes les bonnes réponses.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="125" />
        <source>Type a number</source>
        <translation>Tapez un nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="125" />
        <source>Type your answer</source>
        <translation>Tapez votre réponse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="126" />
        <location filename="../../kiosk/ui/answer_inputs.py" line="154" />
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="137" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="153" />
        <source>Write your answer here.</source>
        <translation>Écrivez votre réponse ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="185" />
        <source>Choose an answer first.</source>
        <translation>Choisissez d’abord une réponse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="192" />
        <source>Choose at least one answer.</source>
        <translation>Choisissez au moins une réponse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="197" />
        <source>Type your answer first.</source>
        <translation>Tapez d’abord votre réponse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="199" />
        <source>Type a number, like 3.14.</source>
        <translation>Tapez un nombre, par exemple 3,14.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="204" />
        <source>Choose a match for every item.</source>
        <translation>Associez chaque élément.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="209" />
        <source>Write your answer first.</source>
        <translation>Écrivez d’abord votre réponse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="234" />
        <source>✔ right answer</source>
        <translation>✔ bonne réponse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="236" />
        <source>✘ not right</source>
        <translation>✘ pas juste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="245" />
        <source>✔ right</source>
        <translation>✔ juste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/answer_inputs.py" line="245" />
        <source>✘ right match: %1</source>
        <translation>✘ bonne association : %1</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="20" />
        <source>Folder to save the backup in</source>
        <translation>Dossier où enregistrer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="21" />
        <source>Also save the signing key (the backup is then encrypted)</source>
        <translation>Enregistrer aussi la clé de signature (la sauvegarde est alors chiffrée)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="23" />
        <source>Passphrase (at least 8 characters)</source>
        <translation>Phrase secrète (8 caractères au moins)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="23" />
        <source>Passphrase for the backup</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="25" />
        <source>Make backup</source>
        <translation>Faire la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="28" />
        <source>Backup file to restore</source>
        <translation>Fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="30" />
        <source>Passphrase, if the backup is encrypted</source>
        <translation>Phrase secrète, si la sauvegarde est chiffrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="30" />
        <source>Passphrase of the backup to restore</source>
        <translation>Phrase secrète de la sauvegarde à restaurer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="32" />
        <source>Facilitator PIN, for a backup made by another kiosk</source>
        <translation>Code de l’animateur, pour une sauvegarde d’un autre kiosque</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="33" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="33" />
        <source>Click again: replace all data on this kiosk</source>
        <translation>Cliquez encore : toutes les données de ce poste seront remplacées</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="35" />
        <source>Back up this kiosk</source>
        <translation>Sauvegarder ce poste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="37" />
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="55" />
        <source>Choose a folder first (e.g. on a USB stick).</source>
        <translation>Choisissez d’abord un dossier (par exemple sur une clé USB).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="62" />
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="78" />
        <source>Restored the backup made %1.</source>
        <translation>La sauvegarde du %1 est restaurée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/backup_tab.py" line="70" />
        <source>Choose the backup file first.</source>
        <translation>Choisissez d’abord le fichier de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <location filename="../../kiosk/ui/congratulations_screen.py" line="68" />
        <source>⌂ Back home</source>
        <translation>⌂ Retour à l’accueil</translation>
    </message>
</context>
<context>
    <name>CertificateScreen</name>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="124" />
        <source>About this certificate</source>
        <translation>À propos de ce certificat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="126" />
        <source>Preparing the certificate…</source>
        <translation>Préparation du certificat…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="127" />
        <source>The certificate, as it will print</source>
        <translation>Le certificat, tel qu’il s’imprimera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="130" />
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="131" />
        <source>Save to USB / folder</source>
        <translation>Enregistrer sur USB / dans un dossier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="163" />
        <source>⚠ REVOKED on %1: this certificate is no longer valid. Copies print with a REVOKED mark.</source>
        <translation>⚠ RÉVOQUÉ le %1 : ce certificat n’est plus valable. Les copies s’impriment avec la mention RÉVOQUÉ.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="210" />
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="169" />
        <source>⚠ DEMONSTRATION: this certificate comes from a sample pack. It is not a qualification.</source>
        <translation>⚠ DÉMONSTRATION : ce certificat vient d’un module d’exemple. Ce n’est pas une qualification.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="185" />
        <source>Save the certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="187" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="217" />
        <source>No printer is set up on this computer. Save the certificate to a USB stick or folder, and print it on another computer.</source>
        <translation>Aucune imprimante n’est installée sur cet ordinateur. Enregistrez le certificat sur une clé USB ou dans un dossier, et imprimez-le sur un autre ordinateur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="239" />
        <source>The printer did not start. Check that it is on and has paper, then try again.</source>
        <translation>L’imprimante n’a pas démarré. Vérifiez qu’elle est allumée et qu’elle a du papier, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="251" />
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>CongratulationsScreen</name>
    <message>
        <location filename="../../kiosk/ui/congratulations_screen.py" line="22" />
        <source>★ Congratulations, %1!</source>
        <translation>★ Félicitations, %1 !</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/congratulations_screen.py" line="26" />
        <source>You earned:</source>
        <translation><numerusform>Vous avez obtenu :</numerusform><numerusform>Vous avez obtenu :</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/congratulations_screen.py" line="33" />
        <source>See my certificate</source>
        <translation>Voir mon certificat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/congratulations_screen.py" line="37" />
        <source>⌂ Back home</source>
        <translation>⌂ Retour à l’accueil</translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="22" />
        <source>Issued credentials</source>
        <translation>Attestations délivrées</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="23" />
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="23" />
        <source>Open the certificate to print it again</source>
        <translation>Ouvrir le certificat pour le réimprimer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="25" />
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="26" />
        <source>Reason for revoking</source>
        <translation>Motif de la révocation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="27" />
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="27" />
        <source>Click again to revoke</source>
        <translation>Cliquez encore pour révoquer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="29" />
        <source>Waiting for your sign-off</source>
        <translation>En attente de votre validation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="31" />
        <source>Credentials waiting for a facilitator's sign-off</source>
        <translation>Attestations en attente de la validation d’un animateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="33" />
        <source>I confirm: award it</source>
        <translation>Je confirme : la délivrer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="33" />
        <source>Confirm the sign-off and award the credential</source>
        <translation>Confirmer la validation et délivrer l’attestation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="63" />
        <source>(REVOKED: %1)</source>
        <translation>(RÉVOQUÉE : %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="98" />
        <source>%1's certificate “%2” is revoked (%3).</source>
        <translation>Le certificat « %2 » de %1 est révoqué (%3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/credentials_tab.py" line="112" />
        <source>Awarded %1 to %2.</source>
        <translation>%1 délivrée à %2.</translation>
    </message>
</context>
<context>
    <name>EssaysTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="31" />
        <source>Essay answers waiting for a mark</source>
        <translation>Rédactions en attente de note</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="41" />
        <source>The question and the answer</source>
        <translation>La question et la réponse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="45" />
        <source>Mark for the essay, 0 to 100 percent</source>
        <translation>Note de la rédaction, de 0 à 100 pour cent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="46" />
        <source>Save mark</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="51" />
        <source>Mark:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="80" />
        <source>No essay answers are waiting.</source>
        <translation>Aucune rédaction en attente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="88" />
        <source>Question: %1
Answer: %2</source>
        <translation>Question : %1
Réponse : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/essays_tab.py" line="97" />
        <source>Mark saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="35" />
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="37" />
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="38" />
        <source>Back to the learners</source>
        <translation>Retour aux apprenants</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="40" />
        <source>Exit kiosk</source>
        <translation>Quitter le kiosque</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="41" />
        <source>Close the Kiosk app</source>
        <translation>Fermer l’application Kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="55" />
        <source>Facilitator sections</source>
        <translation>Sections du mode animateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="56" />
        <source>Facilitator tasks</source>
        <translation>Tâches de l’animateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="58" />
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="59" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="60" />
        <source>Essays</source>
        <translation>Rédactions</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="61" />
        <source>Credentials</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="62" />
        <source>Packs</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="63" />
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="64" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/console.py" line="65" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../kiosk/ui/file_field.py" line="18" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/file_field.py" line="19" />
        <source>Choose on a USB stick or in a folder</source>
        <translation>Choisir sur une clé USB ou dans un dossier</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="126" />
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="136" />
        <source>What changed since last time</source>
        <translation>Ce qui a changé depuis la dernière fois</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="145" />
        <source>My certificates</source>
        <translation>Mes certificats</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="147" />
        <source>My certificates: view, print or save them again</source>
        <translation>Mes certificats : les voir, les imprimer ou les enregistrer à nouveau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="149" />
        <source>Your learning packs</source>
        <translation>Vos modules d’apprentissage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="153" />
        <source>Show packs in</source>
        <translation>Afficher les modules en</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="154" />
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="167" />
        <source>Learning packs</source>
        <translation>Modules d’apprentissage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="176" />
        <source>No learning packs are installed yet.
Ask the facilitator to add a pack from a USB stick (Facilitator → Packs).</source>
        <translation>Aucun module n’est encore installé.
Demandez à l’animateur d’en ajouter un depuis une clé USB (Animateur → Modules).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="205" />
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="215" />
        <source>Loading your progress…</source>
        <translation>Chargement de votre progression…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="268" />
        <source>Your credentials: %1</source>
        <translation>Vos attestations : %1</translation>
    </message>
</context>
<context>
    <name>LearnerPicker</name>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="85" />
        <source>Who is learning today?</source>
        <translation>Qui apprend aujourd’hui ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="151" />
        <location filename="../../kiosk/ui/learner_picker.py" line="152" />
        <source>Find your name</source>
        <translation>Trouvez votre nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="123" />
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="123" />
        <source>Facilitator mode (asks for the facilitator PIN)</source>
        <translation>Mode animateur (demande le code de l’animateur)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="232" />
        <source>%1 more learners are not shown. Type your name above to find yours.</source>
        <translation>%1 autres personnes ne sont pas affichées. Tapez votre nom ci-dessus pour trouver le vôtre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="264" />
        <source>Learner %1</source>
        <translation>Apprenant %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="272" />
        <source>New learner</source>
        <translation>Nouvel apprenant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/learner_picker.py" line="272" />
        <source>Add a new learner</source>
        <translation>Ajouter un apprenant</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="29" />
        <source>Search by name</source>
        <translation>Chercher par nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="30" />
        <source>Search learners by name</source>
        <translation>Chercher un apprenant par son nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="32" />
        <source>Show archived learners</source>
        <translation>Afficher les apprenants archivés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="34" />
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="35" />
        <source>New PIN (4-6 digits)</source>
        <translation>Nouveau code (4 à 6 chiffres)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="35" />
        <source>New PIN for the learner</source>
        <translation>Nouveau code de l’apprenant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="36" />
        <source>Set PIN</source>
        <translation>Définir le code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="38" />
        <source>Remove PIN</source>
        <translation>Supprimer le code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="40" />
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="110" />
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="41" />
        <source>Archive or bring back the learner</source>
        <translation>Archiver l’apprenant ou le rétablir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="45" />
        <source>Profile to keep when merging</source>
        <translation>Profil à garder lors de la fusion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="47" />
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="126" />
        <source>Click again to merge</source>
        <translation>Cliquez encore pour fusionner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="47" />
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="48" />
        <source>Merge the selected learner into the chosen profile</source>
        <translation>Fusionner l’apprenant sélectionné dans le profil choisi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="57" />
        <source>Same person as:</source>
        <translation>Même personne que :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="86" />
        <source>PIN</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="88" />
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="110" />
        <source>Bring back</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="124" />
        <source>To merge two profiles of one person, select the one to give up above.</source>
        <translation>Pour fusionner deux profils d’une même personne, sélectionnez ci-dessus celui à abandonner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="126" />
        <source>Merge into “%1”</source>
        <translation>Fusionner dans « %1 »</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="129" />
        <source>“%2” is kept. “%1”'s answers and certificates move into it, and “%1” is archived.</source>
        <translation>« %2 » est conservé. Les réponses et les certificats de « %1 » y passent, et « %1 » est archivé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="144" />
        <source>%1 has a new PIN.</source>
        <translation>%1 a un nouveau code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="144" />
        <source>%1 has no PIN now.</source>
        <translation>%1 n’a plus de code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="156" />
        <source>%1 is archived: hidden from the picker, records kept.</source>
        <translation>%1 est archivé : masqué de la liste, données conservées.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="158" />
        <source>%1 is back on the picker.</source>
        <translation>%1 est de retour dans la liste.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/learners_tab.py" line="170" />
        <source>%1 was merged into %2; %2 is kept.</source>
        <translation>%1 a été fusionné dans %2 ; %2 est conservé.</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="174" />
        <source>⌂ Home</source>
        <translation>⌂ Accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="174" />
        <source>Back to home</source>
        <translation>Retour à l’accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="179" />
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="181" />
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="184" />
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="186" />
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="213" />
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="223" />
        <source>← Previous lesson</source>
        <translation>← Leçon précédente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="224" />
        <location filename="../../kiosk/ui/lesson_reader.py" line="256" />
        <source>Next lesson →</source>
        <translation>Leçon suivante →</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="286" />
        <source>This lesson cannot be read. Please tell the facilitator.</source>
        <translation>Cette leçon ne peut pas être lue. Prévenez l’animateur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="254" />
        <source>Lesson %1 of %2</source>
        <translation>Leçon %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="256" />
        <source>Finish ✓</source>
        <translation>Terminer ✓</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="354" />
        <source>Web links are not opened on this kiosk: %1</source>
        <translation>Les liens web ne s’ouvrent pas sur ce poste : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/lesson_reader.py" line="368" />
        <source>This link does not lead to a lesson of this pack.</source>
        <translation>Ce lien ne mène à aucune leçon de ce module.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/main_window.py" line="248" />
        <source>You were logged out after %n minute(s) without activity, to keep your progress private.</source>
        <translation><numerusform>Vous avez été déconnecté après %n minute sans activité, pour protéger votre progression.</numerusform><numerusform>Vous avez été déconnecté après %n minutes sans activité, pour protéger votre progression.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="260" />
        <source>Kiosk — setup</source>
        <translation>Kiosk — installation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="272" />
        <source>%1, type your PIN</source>
        <translation>%1, tapez votre code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="408" />
        <source>← My certificates</source>
        <translation>← Mes certificats</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="417" />
        <source>Facilitator, type your PIN</source>
        <translation>Animateur, tapez votre code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="447" />
        <source>← Back to the console</source>
        <translation>← Retour à la console</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="435" />
        <source>Wrong facilitator PIN. Try again.</source>
        <translation>Code animateur erroné. Réessayez.</translation>
    </message>
</context>
<context>
    <name>MyCertificatesScreen</name>
    <message>
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="21" />
        <source>⌂ Back home</source>
        <translation>⌂ Retour à l’accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="23" />
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="31" />
        <source>My certificates</source>
        <translation>Mes certificats</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="25" />
        <source>No certificate yet. Finish a pack's lessons and quizzes to earn one.</source>
        <translation>Pas encore de certificat. Terminez les leçons et les quiz d’un module pour en obtenir un.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="43" />
        <source>%1 — earned %2</source>
        <translation>%1 — obtenu le %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="46" />
        <source>⚠ Revoked on %1: no longer valid.</source>
        <translation>⚠ Révoqué le %1 : n’est plus valable.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/my_certificates_screen.py" line="49" />
        <source>Demonstration: not a qualification.</source>
        <translation>Démonstration : pas une qualification.</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="23" />
        <source>New learner</source>
        <translation>Nouvel apprenant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="24" />
        <source>A PIN keeps your progress private on this shared computer. You can leave it empty.</source>
        <translation>Un code protège votre progression sur cet ordinateur partagé. Vous pouvez le laisser vide.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="25" />
        <location filename="../../kiosk/ui/new_learner_screen.py" line="27" />
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="28" />
        <source>4 to 6 digits, or empty</source>
        <translation>4 à 6 chiffres, ou vide</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="29" />
        <location filename="../../kiosk/ui/new_learner_screen.py" line="35" />
        <source>PIN (optional)</source>
        <translation>Code (facultatif)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="30" />
        <source>the same digits again</source>
        <translation>les mêmes chiffres encore</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="31" />
        <location filename="../../kiosk/ui/new_learner_screen.py" line="36" />
        <source>PIN again</source>
        <translation>Code, encore</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="34" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="38" />
        <source>Start learning</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="39" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/new_learner_screen.py" line="66" />
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Les deux codes sont différents. Tapez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="26" />
        <source>What this kiosk trusts</source>
        <translation>Ce à quoi ce kiosque fait confiance</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="27" />
        <source>Enrolment file, or the key (z6Mk…)</source>
        <translation>Fichier d’inscription, ou la clé (z6Mk…)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="29" />
        <source>Organisation's name (with a typed key)</source>
        <translation>Nom de l’organisation (avec une clé tapée)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="30" />
        <source>Organisation's name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="31" />
        <source>Facilitator PIN</source>
        <translation>Code animateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="34" />
        <source>Changing the key drops the list this kiosk holds: until it syncs with the new organisation's registry, it trusts only its own certificates. Compare the fingerprint with your organisation's.</source>
        <translation>Changer de clé efface la liste que ce kiosque détient : jusqu’à sa synchronisation avec le registre de la nouvelle organisation, il ne fait confiance qu’à ses propres certificats. Comparez l’empreinte avec celle de votre organisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="39" />
        <source>Use this organisation key</source>
        <translation>Utiliser cette clé d’organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="39" />
        <source>Click again: change the key</source>
        <translation>Cliquez encore : changer la clé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="43" />
        <source>What waits to be sent to the registry</source>
        <translation>Ce qui attend d’être envoyé au registre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="44" />
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="47" />
        <source>Trust list file from the registry</source>
        <translation>Fichier de la liste de confiance du registre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="48" />
        <source>Import trust list</source>
        <translation>Importer la liste de confiance</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="50" />
        <source>Organisation key</source>
        <translation>Clé de l’organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="52" />
        <source>Trust list on a USB stick (no internet)</source>
        <translation>Liste de confiance sur clé USB (sans Internet)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="54" />
        <source>Sync with the registry</source>
        <translation>Synchronisation avec le registre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="84" />
        <source>Set the verify address in Settings first: it is the registry's address.</source>
        <translation>Indiquez d’abord l’adresse de vérification dans Réglages : c’est l’adresse du registre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="88" />
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="92" />
        <source>Synced: %1 certificates and %2 revocations sent; trust list number %3.</source>
        <translation>Synchronisé : %1 certificats et %2 révocations envoyés ; liste de confiance numéro %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="107" />
        <source>Waiting to be sent: %1 certificates, %2 revocations. Last sync: %3. A revocation reaches employers' phones only after a sync.</source>
        <translation>En attente d’envoi : %1 certificats, %2 révocations. Dernière synchronisation : %3. Une révocation n’atteint les téléphones des employeurs qu’après une synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="119" />
        <source>Organisation: %1
Key fingerprint: %2</source>
        <translation>Organisation : %1
Empreinte de la clé : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="124" />
        <source>Trust list number %1, signed %2 UTC: %3 kiosk keys (%4 withdrawn), %5 revoked certificates.</source>
        <translation>Liste de confiance numéro %1, signée le %2 UTC : %3 clés de kiosque (%4 retirées), %5 certificats révoqués.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="146" />
        <source>Now using the key of %1, fingerprint %2.</source>
        <translation>La clé de %1 est désormais utilisée, empreinte %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="159" />
        <source>Trust list number %1 is in use.</source>
        <translation>La liste de confiance numéro %1 est en service.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="104" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="115" />
        <source>Not enrolled: this kiosk trusts only its own certificates and cannot sync. Choose your organisation's enrolment file below.</source>
        <translation>Non inscrit : ce kiosque ne fait confiance qu’à ses propres certificats et ne peut pas se synchroniser. Choisissez ci-dessous le fichier d’inscription de votre organisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="121" />
        <source>No trust list yet: sync, or import one from a USB stick.</source>
        <translation>Pas encore de liste de confiance : synchronisez, ou importez-en une depuis une clé USB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/organisation_tab.py" line="155" />
        <source>Choose the trust list file first.</source>
        <translation>Choisissez d’abord le fichier de la liste de confiance.</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="46" />
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="47" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="48" />
        <source>mastered</source>
        <translation>maîtrisé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="49" />
        <source>due for review</source>
        <translation>à réviser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="67" />
        <source>%p% mastered</source>
        <translation>%p % maîtrisé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="69" />
        <source>%1: %2% mastered</source>
        <translation>%1 : %2 % maîtrisé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="78" />
        <source>Skills of %1</source>
        <translation>Compétences de %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="80" />
        <source>Earned: %1</source>
        <translation>Obtenue : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="83" />
        <source>Open ▸</source>
        <translation>Ouvrir ▸</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home_screen.py" line="85" />
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>PackScreen</name>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="23" />
        <source>⌂ Home</source>
        <translation>⌂ Accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="24" />
        <source>Back to home</source>
        <translation>Retour à l’accueil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/pack_screen.py" line="67" />
        <source>☰ Read the lessons (%n)</source>
        <translation><numerusform>☰ Lire les leçons (%n)</numerusform><numerusform>☰ Lire les leçons (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="68" />
        <source>Read the lessons of %1</source>
        <translation>Lire les leçons de %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="75" />
        <source>✎ Quiz: %1</source>
        <translation>✎ Quiz : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="75" />
        <source>✎ Take the quiz</source>
        <translation>✎ Faire le quiz</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pack_screen.py" line="77" />
        <source>Take the quiz %1</source>
        <translation>Faire le quiz %1</translation>
    </message>
</context>
<context>
    <name>PacksTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="71" />
        <source>Add content packs</source>
        <translation>Ajouter des modules</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="74" />
        <source>Insert a USB stick with packs, or choose a folder.</source>
        <translation>Insérez une clé USB contenant des modules, ou choisissez un dossier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="77" />
        <source>Packs found</source>
        <translation>Modules trouvés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="79" />
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="81" />
        <source>Import selected</source>
        <translation>Importer la sélection</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="91" />
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="93" />
        <source>Installed packs</source>
        <translation>Modules installés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="95" />
        <source>Export to USB</source>
        <translation>Exporter sur USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="105" />
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="300" />
        <source>Remove pack</source>
        <translation>Retirer le module</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="106" />
        <source>Remove the selected pack from this kiosk</source>
        <translation>Retirer de ce poste le module sélectionné</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="141" />
        <source>Choose the folder with the packs</source>
        <translation>Choisissez le dossier des modules</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="146" />
        <source>Kiosk packs (*.kpack)</source>
        <translation>Modules Kiosk (*.kpack)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="154" />
        <source>Looking for packs in %1…</source>
        <translation>Recherche de modules dans %1…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="163" />
        <source>No packs (.kpack files) in %1.</source>
        <translation>Aucun module (fichier .kpack) dans %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="165" />
        <source>Packs in %1: tick the ones to import.</source>
        <translation>Modules dans %1 : cochez ceux à importer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="179" />
        <source>%1 (%2) — cannot be used: %3</source>
        <translation>%1 (%2) — inutilisable : %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="182" />
        <source>%1 — version %2, %3, from %4, %5</source>
        <translation>%1 — version %2, %3, de %4, %5</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="185" />
        <source> — not importable: %1</source>
        <translation> — impossible à importer : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="232" />
        <source>Installed %1.</source>
        <translation>%1 installé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="232" />
        <source>Not installed: %1</source>
        <translation>Non installé : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="257" />
        <source>%1 — version %2</source>
        <translation>%1 — version %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="270" />
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="290" />
        <source>Removed %1; learners' records are kept.</source>
        <translation>%1 retiré ; les données des apprenants sont conservées.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="305" />
        <source>Copy the pack file to %1</source>
        <translation>Copier le fichier du module dans %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="180" />
        <source>signature verified</source>
        <translation>signature vérifiée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="180" />
        <source>signature NOT verified</source>
        <translation>signature NON vérifiée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="205" />
        <source>Importing… please leave the USB stick in.</source>
        <translation>Importation… laissez la clé USB branchée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="281" />
        <location filename="../../kiosk/ui/facilitator/packs_tab.py" line="300" />
        <source>Click again to remove</source>
        <translation>Cliquez encore pour retirer</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="26" />
        <source>PIN typed so far</source>
        <translation>Code tapé jusqu’ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="38" />
        <source>Erase last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="40" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="42" />
        <source>Enter PIN</source>
        <translation>Saisir le code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="51" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="52" />
        <source>Back to the list of learners</source>
        <translation>Retour à la liste des apprenants</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py" line="128" />
        <source>A PIN has 4 to 6 digits.</source>
        <translation>Un code a 4 à 6 chiffres.</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="72" />
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="72" />
        <source>Pack</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="72" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="72" />
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="73" />
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="73" />
        <source>Stuck?</source>
        <translation>Bloqué ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="55" />
        <source>Show one pack</source>
        <translation>Afficher un seul module</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="56" />
        <source>All packs</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="59" />
        <source>Search by name</source>
        <translation>Chercher par nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="60" />
        <source>Show learners whose name contains</source>
        <translation>Afficher les apprenants dont le nom contient</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="62" />
        <source>Only learners who are stuck</source>
        <translation>Seulement les apprenants bloqués</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="73" />
        <source>Answers (14 days)</source>
        <translation>Réponses (14 jours)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="76" />
        <source>Progress of each learner in each pack they started</source>
        <translation>Progression de chaque apprenant dans chaque module commencé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="92" />
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="93" />
        <source>Previous page of the report</source>
        <translation>Page précédente du rapport</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="96" />
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="97" />
        <source>Next page of the report</source>
        <translation>Page suivante du rapport</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="63" />
        <source>Stuck: 10 or more answers in a pack in the last 14 days, and no new skill mastered.</source>
        <translation>Bloqué : 10 réponses ou plus dans un module ces 14 derniers jours, sans nouvelle compétence maîtrisée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="102" />
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="103" />
        <source>Save the report as a CSV file, in a folder you choose</source>
        <translation>Enregistrer le rapport en fichier CSV, dans le dossier de votre choix</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="105" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="106" />
        <source>Save the report as a PDF file, in a folder you choose</source>
        <translation>Enregistrer le rapport en fichier PDF, dans le dossier de votre choix</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="183" />
        <source>Working out progress… %1 %</source>
        <translation>Calcul de la progression… %1 %</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="196" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="228" />
        <source>No rows. Learner and pack pairs not started: %1.</source>
        <translation>Aucune ligne. Couples apprenant–module pas commencés : %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="233" />
        <source>Rows %1–%2 of %3. Learner and pack pairs not started: %4.</source>
        <translation>Lignes %1 à %2 sur %3. Couples apprenant–module pas commencés : %4.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="247" />
        <source>Folder to save the report in</source>
        <translation>Dossier où enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="281" />
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="283" />
        <source>Saving the report… %1 %</source>
        <translation>Enregistrement du rapport… %1 %</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="109" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="198" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="199" />
        <source>⚠ Stuck</source>
        <translation>⚠ Bloqué</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/progress_tab.py" line="263" />
        <source>Learners' progress</source>
        <translation>Progression des apprenants</translation>
    </message>
</context>
<context>
    <name>QuizPlayer</name>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="51" />
        <source>✎ Your answer is saved; a facilitator will read it.</source>
        <translation>✎ Votre réponse est enregistrée ; un animateur la lira.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="55" />
        <source>✔ Right!</source>
        <translation>✔ Bonne réponse !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="57" />
        <source>◐ Partly right (%1%)</source>
        <translation>◐ En partie juste (%1 %)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="58" />
        <source>✘ Not quite.</source>
        <translation>✘ Pas tout à fait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="90" />
        <source>⌂ Home</source>
        <translation>⌂ Accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="90" />
        <source>Leave the quiz and go home</source>
        <translation>Quitter le quiz et revenir à l’accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="96" />
        <source>Quiz progress</source>
        <translation>Avancement du quiz</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="116" />
        <source>Feedback</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="165" />
        <source>Quiz finished</source>
        <translation>Quiz terminé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="173" />
        <location filename="../../kiosk/ui/quiz_player.py" line="178" />
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="179" />
        <source>↻ Try again</source>
        <translation>↻ Recommencer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="180" />
        <source>⌂ Back home</source>
        <translation>⌂ Retour à l’accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="196" />
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="206" />
        <source>Continue →</source>
        <translation>Continuer →</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="206" />
        <source>Check answer</source>
        <translation>Vérifier la réponse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="242" />
        <source>See my results</source>
        <translation>Voir mes résultats</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="242" />
        <source>Next question →</source>
        <translation>Question suivante →</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="257" />
        <source>The right answer: %1</source>
        <translation>La bonne réponse : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="259" />
        <source>The right answer:</source>
        <translation>La bonne réponse :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="317" />
        <source>Your answers are saved; a facilitator will read them.</source>
        <translation>Vos réponses sont enregistrées ; un animateur les lira.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/quiz_player.py" line="322" />
        <source>You scored %1 out of %2 (%3%).</source>
        <translation>Vous avez obtenu %1 sur %2 (%3 %).</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="102" />
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="105" />
        <source>Read this page</source>
        <translation>Lire cette page</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="103" />
        <source>Stop reading aloud</source>
        <translation>Arrêter la lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="106" />
        <source>Read this page aloud</source>
        <translation>Lire cette page à voix haute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="116" />
        <source>slow</source>
        <translation>lente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="117" />
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="118" />
        <source>fast</source>
        <translation>rapide</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="120" />
        <source>Speed: %1</source>
        <translation>Vitesse : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/speakers.py" line="122" />
        <source>Reading speed: %1. Press to change.</source>
        <translation>Vitesse de lecture : %1. Appuyez pour la changer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/lesson.py" line="140" />
        <source>Read aloud: %1</source>
        <translation>Lire à voix haute : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/quiz.py" line="69" />
        <source>Read the question aloud</source>
        <translation>Lire la question à voix haute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/quiz.py" line="72" />
        <source>Read the feedback aloud</source>
        <translation>Lire le commentaire à voix haute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud/quiz.py" line="145" />
        <source>Read choice %1 aloud</source>
        <translation>Lire le choix %1 à voix haute</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="41" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="45" />
        <source>Learners cannot leave the app</source>
        <translation>Les apprenants ne peuvent pas quitter l’application</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="46" />
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="50" />
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="55" />
        <source>Change facilitator PIN</source>
        <translation>Changer le code animateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="64" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="65" />
        <source>Kiosk name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="66" />
        <source>Verify URL</source>
        <translation>Adresse de vérification</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="67" />
        <source>Log out after</source>
        <translation>Déconnexion après</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="68" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="69" />
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="71" />
        <source>Full-screen lock</source>
        <translation>Verrouillage plein écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="72" />
        <source>Current facilitator PIN</source>
        <translation>Code animateur actuel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="73" />
        <source>New facilitator PIN</source>
        <translation>Nouveau code animateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="101" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="102" />
        <source>Last synced with the registry: %1</source>
        <translation>Dernière synchronisation avec le registre : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="119" />
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/facilitator/settings_tab.py" line="129" />
        <source>The facilitator PIN is changed.</source>
        <translation>Le code animateur est changé.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="46" />
        <source>Welcome! Let's set up this kiosk</source>
        <translation>Bienvenue ! Installons ce poste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="47" />
        <source>This takes under a minute. Only the facilitator needs to do it.</source>
        <translation>Cela prend moins d’une minute. Seul l’animateur doit le faire.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="49" />
        <source>e.g. Riverside Community Centre</source>
        <translation>ex. Centre social des Berges</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="50" />
        <source>e.g. Library computer 2</source>
        <translation>ex. Ordinateur 2 de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="51" />
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="52" />
        <source>the same digits again</source>
        <translation>les mêmes chiffres encore</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="56" />
        <source>Enrolment file, or the key (z6Mk…)</source>
        <translation>Fichier d’inscription, ou la clé (z6Mk…)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="59" />
        <source>Without your organisation's key, this kiosk checks only its own certificates and cannot sync.</source>
        <translation>Sans la clé de votre organisation, ce kiosque ne vérifie que ses propres certificats et ne peut pas se synchroniser.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="63" />
        <source>Organisation key fingerprint</source>
        <translation>Empreinte de la clé de l’organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="71" />
        <location filename="../../kiosk/ui/setup_screen.py" line="84" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="72" />
        <location filename="../../kiosk/ui/setup_screen.py" line="85" />
        <source>Kiosk name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="73" />
        <location filename="../../kiosk/ui/setup_screen.py" line="86" />
        <source>Facilitator PIN</source>
        <translation>Code animateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="74" />
        <source>PIN again</source>
        <translation>Code, encore</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="75" />
        <location filename="../../kiosk/ui/setup_screen.py" line="88" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="76" />
        <source>Organisation key</source>
        <translation>Clé de l’organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="78" />
        <source>Verify address</source>
        <translation>Adresse de vérification</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="87" />
        <source>Facilitator PIN again</source>
        <translation>Code animateur, encore</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="89" />
        <source>Organisation key: enrolment file or typed key</source>
        <translation>Clé de l’organisation : fichier d’inscription ou clé tapée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="90" />
        <source>Verify address, printed in every certificate's QR code</source>
        <translation>Adresse de vérification, inscrite dans le code QR de chaque certificat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="94" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="96" />
        <source>Finish setup</source>
        <translation>Terminer l’installation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="119" />
        <source>Check that this fingerprint is the one your organisation gave you:</source>
        <translation>Vérifiez que cette empreinte est celle que votre organisation vous a donnée :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup_screen.py" line="131" />
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Les deux codes sont différents. Tapez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../kiosk/core/learners/pins.py" line="29" />
        <source>A PIN is made of digits only (0-9).</source>
        <translation>Un code ne contient que des chiffres (0-9).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/pins.py" line="32" />
        <source>A PIN has %1 to %2 digits; this one has %3.</source>
        <translation>Un code a de %1 à %2 chiffres ; celui-ci en a %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/pins.py" line="46" />
        <source>The facilitator PIN has %1 digits; this one has %2.</source>
        <translation>Le code de l’animateur a %1 chiffres ; celui-ci en a %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="79" />
        <source>Type a name for the learner.</source>
        <translation>Tapez un nom pour l’apprenant.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="82" />
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>Un nom a au plus %1 caractères ; celui-ci en a %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="85" />
        <source>A name cannot contain control characters.</source>
        <translation>Un nom ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="149" />
        <source>No learner called %1.</source>
        <translation>Aucun apprenant ne s’appelle %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="164" />
        <source>This profile is archived; ask the facilitator.</source>
        <translation>Ce profil est archivé ; demandez à l’animateur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="170" />
        <source>Too many wrong PINs. Try again in %1 seconds, or ask the facilitator.</source>
        <translation>Trop de codes erronés. Réessayez dans %1 secondes, ou demandez à l’animateur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="184" />
        <source>Wrong PIN. Too many wrong PINs: wait %1 seconds, or ask the facilitator.</source>
        <translation>Code erroné. Trop de codes erronés : attendez %1 secondes, ou demandez à l’animateur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/profiles.py" line="194" />
        <source>Wrong PIN. Tries left before a short wait: %1.</source>
        <translation>Code erroné. Essais restants avant une courte attente : %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="75" />
        <source>These credentials require each other in a loop, so none can be earned: %1.</source>
        <translation>Ces attestations s’exigent mutuellement en boucle, si bien qu’aucune ne peut être obtenue : %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="123" />
        <source>Master: %1</source>
        <translation>Maîtriser : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="131" />
        <source>Pass the final quiz (%1)</source>
        <translation>Réussir le quiz final (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="134" />
        <source>Pass the final quiz (%1); your best so far is %2</source>
        <translation>Réussir le quiz final (%1) ; votre meilleur score jusqu’ici est %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="145" />
        <source>A facilitator must sign off a practical demonstration</source>
        <translation>Un animateur doit valider une démonstration pratique</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="156" />
        <source>Earn: %1 first</source>
        <translation>Obtenir d’abord : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/credentials.py" line="158" />
        <source>Earn: %1 first (its pack is not installed)</source>
        <translation>Obtenir d’abord : %1 (son pack n’est pas installé)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="25" />
        <source>organisation's name</source>
        <translation>nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="26" />
        <source>kiosk's name</source>
        <translation>nom du kiosque</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="70" />
        <source>Type the %1.</source>
        <translation>Tapez le %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="72" />
        <source>The %1 has at most %2 characters.</source>
        <translation>Le %1 a au plus %2 caractères.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="79" />
        <source>Unknown language %1; choose one of: %2.</source>
        <translation>Langue inconnue %1 ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="90" />
        <source>The verify URL must start with https:// and name a host; got %1.</source>
        <translation>L’adresse de vérification doit commencer par https:// et nommer un hôte ; reçu %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="94" />
        <source>The verify URL may not contain '?' or '#'.</source>
        <translation>L’adresse de vérification ne peut pas contenir « ? » ni « # ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="102" />
        <source>The idle time-out must be between %1 seconds and %2 minutes.</source>
        <translation>Le délai d’inactivité doit être compris entre %1 secondes et %2 minutes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="131" />
        <source>This kiosk is already set up; change its settings in facilitator mode.</source>
        <translation>Ce kiosque est déjà configuré ; modifiez ses réglages en mode animateur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="175" />
        <source>Too many wrong facilitator PINs. Try again in %1 seconds.</source>
        <translation>Trop de codes animateur erronés. Réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="190" />
        <source>Wrong facilitator PIN. Too many wrong PINs: wait %1 seconds.</source>
        <translation>Code animateur erroné. Trop de codes erronés : attendez %1 secondes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="204" />
        <source>The current facilitator PIN is wrong; the PIN was not changed.</source>
        <translation>Le code animateur actuel est erroné ; le code n’a pas été changé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/setup.py" line="244" />
        <source>The text size is one of %1.</source>
        <translation>La taille du texte est l’une de : %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/making.py" line="95" />
        <source>The signing key is saved only in an encrypted backup: give a passphrase.</source>
        <translation>La clé de signature n’est enregistrée que dans une sauvegarde chiffrée : donnez une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/making.py" line="99" />
        <source>A backup passphrase has at least %1 characters.</source>
        <translation>Une phrase secrète de sauvegarde a au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/making.py" line="114" />
        <source>Could not write the backup to %1: %2.</source>
        <translation>Impossible d’écrire la sauvegarde dans %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="59" />
        <source>This file is not a Kiosk backup.</source>
        <translation>Ce fichier n’est pas une sauvegarde Kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="64" />
        <source>This backup was made by an older Kiosk and carries no signature, so it cannot be told from a forgery; nothing was changed. Make a new backup with this version.</source>
        <translation>Cette sauvegarde a été faite par un Kiosk plus ancien et ne porte aucune signature : impossible de la distinguer d’une contrefaçon ; rien n’a été modifié. Faites une nouvelle sauvegarde avec cette version.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="74" />
        <source>This backup was made by a different Kiosk version (format %1); it cannot be restored here.</source>
        <translation>Cette sauvegarde vient d’une autre version de Kiosk (format %1) ; elle ne peut pas être restaurée ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="102" />
        <source>This backup's signature does not match: it is damaged, or was changed or forged; nothing was changed.</source>
        <translation>La signature de cette sauvegarde ne correspond pas : elle est abîmée, modifiée ou contrefaite ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="57" />
        <location filename="../../kiosk/core/backup/reading.py" line="76" />
        <source>This backup holds an unexpected or unsafe file name %1; nothing was changed.</source>
        <translation>Cette sauvegarde contient un nom de fichier inattendu ou dangereux %1 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="68" />
        <source>This backup holds more than %1 files; nothing was changed.</source>
        <translation>Cette sauvegarde contient plus de %1 fichiers ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="90" />
        <source>This backup unpacks to far more than its size (a zip bomb?); nothing was changed.</source>
        <translation>Cette sauvegarde se décompresse en bien plus que sa taille (une bombe zip ?) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="83" />
        <source>This backup is encrypted: type its passphrase.</source>
        <translation>Cette sauvegarde est chiffrée : tapez sa phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="92" />
        <source>Wrong passphrase, or the backup is damaged; nothing was changed.</source>
        <translation>Phrase secrète erronée, ou sauvegarde endommagée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="95" />
        <source>This file is not a Kiosk backup (unknown kind).</source>
        <translation>Ce fichier n’est pas une sauvegarde Kiosk (type inconnu).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="105" />
        <location filename="../../kiosk/core/backup/reading.py" line="109" />
        <source>This backup is damaged or incomplete; nothing was changed.</source>
        <translation>Cette sauvegarde est endommagée ou incomplète ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="113" />
        <source>This backup has no database in it; nothing was changed.</source>
        <translation>Cette sauvegarde ne contient pas de base de données ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="118" />
        <location filename="../../kiosk/core/backup/reading.py" line="126" />
        <source>The database in this backup is damaged; nothing was changed.</source>
        <translation>La base de données de cette sauvegarde est endommagée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="130" />
        <source>This backup was made by a newer Kiosk; install it to restore this backup.</source>
        <translation>Cette sauvegarde vient d’un Kiosk plus récent ; installez-le pour restaurer cette sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="140" />
        <source>The key in this backup is not the one that signed it; nothing was changed.</source>
        <translation>La clé contenue dans cette sauvegarde n’est pas celle qui l’a signée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="158" />
        <source>The database in this backup holds %1 %2, which Kiosk never makes; nothing was changed.</source>
        <translation>La base de données de cette sauvegarde contient %1 %2, que Kiosk ne crée jamais ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="180" />
        <source>This backup names a pack %1 that is not a pack id; nothing was changed.</source>
        <translation>Cette sauvegarde nomme un module %1 qui n’est pas un identifiant de module ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/reading.py" line="185" />
        <source>This backup lacks the files of the pack %1; nothing was changed.</source>
        <translation>Il manque à cette sauvegarde les fichiers du module %1 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="114" />
        <source>%1 is larger than a Kiosk backup can be; nothing was changed.</source>
        <translation>%1 est plus gros qu’une sauvegarde Kiosk ne peut l’être ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/format.py" line="119" />
        <source>Could not read the backup %1: %2.</source>
        <translation>Impossible de lire la sauvegarde %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/restoring.py" line="43" />
        <source>This backup was made by another kiosk, %1 (key %2) of %3, on %4.</source>
        <translation>Cette sauvegarde a été faite par un autre kiosque, %1 (clé %2) de %3, le %4.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/restoring.py" line="52" />
        <source>%1 Set this kiosk up with its organisation's key and sync first; nothing was changed.</source>
        <translation>%1 Configurez d’abord ce kiosque avec la clé de son organisation et synchronisez-le ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/restoring.py" line="62" />
        <source>%1 Its key is not approved on your organisation's list; nothing was changed.</source>
        <translation>%1 Sa clé ne figure pas parmi les clés approuvées par votre organisation ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/restoring.py" line="69" />
        <source>%1 To restore it here, type the facilitator PIN.</source>
        <translation>%1 Pour la restaurer ici, tapez le code de l’animateur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/restoring.py" line="71" />
        <source>%1 The facilitator PIN is wrong; nothing was changed.</source>
        <translation>%1 Le code de l’animateur est faux ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/backup/restoring.py" line="155" />
        <source>Could not finish restoring the backup (%1); it will be finished when the kiosk starts again.</source>
        <translation>Impossible de terminer la restauration de la sauvegarde (%1) ; elle sera terminée au prochain démarrage du kiosque.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="34" />
        <source>A score is a percentage from 0 to 100; got %1.</source>
        <translation>Un score est un pourcentage de 0 à 100 ; reçu %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="53" />
        <source>The award method is 'mastery' or 'facilitator', not %1.</source>
        <translation>La méthode d’attribution est « mastery » ou « facilitator », pas %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="66" />
        <source>The organisation withdrew this kiosk's key on %1, so its certificates would not be valid. Make a new key (kiosk key rotate) and ask the organisation to approve it.</source>
        <translation>L’organisation a retiré la clé de ce kiosque le %1 : ses certificats ne seraient pas valables. Créez une nouvelle clé (kiosk key rotate) et demandez à l’organisation de l’approuver.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="112" />
        <source>Could not find a free credential number; try again.</source>
        <translation>Aucun numéro d’attestation libre trouvé ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="151" />
        <source>Certificate %1 was signed with this kiosk's former key, so a revocation made here would never reach the registry; ask the organisation to revoke it there (kiosk registry revoke %1).</source>
        <translation>Le certificat %1 a été signé avec l’ancienne clé de ce kiosque : une révocation faite ici n’atteindrait jamais le registre ; demandez à l’organisation de le révoquer là-bas (kiosk registry revoke %1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="162" />
        <source>Credential %1 was already revoked on %2.</source>
        <translation>L’attestation %1 a déjà été révoquée le %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="169" />
        <source>A reason has at most %1 characters.</source>
        <translation>Un motif a au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/issuing.py" line="279" />
        <source>The key %1 that signed %2 is not known on this kiosk.</source>
        <translation>La clé %1 qui a signé %2 est inconnue sur ce kiosque.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/review.py" line="67" />
        <source>A mark is a percentage from 0 to 100.</source>
        <translation>Une note est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/review.py" line="70" />
        <source>This answer was already marked.</source>
        <translation>Cette réponse a déjà été notée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/review.py" line="106" />
        <source>This learner has not met the other requirements of that credential yet.</source>
        <translation>Cet apprenant ne remplit pas encore les autres conditions de cette attestation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/admin.py" line="59" />
        <source>Choose two different learners to merge.</source>
        <translation>Choisissez deux apprenants différents à fusionner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/learners/admin.py" line="63" />
        <source>%1 is archived; merge into a profile in use.</source>
        <translation>%1 est archivé ; fusionnez vers un profil en service.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="92" />
        <source>%1 refused: it needs Kiosk %2 or newer (this is %3).</source>
        <translation>%1 refusé : il faut Kiosk %2 ou plus récent (celui-ci est %3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="103" />
        <source>%1 refused: %2; approve it with 'kiosk pack trust FINGERPRINT' if the publisher confirms it.</source>
        <translation>%1 refusé : %2 ; approuvez-le avec « kiosk pack trust FINGERPRINT » si l’éditeur la confirme.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="116" />
        <source>%1 refused: the installed %2 was signed by key %3, this one by %4; another publisher cannot replace a pack (use force if this is intended).</source>
        <translation>%1 refusé : le pack installé %2 a été signé par la clé %3, celui-ci par %4 ; un autre éditeur ne peut pas remplacer un pack (forcez si c’est voulu).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="129" />
        <source>%1 refused: version %2 of %3 is installed and this is %4; only a newer version upgrades it (use force to reinstall or go back).</source>
        <translation>%1 refusé : la version %2 de %3 est installée et celle-ci est %4 ; seule une version plus récente la met à jour (forcez pour réinstaller ou revenir en arrière).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="196" />
        <source>There is no pack file at %1.</source>
        <translation>Il n’y a pas de fichier de pack à %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="208" />
        <source>Could not copy the pack from %1: %2.</source>
        <translation>Impossible de copier le pack depuis %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="239" />
        <source>Could not write the pack to this computer's disk: %1.</source>
        <translation>Impossible d’écrire le pack sur le disque de cet ordinateur : %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="299" />
        <source>%1 is not a pack id; nothing was removed.</source>
        <translation>%1 n’est pas un identifiant de module ; rien n’a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="311" />
        <source>The original file of %1 is missing; import the pack again to export it.</source>
        <translation>Le fichier d’origine de %1 manque ; importez à nouveau le pack pour l’exporter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/library.py" line="323" />
        <source>Could not write %1 to %2: %3.</source>
        <translation>Impossible d’écrire %1 dans %2 : %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/definitions.py" line="74" />
        <source>%1 names credentials in several packs; use '&lt;pack id&gt;/%2'.</source>
        <translation>%1 désigne des attestations de plusieurs packs ; utilisez « &lt;id du pack&gt;/%2 ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/definitions.py" line="81" />
        <source>No installed pack offers a credential %1 (see 'kiosk pack list').</source>
        <translation>Aucun pack installé ne propose d’attestation %1 (voir « kiosk pack list »).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="83" />
        <location filename="../../kiosk/core/packs/library.py" line="111" />
        <source>%1 refused: %2.</source>
        <translation>%1 refusé : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="89" />
        <source>it holds %1 files; at most %2 are allowed</source>
        <translation>il contient %1 fichiers ; %2 au plus sont permis</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="100" />
        <source>the file %1 appears twice</source>
        <translation>le fichier %1 apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="106" />
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="106" />
        <source>not a plain file</source>
        <translation>autre chose qu’un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="108" />
        <source>the entry %1 is %2</source>
        <translation>l’entrée %1 est %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="110" />
        <source>the file %1 is encrypted</source>
        <translation>le fichier %1 est chiffré</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="114" />
        <source>the file %1 uses a compression the kiosk does not read</source>
        <translation>le fichier %1 utilise une compression que le kiosque ne lit pas</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="120" />
        <source>the file %1 is %2 bytes; at most %3 are allowed</source>
        <translation>le fichier %1 fait %2 octets ; %3 au plus sont permis</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="130" />
        <source>the file %1 expands more than %2 times (a zip bomb?)</source>
        <translation>le fichier %1 grossit plus de %2 fois en se décompressant (une bombe zip ?)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="139" />
        <source>its files add up to more than %1 MB</source>
        <translation>ses fichiers dépassent %1 Mo au total</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="144" />
        <source>it has no %1 (%2)</source>
        <translation>il n’a pas de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="150" />
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="154" />
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n’est pas du JSON valide : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="175" />
        <location filename="../../kiosk/core/quiz/__init__.py" line="39" />
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="178" />
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="183" />
        <source>it is not a pack (not a zip file, or cut short)</source>
        <translation>ce n’est pas un pack (pas un fichier zip, ou coupé avant la fin)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="185" />
        <location filename="../../kiosk/core/packs/archive.py" line="229" />
        <location filename="../../kiosk/core/packs/archive.py" line="345" />
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="191" />
        <source>its manifest or signature is not a JSON object</source>
        <translation>son manifeste ou sa signature n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="201" />
        <source>invalid manifest: %1 (and %2 more)</source>
        <translation>manifeste invalide : %1 (et %2 de plus)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="203" />
        <source>invalid manifest: %1</source>
        <translation>manifeste invalide : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="210" />
        <source>the file %1 is not listed in the manifest</source>
        <translation>le fichier %1 n’est pas listé dans le manifeste</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="216" />
        <source>the listed file %1 is missing</source>
        <translation>le fichier listé %1 manque</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="222" />
        <source>the file %1 does not have the size its manifest gives</source>
        <translation>le fichier %1 n’a pas la taille donnée par son manifeste</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="276" />
        <source>the file %1 is longer than its manifest says</source>
        <translation>le fichier %1 est plus long que ne le dit son manifeste</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/archive.py" line="291" />
        <source>the file %1 does not match its hash (it was changed or damaged)</source>
        <translation>le fichier %1 ne correspond pas à son empreinte (il a été modifié ou endommagé)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="55" />
        <source>%1 is not an http:// or https:// address.</source>
        <translation>%1 n’est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="72" />
        <source>Could not fetch the catalog %1: %2.</source>
        <translation>Impossible de récupérer le catalogue %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="76" />
        <source>The catalog %1 is larger than %2 KB.</source>
        <translation>Le catalogue %1 dépasse %2 Ko.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="81" />
        <source>The catalog %1 is not valid JSON.</source>
        <translation>Le catalogue %1 n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="84" />
        <source>The catalog %1 is not a list of packs.</source>
        <translation>Le catalogue %1 n’est pas une liste de packs.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="100" />
        <source>The catalog %1 has an entry that is not a pack (%2).</source>
        <translation>Le catalogue %1 a une entrée qui n’est pas un pack (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="108" />
        <source>The catalog %1 has an entry with a bad id or sha256 (%2).</source>
        <translation>Le catalogue %1 a une entrée avec un id ou un sha256 invalide (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="115" />
        <source>The catalog %1 lists %2 with an impossible size.</source>
        <translation>Le catalogue %1 indique pour %2 une taille impossible.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="164" />
        <location filename="../../kiosk/core/packs/download.py" line="176" />
        <source>%1 is larger than %2 MB; not downloaded.</source>
        <translation>%1 dépasse %2 Mo ; pas téléchargé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="192" />
        <source>The server refused %1: HTTP %2 %3.</source>
        <translation>Le serveur a refusé %1 : HTTP %2 %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="205" />
        <source>Could not download %1 after %2 tries (%3); run the command again to resume.</source>
        <translation>Impossible de télécharger %1 après %2 essais (%3) ; relancez pour reprendre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="217" />
        <source>Could not download all of %1 (%2 of %3 bytes); run the command again to resume.</source>
        <translation>Impossible de télécharger tout %1 (%2 octets sur %3) ; relancez pour reprendre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/download.py" line="234" />
        <source>%1 does not match the catalog's SHA-256 (damaged on the way); it was deleted.</source>
        <translation>%1 ne correspond pas au SHA-256 du catalogue (abîmé en route) ; il a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="45" />
        <source>%1 is not a key fingerprint (32 hex digits).</source>
        <translation>%1 n’est pas une empreinte de clé (32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="58" />
        <source>The public key is not valid base64.</source>
        <translation>La clé publique n’est pas du base64 valide.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="60" />
        <source>The public key is not a 32-byte Ed25519 key.</source>
        <translation>La clé publique n’est pas une clé Ed25519 de 32 octets.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="74" />
        <source>%1 already exists; choose another name (a key is never overwritten).</source>
        <translation>%1 existe déjà ; choisissez un autre nom (une clé n’est jamais écrasée).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="90" />
        <source>Cannot read the key file %1: %2.</source>
        <translation>Impossible de lire le fichier de clé %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="96" />
        <source>%1 is not an unencrypted Ed25519 private key file.</source>
        <translation>%1 n’est pas un fichier de clé privée Ed25519 non chiffrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="100" />
        <source>%1 holds a key of another kind; packs are signed with Ed25519.</source>
        <translation>%1 contient une clé d’un autre type ; les packs sont signés avec Ed25519.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="128" />
        <source>The pack's signature is missing its Ed25519 algorithm name.</source>
        <translation>Il manque à la signature du pack le nom de son algorithme Ed25519.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="133" />
        <source>The pack's signature file is damaged.</source>
        <translation>Le fichier de signature du pack est endommagé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="136" />
        <source>The pack's signature names a key id that does not match its public key.</source>
        <translation>La signature du pack donne un id de clé qui ne correspond pas à sa clé publique.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/keys.py" line="143" />
        <source>The pack's signature does not match its manifest (key %1): it was changed after signing.</source>
        <translation>La signature du pack ne correspond pas à son manifeste (clé %1) : il a été modifié après la signature.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/reading.py" line="78" />
        <source>The pack %1 has no file %2; import it again.</source>
        <translation>Le pack %1 n’a pas de fichier %2 ; importez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/reading.py" line="162" />
        <source>The pack %1 has no quiz %2.</source>
        <translation>Le pack %1 n’a pas de quiz %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="77" />
        <source>A quiz draws at least one question.</source>
        <translation>Un quiz tire au moins une question.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="185" />
        <source>This quiz has no questions.</source>
        <translation>Ce quiz n’a pas de questions.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="240" />
        <source>This quiz is already finished.</source>
        <translation>Ce quiz est déjà terminé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="242" />
        <source>This question is already answered.</source>
        <translation>Cette question a déjà une réponse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/engine.py" line="255" />
        <source>Answer this question first.</source>
        <translation>Répondez d’abord à cette question.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/learners.py" line="25" />
        <source>A learner called %1 already exists; add a surname or an initial.</source>
        <translation>Un apprenant appelé %1 existe déjà ; ajoutez un nom de famille ou une initiale.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/learners.py" line="36" />
        <source>No learner with id %1.</source>
        <translation>Aucun apprenant avec l’id %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/packs.py" line="48" />
        <source>No pack with id %1 is installed.</source>
        <translation>Aucun pack avec l’id %1 n’est installé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/credentials.py" line="44" />
        <source>No issued credential with id %1 (see 'kiosk credential list').</source>
        <translation>Aucune attestation délivrée avec l’id %1 (voir « kiosk credential list »).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/answers.py" line="39" />
        <source>No quiz attempt %1 for this learner.</source>
        <translation>Aucune tentative de quiz %1 pour cet apprenant.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/answers.py" line="61" />
        <source>This quiz is already finished; start it again to answer.</source>
        <translation>Ce quiz est déjà terminé ; recommencez-le pour répondre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/answers.py" line="179" />
        <source>No essay answer %1.</source>
        <translation>Aucune réponse rédigée %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/answers.py" line="191" />
        <source>No answer %1.</source>
        <translation>Aucune réponse %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/storage/repo/answers.py" line="200" />
        <source>No quiz attempt %1.</source>
        <translation>Aucune tentative de quiz %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="123" />
        <source>Paper is 'a4' or 'letter', not %1.</source>
        <translation>Le papier est « a4 » ou « letter », pas %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="142" />
        <source>REVOKED</source>
        <translation>RÉVOQUÉ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="144" />
        <source>DEMONSTRATION</source>
        <translation>DÉMONSTRATION</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="157" />
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="160" />
        <source>Micro-credential</source>
        <translation>Micro-certification</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="168" />
        <source>REVOKED on %1: this certificate is no longer valid.</source>
        <translation>RÉVOQUÉ le %1 : ce certificat n’est plus valable.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="173" />
        <source>DEMONSTRATION: not a qualification (a sample pack).</source>
        <translation>DÉMONSTRATION : pas une qualification (module d’exemple).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="176" />
        <source>This certifies that</source>
        <translation>Nous certifions que</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="184" />
        <source>was assessed by a facilitator and has earned</source>
        <translation>a été évalué(e) par un animateur et a obtenu</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="186" />
        <source>has earned</source>
        <translation>a obtenu</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="196" />
        <source>Skills shown:</source>
        <translation>Compétences démontrées :</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="201" />
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="208" />
        <source>Issued on %1</source>
        <translation>Délivré le %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="210" />
        <source>score %1%</source>
        <translation>score %1 %</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="212" />
        <source>kiosk %1</source>
        <translation>kiosque %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="216" />
        <source>Issued by %1</source>
        <translation>Délivré par %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="236" />
        <source>Facilitator's signature</source>
        <translation>Signature de l’animateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="239" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="243" />
        <source>Check this certificate</source>
        <translation>Vérifier ce certificat</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="250" />
        <source>Scan the QR code with a phone, or go to %1 and type the code:</source>
        <translation>Scannez le code QR avec un téléphone, ou allez sur %1 et tapez le code :</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/pdf.py" line="260" />
        <source>Credential %1 · kiosk key %2</source>
        <translation>Attestation %1 · clé du kiosque %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="124" />
        <source>links to the web (%1); packs work offline, so copy what is needed into the pack</source>
        <translation>renvoie vers le web (%1) ; les packs fonctionnent hors ligne, copiez donc dans le pack ce qu’il faut</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="129" />
        <source>has a link the kiosk cannot follow (%1)</source>
        <translation>a un lien que le kiosque ne peut pas suivre (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="131" />
        <location filename="../../kiosk/core/packs/content.py" line="134" />
        <source>links outside the pack (%1)</source>
        <translation>renvoie hors du pack (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="144" />
        <source>%1 is not UTF-8 text</source>
        <translation>%1 n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="146" />
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="157" />
        <source>%1 contains raw HTML (%2); use Markdown only</source>
        <translation>%1 contient du HTML brut (%2) ; n’utilisez que du Markdown</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="162" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="166" />
        <source>%1 links to %2 that is not in the pack (%3)</source>
        <translation>%1 renvoie vers %2 qui n’est pas dans le pack (%3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="170" />
        <source>%1 shows %2 as an image, but it is not one</source>
        <translation>%1 affiche %2 comme une image, mais ce n’en est pas une</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="63" />
        <source>INVALID: No QR code could be read in %1.</source>
        <translation>INVALIDE : aucun code QR n’a pu être lu dans %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="66" />
        <location filename="../../kiosk/core/packs/build.py" line="230" />
        <location filename="../../kiosk/core/packs/content.py" line="201" />
        <location filename="../../kiosk/core/packs/content.py" line="210" />
        <location filename="../../kiosk/core/packs/content.py" line="211" />
        <location filename="../../kiosk/core/packs/format.py" line="170" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="70" />
        <source>INVALID: %1 of the %2 certificate codes in %3 could not be confirmed.</source>
        <translation>INVALIDE : %1 des %2 codes de certificat de %3 n’ont pas pu être confirmés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="77" />
        <source>VALID (DEMONSTRATION, not a qualification): all %1 certificate codes in %2 are genuine.</source>
        <translation>VALIDE (DÉMONSTRATION, pas une qualification) : les %1 codes de certificat de %2 sont authentiques.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="83" />
        <source>VALID: all %1 certificate codes in %2 are genuine.</source>
        <translation>VALIDE : les %1 codes de certificat de %2 sont authentiques.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="97" />
        <source>This is not a certificate code this Kiosk can read (%1).</source>
        <translation>Ce n’est pas un code de certificat que ce Kiosk sait lire (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="100" />
        <source>It is dated %1, more than a day from now: no genuine kiosk issues that.</source>
        <translation>Il est daté du %1, plus d’un jour dans le futur : aucun kiosque authentique ne délivre cela.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="108" />
        <source>Signed by kiosk key %1. This kiosk is not enrolled with an organisation, so it trusts only its own certificates; check online or enrol this kiosk.</source>
        <translation>Signé par la clé de kiosque %1. Ce kiosque n’est inscrit auprès d’aucune organisation et ne fait confiance qu’à ses propres certificats ; vérifiez en ligne ou inscrivez ce kiosque.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="116" />
        <source>Signed by kiosk key %1, which is not on the organisation's list this kiosk holds.</source>
        <translation>Signé par la clé de kiosque %1, absente de la liste de l’organisation que détient ce kiosque.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="122" />
        <source>The signature does not match: this certificate was changed or forged.</source>
        <translation>La signature ne correspond pas : ce certificat a été modifié ou contrefait.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="125" />
        <source>Signed by a withdrawn kiosk key (%1, withdrawn on %2), and the organisation had not received this certificate before then.</source>
        <translation>Signé par une clé de kiosque retirée (%1, retirée le %2), et l’organisation n’avait pas reçu ce certificat avant cette date.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="135" />
        <source>This kiosk issued a different certificate under the id %1: this one is not it.</source>
        <translation>Ce kiosque a délivré un autre certificat sous l’identifiant %1 : ce n’est pas celui-ci.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="142" />
        <source>Genuine, but revoked on %1.</source>
        <translation>Authentique, mais révoqué le %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="145" />
        <source>Genuine: signed by a trusted kiosk key. %1</source>
        <translation>Authentique : signé par une clé de kiosque de confiance. %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="153" />
        <source>Not revoked on this kiosk; it holds no list from its organisation, so a revocation made elsewhere would not show here.</source>
        <translation>Non révoqué sur ce kiosque ; il ne détient aucune liste de son organisation, une révocation faite ailleurs n’apparaîtrait donc pas ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="160" />
        <source>Not revoked as of this kiosk's trust list of %1 (UTC).</source>
        <translation>Non révoqué selon la liste de confiance de ce kiosque du %1 (UTC).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="230" />
        <source>%1 is not a readable PDF.</source>
        <translation>%1 n’est pas un PDF lisible.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="234" />
        <source>%1 has no page %2.</source>
        <translation>%1 n’a pas de page %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="237" />
        <source>%1 has %2 pages; a certificate has at most %3.</source>
        <translation>%1 compte %2 pages ; un certificat en a au plus %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="257" />
        <source>%1 is too large to check (over %2 megapixels); use a smaller photo.</source>
        <translation>%1 est trop grand pour être vérifié (plus de %2 mégapixels) ; utilisez une photo plus petite.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="272" />
        <source>%1 is not an image or a PDF Kiosk can read.</source>
        <translation>%1 n’est pas une image ni un PDF que Kiosk sait lire.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="281" />
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="283" />
        <location filename="../../kiosk/core/quiz/__init__.py" line="35" />
        <source>There is no file %1.</source>
        <translation>Il n’y a pas de fichier %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/verify.py" line="285" />
        <source>%1 is too large to be a certificate or a photo of one.</source>
        <translation>%1 est trop gros pour être un certificat ou sa photo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="230" />
        <source>%1 has no questions</source>
        <translation>%1 n’a pas de questions</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="78" />
        <source>%1 is %2 KB; a lesson has at most %3 KB</source>
        <translation>%1 fait %2 Ko ; une leçon fait %3 Ko au plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="82" />
        <source>%1 has %2 lines; a lesson has at most %3</source>
        <translation>%1 a %2 lignes ; une leçon en a %3 au plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="85" />
        <source>%1 has %2 '[' characters; a lesson has at most %3</source>
        <translation>%1 contient %2 caractères « [ » ; une leçon en a %3 au plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="109" />
        <source>%1 nests lists or quotes %2 deep; at most %3</source>
        <translation>%1 imbrique listes ou citations sur %2 niveaux ; %3 au plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="110" />
        <source>%1 has %2 paragraphs, headings and list items; at most %3</source>
        <translation>%1 a %2 paragraphes, titres et éléments de liste ; %3 au plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="111" />
        <source>%1 has %2 pieces of formatted text; at most %3</source>
        <translation>%1 a %2 morceaux de texte mis en forme ; %3 au plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="112" />
        <source>%1 has %2 links; at most %3</source>
        <translation>%1 a %2 liens ; %3 au plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="113" />
        <source>%1 shows %2 images; at most %3</source>
        <translation>%1 affiche %2 images ; %3 au plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="164" />
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="164" />
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="196" />
        <source>%1 is %2 KB; a quiz in a pack has at most %3 KB</source>
        <translation>%1 fait %2 Ko ; un quiz de module fait %3 Ko au plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="204" />
        <source>%1 has a line of %2 KB; a quiz line has at most %3 KB</source>
        <translation>%1 a une ligne de %2 Ko ; une ligne de quiz fait %3 Ko au plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="214" />
        <source>%1 line %2: question %3 has no [id:...]; questions in a pack need a stable id</source>
        <translation>%1 ligne %2 : la question %3 n’a pas de [id:...] ; les questions d’un module ont besoin d’un identifiant stable</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="227" />
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="44" />
        <location filename="../../kiosk/core/packs/svg.py" line="48" />
        <source>%1 is not UTF-8 text (SVG in a pack is UTF-8)</source>
        <translation>%1 n’est pas du texte UTF-8 (un SVG de module est en UTF-8)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="54" />
        <source>%1 declares a DOCTYPE, entities or processing instructions, which packs do not allow in SVG</source>
        <translation>%1 déclare un DOCTYPE, des entités ou des instructions de traitement, interdits dans les SVG des modules</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="59" />
        <source>%1 declares the encoding %2; SVG in a pack is UTF-8</source>
        <translation>%1 déclare l’encodage %2 ; un SVG de module est en UTF-8</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="66" />
        <source>%1 has more than %2 elements</source>
        <translation>%1 a plus de %2 éléments</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="83" />
        <location filename="../../kiosk/core/packs/svg.py" line="135" />
        <source>%1 is not a well-formed SVG file (%2)</source>
        <translation>%1 n’est pas un fichier SVG bien formé (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="98" />
        <source>%1 has a &lt;use&gt; that refers to itself</source>
        <translation>%1 a un &lt;use&gt; qui renvoie à lui-même</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="113" />
        <source>%1 draws more than %2 elements once its &lt;use&gt; copies are counted</source>
        <translation>%1 dessine plus de %2 éléments en comptant ses copies &lt;use&gt;</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="120" />
        <source>%1 nests its elements too deeply</source>
        <translation>%1 imbrique ses éléments trop profondément</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="128" />
        <source>%1 is larger than %2 KB</source>
        <translation>%1 dépasse %2 Ko</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="137" />
        <source>%1 is not an SVG image</source>
        <translation>%1 n’est pas une image SVG</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="149" />
        <source>%1 contains a &lt;%2&gt; element (scripts and embedded content are refused)</source>
        <translation>%1 contient un élément &lt;%2&gt; (les scripts et contenus intégrés sont refusés)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="155" />
        <source>%1 has a style sheet that refers outside the image</source>
        <translation>%1 a une feuille de style qui renvoie hors de l’image</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="161" />
        <source>%1 has an event attribute %2 (scripts are refused)</source>
        <translation>%1 a un attribut d’événement %2 (les scripts sont refusés)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="166" />
        <location filename="../../kiosk/core/packs/svg.py" line="174" />
        <source>%1 refers to something outside the image (%2)</source>
        <translation>%1 renvoie vers quelque chose hors de l’image (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="169" />
        <source>%1 has a style that refers outside the image</source>
        <translation>%1 a un style qui renvoie hors de l’image</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/svg.py" line="171" />
        <source>%1 has a javascript: value</source>
        <translation>%1 a une valeur javascript:</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="254" />
        <source>%1 is an oversized image (%2 MB; at most %3 MB)</source>
        <translation>%1 est une image trop grande (%2 Mo ; %3 Mo au plus)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="266" />
        <source>%1 is not a readable image</source>
        <translation>%1 n’est pas une image lisible</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="268" />
        <source>%1 is a %2 image with a %3 name</source>
        <translation>%1 est une image %2 avec un nom en %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="272" />
        <source>%1 is an oversized image (%2x%3 px; at most %4x%5)</source>
        <translation>%1 est une image trop grande (%2x%3 px ; %4x%5 au plus)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="290" />
        <source>the recording %1 is not inside media/</source>
        <translation>l’enregistrement %1 n’est pas dans media/</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="294" />
        <source>%1 is an oversized recording (%2 MB; at most %3 MB)</source>
        <translation>%1 est un enregistrement trop gros (%2 Mo ; au plus %3 Mo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/content.py" line="309" />
        <source>%1 is too long a recording (%2 minutes; at most %3)</source>
        <translation>%1 est un enregistrement trop long (%2 minutes ; au plus %3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="89" />
        <source>an empty file name</source>
        <translation>un nom de fichier vide</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="91" />
        <source>the file name %1 contains a backslash</source>
        <translation>le nom de fichier %1 contient une barre oblique inverse</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="93" />
        <source>the file name %1 is an absolute path</source>
        <translation>le nom de fichier %1 est un chemin absolu</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="95" />
        <source>the file name %1 starts with a drive letter</source>
        <translation>le nom de fichier %1 commence par une lettre de lecteur</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="98" />
        <source>the file name %1... is longer than %2 characters</source>
        <translation>le nom de fichier %1… dépasse %2 caractères</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="104" />
        <source>the file name %1 leaves its folder or has an empty part</source>
        <translation>le nom de fichier %1 sort de son dossier ou a une partie vide</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="108" />
        <source>the file %1 is not inside lessons/, quizzes/ or media/</source>
        <translation>le fichier %1 n’est pas dans lessons/, quizzes/ ou media/</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="110" />
        <source>the file name %1 is nested too deeply</source>
        <translation>le nom de fichier %1 est trop profondément imbriqué</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="113" />
        <source>the file name %1 has characters other than a-z, 0-9, '.', '_' and '-'</source>
        <translation>le nom de fichier %1 contient d’autres caractères que a-z, 0-9, « . », « _ » et « - »</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="117" />
        <source>the file %1 is not a kind of file a pack may hold</source>
        <translation>le fichier %1 n’est pas d’un type qu’un pack peut contenir</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="136" />
        <source>%1 is not a version like 1.0.0.</source>
        <translation>%1 n’est pas une version comme 1.0.0.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="169" />
        <source>the manifest</source>
        <translation>le manifeste</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="204" />
        <source>%1 contains a control character (U+%2)</source>
        <translation>%1 contient un caractère de contrôle (U+%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="212" />
        <source>the pack id %1 is not a valid id</source>
        <translation>l’identifiant de module %1 n’est pas valide</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="215" />
        <source>%1 is not a version like 1.0.0</source>
        <translation>%1 n’est pas une version comme 1.0.0</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="219" />
        <source>the id %1 is not a valid id</source>
        <translation>l’identifiant %1 n’est pas valide</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="233" />
        <source>the skill id %1 is used twice</source>
        <translation>l’id de compétence %1 est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="236" />
        <source>the module id %1 is used twice</source>
        <translation>l’id de module %1 est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="239" />
        <source>the credential id %1 is used twice</source>
        <translation>l’id d’attestation %1 est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="243" />
        <source>module %1 names %2, which is not in the pack</source>
        <translation>le module %1 cite %2, qui n’est pas dans le pack</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="245" />
        <source>module %1 names an unknown skill %2</source>
        <translation>le module %1 cite une compétence inconnue %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="249" />
        <source>credential %1 requires an unknown skill %2</source>
        <translation>l’attestation %1 exige une compétence inconnue %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="256" />
        <source>credential %1 names a final quiz %2 that is not in the pack</source>
        <translation>l’attestation %1 cite un quiz final %2 qui n’est pas dans le pack</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="265" />
        <source>skill %1: its mastery rule needs m &lt;= n</source>
        <translation>compétence %1 : sa règle de maîtrise exige m &lt;= n</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/format.py" line="270" />
        <source>the file list names the reserved file %1</source>
        <translation>la liste des fichiers nomme le fichier réservé %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/rotation.py" line="36" />
        <source>Wrong facilitator PIN; the key was not changed.</source>
        <translation>Code de l’animateur faux ; la clé n’a pas été changée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/rotation.py" line="41" />
        <source>%1 certificates and %2 revocations have not reached the registry yet; sync first, or they would be refused once the old key is withdrawn. Nothing was changed.</source>
        <translation>%1 certificats et %2 révocations ne sont pas encore parvenus au registre ; synchronisez d’abord, sinon ils seraient refusés une fois l’ancienne clé retirée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="74" />
        <source>A registry address looks like https://verify.example.org, not %1.</source>
        <translation>Une adresse de registre ressemble à https://verify.example.org, pas à %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="164" />
        <source>Cannot write the bundle to %1 (%2).</source>
        <translation>Impossible d’écrire le lot dans %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="183" />
        <source>The registry refused the sync (HTTP %1): %2</source>
        <translation>Le registre a refusé la synchronisation (HTTP %1) : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="186" />
        <source>Cannot reach the registry at %1 (%2).</source>
        <translation>Impossible de joindre le registre à l’adresse %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="188" />
        <source>The registry's answer is too large.</source>
        <translation>La réponse du registre est trop volumineuse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="192" />
        <source>The address %1 did not answer like a Kiosk registry (%2).</source>
        <translation>L’adresse %1 n’a pas répondu comme un registre Kiosk (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="194" />
        <source>The address %1 did not answer like a Kiosk registry.</source>
        <translation>L’adresse %1 n’a pas répondu comme un registre Kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="240" />
        <source>The registry did not acknowledge everything sent; try the sync again.</source>
        <translation>Le registre n’a pas confirmé tout ce qui a été envoyé ; relancez la synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="252" />
        <source>A batch holds 1 to %1 items.</source>
        <translation>Un lot contient de 1 à %1 éléments.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/client.py" line="257" />
        <source>This kiosk has no organisation key, so it cannot tell its registry from a fake one; enrol it first (kiosk trust pin).</source>
        <translation>Ce kiosque n’a pas de clé d’organisation : il ne peut pas distinguer son registre d’un faux ; inscrivez-le d’abord (kiosk trust pin).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="79" />
        <source>The %1 is not text of at most %2 characters.</source>
        <translation>Le champ « %1 » n’est pas un texte d’au plus %2 caractères.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="85" />
        <source>The %1 is not a public key.</source>
        <translation>Le champ « %1 » n’est pas une clé publique.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="91" />
        <source>The trust list's %1 is not a list.</source>
        <translation>Le champ %1 de la liste de confiance n’est pas une liste.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="92" />
        <source>The trust list holds more than %1 %2.</source>
        <translation>La liste de confiance contient plus de %1 %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="98" />
        <source>Each %1 has exactly: %2.</source>
        <translation>Chaque élément « %1 » contient exactement : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="197" />
        <source>key rotation</source>
        <translation>changement de clé</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="198" />
        <source>old organisation key</source>
        <translation>ancienne clé de l’organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="199" />
        <source>new organisation key</source>
        <translation>nouvelle clé de l’organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="201" />
        <source>rotation time</source>
        <translation>heure du changement de clé</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="236" />
        <location filename="../../kiosk/core/trust/documents.py" line="347" />
        <source>organisation key</source>
        <translation>clé de l’organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="238" />
        <location filename="../../kiosk/core/trust/documents.py" line="250" />
        <location filename="../../kiosk/core/trust/documents.py" line="265" />
        <source>The trust list is malformed (%1); nothing was changed.</source>
        <translation>La liste de confiance est mal formée (%1) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="245" />
        <source>The trust list was altered: its signature does not match; nothing was changed.</source>
        <translation>La liste de confiance a été altérée : sa signature ne correspond pas ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="254" />
        <source>The trust list is signed by key %1, not by this kiosk's organisation (%2); nothing was changed.</source>
        <translation>La liste de confiance est signée par la clé %1, pas par l’organisation de ce kiosque (%2) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="271" />
        <source>the body has unexpected or missing parts</source>
        <translation>le contenu a des parties inattendues ou manquantes</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="275" />
        <source>the sequence number is not a positive whole number</source>
        <translation>le numéro d’ordre n’est pas un nombre entier positif</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="278" />
        <source>kiosk</source>
        <translation>kiosque</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="279" />
        <source>kiosk key</source>
        <translation>clé du kiosque</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="281" />
        <source>the key id %1 does not belong to its key, or appears twice</source>
        <translation>l’identifiant de clé %1 ne correspond pas à sa clé, ou apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="283" />
        <source>withdrawal time</source>
        <translation>heure du retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="286" />
        <source>received_before is a list, and only for a withdrawn key</source>
        <translation>received_before est une liste, et seulement pour une clé retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="289" />
        <source>received_before holds too many entries or one that is not a digest</source>
        <translation>received_before contient trop d’entrées, ou une entrée qui n’est pas une empreinte</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="294" />
        <source>kiosk name</source>
        <translation>nom du kiosque</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="295" />
        <source>approval time</source>
        <translation>heure de l’approbation</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="302" />
        <source>revocation</source>
        <translation>révocation</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="304" />
        <source>a revoked credential id is not like K7Q2M4XA-3FJ5QW2T</source>
        <translation>un identifiant d’attestation révoquée n’a pas la forme K7Q2M4XA-3FJ5QW2T</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="307" />
        <location filename="../../kiosk/core/trust/documents.py" line="348" />
        <source>organisation name</source>
        <translation>nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="309" />
        <location filename="../../kiosk/core/trust/documents.py" line="349" />
        <source>verify URL</source>
        <translation>adresse de vérification</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="311" />
        <source>issue time</source>
        <translation>heure de délivrance</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="346" />
        <source>enrolment</source>
        <translation>inscription</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="351" />
        <source>This is not a Kiosk enrolment file (%1).</source>
        <translation>Ce n’est pas un fichier d’inscription Kiosk (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="353" />
        <source>This enrolment file was changed after it was signed.</source>
        <translation>Ce fichier d’inscription a été modifié après sa signature.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="374" />
        <source>%1 is too large to be an enrolment file.</source>
        <translation>%1 est trop gros pour être un fichier d’inscription.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="375" />
        <source>Could not read the enrolment file %1: %2.</source>
        <translation>Impossible de lire le fichier d’inscription %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="376" />
        <source>%1 is not an enrolment file: %2.</source>
        <translation>%1 n’est pas un fichier d’inscription : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="400" />
        <source>receipt</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="403" />
        <source>The registry's receipt is not signed by this kiosk's organisation (%1).</source>
        <translation>Le reçu du registre n’est pas signé par l’organisation de ce kiosque (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="406" />
        <source>The registry's receipt is for another request.</source>
        <translation>Le reçu du registre concerne une autre demande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/documents.py" line="411" />
        <source>The registry's receipt is malformed.</source>
        <translation>Le reçu du registre est mal formé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="112" />
        <source>Choose the enrolment file, or type the organisation's key.</source>
        <translation>Choisissez le fichier d’inscription, ou tapez la clé de l’organisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="125" />
        <source>This is neither an enrolment file nor an organisation key (a key starts with z6Mk).</source>
        <translation>Ce n’est ni un fichier d’inscription ni une clé d’organisation (une clé commence par z6Mk).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="144" />
        <source>Wrong facilitator PIN; the organisation key was not changed.</source>
        <translation>Code de l’animateur faux ; la clé de l’organisation n’a pas été changée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="161" />
        <source>This kiosk has no organisation key, so it cannot tell a real trust list from a forged one; enrol it first (kiosk trust pin).</source>
        <translation>Ce kiosque n’a pas de clé d’organisation : il ne peut pas distinguer une vraie liste de confiance d’une fausse ; inscrivez-le d’abord (kiosk trust pin).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="174" />
        <source>The trust list is older (number %1) than the one this kiosk holds (number %2); nothing was changed.</source>
        <translation>La liste de confiance est plus ancienne (numéro %1) que celle que ce kiosque détient (numéro %2) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="188" />
        <source>The trust list differs from the one this kiosk holds under the same number %1; nothing was changed.</source>
        <translation>La liste de confiance diffère de celle que ce kiosque détient sous le même numéro %1 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="274" />
        <source>%1 is too large to be a trust list.</source>
        <translation>%1 est trop gros pour être une liste de confiance.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="275" />
        <source>Could not read the trust list %1: %2.</source>
        <translation>Impossible de lire la liste de confiance %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/trust/store.py" line="276" />
        <source>%1 is not a trust list: %2.</source>
        <translation>%1 n’est pas une liste de confiance : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="108" />
        <source>any other number</source>
        <translation>tout autre nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="111" />
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="149" />
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="149" />
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="189" />
        <source>Choose by the number of a choice.</source>
        <translation>Choisissez par le numéro d’une réponse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="192" />
        <source>There is no choice number %1 in this question.</source>
        <translation>Cette question n’a pas de réponse numéro %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="203" />
        <source>An essay answer is text.</source>
        <translation>Une réponse rédigée est un texte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="208" />
        <source>Choose only one answer.</source>
        <translation>Choisissez une seule réponse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="219" />
        <source>Answer True or False.</source>
        <translation>Répondez Vrai ou Faux.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="227" />
        <source>A short answer is text.</source>
        <translation>Une réponse courte est un texte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="239" />
        <source>Match each of the %1 items.</source>
        <translation>Associez chacun des %1 éléments.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/grading.py" line="242" />
        <source>Unknown question type %1.</source>
        <translation>Type de question inconnu : %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/speech/audio.py" line="89" />
        <source>%1 is not an Ogg Vorbis or MP3 recording</source>
        <translation>%1 n’est pas un enregistrement Ogg Vorbis ou MP3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/speech/audio.py" line="92" />
        <location filename="../../kiosk/core/speech/audio.py" line="108" />
        <source>%1 is not a recording the kiosk can play (Ogg Vorbis or MP3)</source>
        <translation>%1 n’est pas un enregistrement que le poste sait lire (Ogg Vorbis ou MP3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/speech/audio.py" line="95" />
        <source>%1 is an empty recording</source>
        <translation>%1 est un enregistrement vide</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/speech/audio.py" line="165" />
        <source>No sound device is working on this computer. Ask the facilitator.</source>
        <translation>Aucun appareil audio ne fonctionne sur cet ordinateur. Demandez à l’animateur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/speech/engine.py" line="104" />
        <location filename="../../kiosk/core/speech/engine.py" line="123" />
        <location filename="../../kiosk/core/speech/engine.py" line="162" />
        <source>Reading aloud does not work on this kiosk. Ask the facilitator.</source>
        <translation>La lecture à voix haute ne fonctionne pas sur ce poste. Demandez à l’animateur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/speech/engine.py" line="143" />
        <location filename="../../kiosk/core/speech/engine.py" line="153" />
        <source>There is no voice for the language %1 on this kiosk.</source>
        <translation>Ce poste n’a pas de voix pour la langue %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/untrusted_json.py" line="88" />
        <source>it is larger than %1 bytes</source>
        <translation>il dépasse %1 octets</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/untrusted_json.py" line="93" />
        <source>it is not valid JSON (not UTF-8 text)</source>
        <translation>ce n’est pas du JSON valide (pas du texte UTF-8)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/untrusted_json.py" line="96" />
        <location filename="../../kiosk/core/untrusted_json.py" line="106" />
        <source>it nests more than %1 levels deep</source>
        <translation>il imbrique plus de %1 niveaux</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/untrusted_json.py" line="99" />
        <source>it has a number with more than %1 digits, or too large</source>
        <translation>il contient un nombre de plus de %1 chiffres, ou trop grand</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/untrusted_json.py" line="104" />
        <source>%1 is not a JSON number</source>
        <translation>%1 n’est pas un nombre JSON</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/untrusted_json.py" line="108" />
        <source>it is not valid JSON (%1)</source>
        <translation>ce n’est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/next_step.py" line="91" />
        <source>Next: ask the facilitator to watch you show what you learned in “%1”, to earn “%2”.</source>
        <translation>Prochaine étape : demandez à l’animateur de vous regarder montrer ce que vous avez appris dans « %1 », pour obtenir « %2 ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/next_step.py" line="119" />
        <source>Time to review “%1”: in “%2”, take the quiz “%3” again.</source>
        <translation>C’est le moment de réviser « %1 » : dans « %2 », refaites le quiz « %3 ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/next_step.py" line="131" />
        <source>Next: in “%1”, read the lessons “%2”, then take the quiz.</source>
        <translation>Prochaine étape : dans « %1 », lisez les leçons « %2 », puis faites le quiz.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/next_step.py" line="135" />
        <source>Next: in “%1”, take the quiz “%2”.</source>
        <translation>Prochaine étape : dans « %1 », faites le quiz « %2 ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/next_step.py" line="139" />
        <source>Next: in “%1”, take the quiz “%2” again, to master “%3”.</source>
        <translation>Prochaine étape : dans « %1 », refaites le quiz « %2 » pour maîtriser « %3 ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/next_step.py" line="165" />
        <source>Next: in “%1”, pass the quiz “%2” (%3 or more) to earn “%4”.</source>
        <translation>Prochaine étape : dans « %1 », réussissez le quiz « %2 » (%3 ou plus) pour obtenir « %4 ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/news.py" line="68" />
        <source>“%1” in “%2” is no longer mastered: your answers were looked at again. Take its quiz again to get it back.</source>
        <translation>« %1 » dans « %2 » n’est plus maîtrisé : vos réponses ont été revues. Refaites son quiz pour le retrouver.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/news.py" line="82" />
        <source>Your certificate “%1” was revoked on %2: it is no longer valid. Ask the facilitator why.</source>
        <translation>Votre certificat « %1 » a été révoqué le %2 : il n’est plus valable. Demandez pourquoi à l’animateur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="275" />
        <location filename="../../kiosk/core/packs/build.py" line="237" />
        <source>Could not write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="300" />
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="301" />
        <source>Pack</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="302" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="303" />
        <source>Skills mastered</source>
        <translation>Compétences maîtrisées</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="304" />
        <source>Answers (%1 days)</source>
        <translation>Réponses (%1 jours)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="305" />
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="306" />
        <source>Stuck?</source>
        <translation>Bloqué ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="308" />
        <source>Stuck: at least %1 answers in a pack in the last %2 days and no new skill mastered in that time. %3 learner and pack pairs not started are not listed. Made %4.</source>
        <translation>Bloqué : au moins %1 réponses dans un module ces %2 derniers jours, sans nouvelle compétence maîtrisée pendant ce temps. %3 paires apprenant-module non commencées ne sont pas listées. Établi le %4.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/facilitator/report.py" line="313" />
        <source>STUCK</source>
        <translation>BLOQUÉ</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/clock.py" line="25" />
        <source>The %1 is not a time.</source>
        <translation>« %1 » n’est pas une date et une heure.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/clock.py" line="29" />
        <source>The %1 is not a UTC time like 2025-03-04T10:00:00Z.</source>
        <translation>« %1 » n’est pas une heure UTC écrite comme 2025-03-04T10:00:00Z.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/keys.py" line="93" />
        <source>%1 is not a multibase (z...) public key.</source>
        <translation>%1 n’est pas une clé publique multibase (z...).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/keys.py" line="95" />
        <source>%1 is not an Ed25519 public key.</source>
        <translation>%1 n’est pas une clé publique Ed25519.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/keys.py" line="144" />
        <source>This kiosk's signing key %1 cannot be read (%2).</source>
        <translation>La clé de signature de ce kiosque, %1, est illisible (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/keys.py" line="146" />
        <source>The file %1 does not hold an Ed25519 key.</source>
        <translation>Le fichier %1 ne contient pas de clé Ed25519.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="235" />
        <source>the badge's %1 is not clean text of at most %2 characters</source>
        <translation>le champ « %1 » du badge n’est pas un texte propre d’au plus %2 caractères</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="237" />
        <source>the badge has no %1</source>
        <translation>le champ « %1 » du badge est vide</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="244" />
        <source>a badge is JSON text of at most %1 bytes</source>
        <translation>un badge est un texte JSON d’au plus %1 octets</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="248" />
        <source>the badge is not JSON</source>
        <translation>le badge n’est pas du JSON</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="252" />
        <source>a badge has exactly %1</source>
        <translation>un badge contient exactement : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="254" />
        <source>badge template %1 is not one this Kiosk knows</source>
        <translation>ce Kiosk ne connaît pas le modèle de badge %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="257" />
        <source>the badge's time is not like 2025-03-04T10:22:13Z</source>
        <translation>l’heure du badge n’est pas écrite comme 2025-03-04T10:22:13Z</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="259" />
        <source>the badge's pack id is malformed</source>
        <translation>l’identifiant de module du badge est mal formé</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="261" />
        <source>the badge's language is not a language tag</source>
        <translation>la langue du badge n’est pas un code de langue</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="263" />
        <source>the badge's publisher key id is malformed</source>
        <translation>l’identifiant de la clé de l’éditeur du badge est mal formé</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="266" />
        <source>a badge lists at most %1 skills</source>
        <translation>un badge cite au plus %1 compétences</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="270" />
        <source>each skill is [id, title]</source>
        <translation>chaque compétence s’écrit [id, titre]</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="271" />
        <source>skill title</source>
        <translation>titre de compétence</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="279" />
        <source>a badge's proofs are its eddsa-jcs-2022 proof value and perhaps an eddsa-rdfc-2022 one</source>
        <translation>les preuves d’un badge sont sa valeur de preuve eddsa-jcs-2022 et, éventuellement, une eddsa-rdfc-2022</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="282" />
        <location filename="../../kiosk/core/trust/documents.py" line="234" />
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="284" />
        <source>publisher</source>
        <translation>éditeur</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="286" />
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/ob3.py" line="312" />
        <source>this is not a badge as Kiosk keeps it</source>
        <translation>ce n’est pas un badge tel que Kiosk le conserve</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="115" />
        <source>The key id is not valid base32.</source>
        <translation>L’identifiant de clé n’est pas du base32 valide.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="116" />
        <source>The serial is not valid base32.</source>
        <translation>Le numéro de série n’est pas du base32 valide.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="117" />
        <source>The certificate code is not valid base32.</source>
        <translation>Le code du certificat n’est pas du base32 valide.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="120" />
        <source>The title in the certificate code is garbled.</source>
        <translation>Le titre contenu dans le code du certificat est illisible.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="121" />
        <source>The learner's name in the certificate code is garbled.</source>
        <translation>Le nom de l’apprenant contenu dans le code du certificat est illisible.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="135" />
        <source>Unknown award method %1.</source>
        <translation>Mode d’attribution inconnu : %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="137" />
        <source>A score is a percentage from 0 to 100.</source>
        <translation>Une note est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="140" />
        <source>An issue date must fall between %1 and 2199.</source>
        <translation>Une date de délivrance doit se situer entre le %1 et 2199.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="147" />
        <source>The title or the learner's name is too long for a certificate.</source>
        <translation>Le titre ou le nom de l’apprenant est trop long pour un certificat.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="161" />
        <source>A certificate payload needs its 64-byte signature.</source>
        <translation>Les données d’un certificat doivent avoir leur signature de 64 octets.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="168" />
        <source>The certificate code is too short: part of it is missing.</source>
        <translation>Le code du certificat est trop court : il en manque une partie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="172" />
        <source>This certificate uses format %1, which this Kiosk does not know.</source>
        <translation>Ce certificat utilise le format %1, que ce Kiosk ne connaît pas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="180" />
        <source>The certificate code is cut short.</source>
        <translation>Le code du certificat est coupé avant la fin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="186" />
        <source>The certificate code has extra or missing bytes.</source>
        <translation>Le code du certificat a des octets en trop ou en moins.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="189" />
        <source>The score in the certificate code is out of range.</source>
        <translation>La note contenue dans le code du certificat est hors limites.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="217" />
        <location filename="../../kiosk/core/credentials/payload.py" line="280" />
        <source>The certificate code has been changed or mistyped.</source>
        <translation>Le code du certificat a été modifié ou mal recopié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/credentials/payload.py" line="221" />
        <location filename="../../kiosk/core/credentials/payload.py" line="276" />
        <source>This is not a Kiosk certificate code or link.</source>
        <translation>Ce n’est pas un code ou un lien de certificat Kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="351" />
        <source>The mastery model %1 needs a value for %2.</source>
        <translation>Le modèle de maîtrise %1 a besoin d’une valeur pour %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="354" />
        <source>Mastery setting %1 must be a whole number, not %2.</source>
        <translation>Le réglage de maîtrise %1 doit être un nombre entier, pas %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="356" />
        <source>Mastery setting %1 must be between 1 and 100, not %2.</source>
        <translation>Le réglage de maîtrise %1 doit être entre 1 et 100, pas %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="363" />
        <source>BKT setting %1 must be a number between 0 and 1, not %2.</source>
        <translation>Le réglage BKT %1 doit être un nombre entre 0 et 1, pas %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="365" />
        <source>BKT setting %1 must be between 0 and 1 (not 0 or 1 itself), not %2.</source>
        <translation>Le réglage BKT %1 doit être entre 0 et 1 (ni 0 ni 1), pas %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="367" />
        <source>BKT setting %1 must be between 0 and 1, not %2.</source>
        <translation>Le réglage BKT %1 doit être entre 0 et 1, pas %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="383" />
        <source>A skill's mastery rule must be a table such as { model = "m_of_n", m = 4, n = 5 }, not %1.</source>
        <translation>La règle de maîtrise d’une compétence doit être une table comme { model = "m_of_n", m = 4, n = 5 }, pas %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="389" />
        <source>A skill's mastery rule needs a 'model' (one of %1).</source>
        <translation>La règle de maîtrise d’une compétence a besoin d’un « model » (parmi %1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="390" />
        <source>Unknown mastery model %1: use one of %2.</source>
        <translation>Modèle de maîtrise inconnu %1 : utilisez l’un de ceux-ci : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="393" />
        <source>The mastery model %1 has no setting %2.</source>
        <translation>Le modèle de maîtrise %1 n’a pas de réglage %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="397" />
        <source>Mastery model 'm_of_n' needs m no larger than n (got m = %1, n = %2).</source>
        <translation>Le modèle de maîtrise « m_of_n » demande que m ne dépasse pas n (reçu m = %1, n = %2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/mastery/models.py" line="406" />
        <source>BKT needs guess + slip below 1 (got %1 + %2).</source>
        <translation>BKT demande que guess + slip reste inférieur à 1 (reçu %1 + %2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="54" />
        <source>Cannot build %1: %2.</source>
        <translation>Impossible de construire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="57" />
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="60" />
        <source>Cannot build %1: %2 (and %3 more: %4).</source>
        <translation>Impossible de construire %1 : %2 (et %3 de plus : %4).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="71" />
        <source>%1 is %2x%3 px; far too big for a pack</source>
        <translation>%1 mesure %2x%3 px : bien trop grand pour un module</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="72" />
        <source>%1 is not a readable PNG or JPEG image</source>
        <translation>%1 n’est pas une image PNG ou JPEG lisible</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="86" />
        <source>%1 has no %2; a pack source folder needs one.</source>
        <translation>%1 n’a pas de fichier %2 ; un dossier source de module en a besoin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="88" />
        <source>%1 is not valid TOML: %2.</source>
        <translation>%1 n’est pas du TOML valide : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="104" />
        <source>%1 is a symbolic link</source>
        <translation>%1 est un lien symbolique</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="111" />
        <source>%1 is a symbolic link; put the real file in the pack</source>
        <translation>%1 est un lien symbolique ; mettez le vrai fichier dans le module</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="151" />
        <source>Give the publisher key to sign with: --key KEYFILE (make one with 'kiosk pack keygen').</source>
        <translation>Indiquez la clé d’éditeur pour signer : --key KEYFILE (créez-en une avec « kiosk pack keygen »).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="164" />
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="170" />
        <source>it has %1 files; a pack holds at most %2</source>
        <translation>il contient %1 fichiers ; un module en contient %2 au plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/build.py" line="198" />
        <source>%1: %2 KB -&gt; %3 %4 KB</source>
        <translation>%1 : %2 Ko -&gt; %3 %4 Ko</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/images.py" line="33" />
        <source>%1 is %2x%3 px; far too big for a pack.</source>
        <translation>%1 mesure %2x%3 px : bien trop grand pour un module.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/images.py" line="37" />
        <source>%1 is not a readable PNG or JPEG image.</source>
        <translation>%1 n’est pas une image PNG ou JPEG lisible.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/__init__.py" line="32" />
        <source>%1 is larger than %2 MB; is it a quiz?</source>
        <translation>%1 dépasse %2 Mo ; est-ce bien un quiz ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/__init__.py" line="37" />
        <source>%1 is a folder, not a quiz file.</source>
        <translation>%1 est un dossier, pas un fichier de quiz.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/__init__.py" line="44" />
        <source>%1 is not UTF-8 text (bad byte at position %2); save it as UTF-8 and try again.</source>
        <translation>%1 n’est pas un texte UTF-8 (octet incorrect à la position %2) ; enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/__init__.py" line="47" />
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="141" />
        <source>line %1, %2</source>
        <translation>ligne %1, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="143" />
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="147" />
        <source>error: %1: %2</source>
        <translation>erreur : %1 : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="148" />
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="150" />
        <source>warning: %1: %2</source>
        <translation>avertissement : %1 : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="151" />
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="172" />
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="185" />
        <source>the question has no text</source>
        <translation>la question n’a pas de texte</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="192" />
        <source>no choice is right (give one '=' or a positive weight like ~%50%)</source>
        <translation>aucun choix n’est juste (mettez un « = » ou un poids positif comme ~%50%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="200" />
        <source>the right weights add to %1, not 100%: picking every right choice scores %2</source>
        <translation>les poids des bons choix font %1 au total, pas 100 % : cocher tous les bons choix donne %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="209" />
        <source>a choice question with only one choice</source>
        <translation>une question à choix avec un seul choix</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="213" />
        <source>no answer is right (every answer has a weight of 0% or less)</source>
        <translation>aucune réponse n’est juste (chaque réponse a un poids de 0 % ou moins)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="218" />
        <source>a matching question needs at least two pairs 'left -&gt; right'</source>
        <translation>une question d’appariement a besoin d’au moins deux paires « gauche -&gt; droite »</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="107" />
        <source>%1: '%2' is missing</source>
        <translation>%1 : « %2 » manque</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="111" />
        <source>%1: '%2' must be text, not %3</source>
        <translation>%1 : « %2 » doit être un texte, pas %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="121" />
        <source>%1: '%2' must be one of %3, not %4</source>
        <translation>%1 : « %2 » doit être l’un de ceux-ci : %3, pas %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="128" />
        <source>%1: '%2' must be a number</source>
        <translation>%1 : « %2 » doit être un nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="135" />
        <source>%1: 'fraction' must be between -1 and 1, not %2</source>
        <translation>%1 : « fraction » doit être entre -1 et 1, pas %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="142" />
        <source>%1: '%2' must be a non-empty list</source>
        <translation>%1 : « %2 » doit être une liste non vide</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="145" />
        <source>%1: '%2' item %3 must be an object</source>
        <translation>%1 : l’élément %3 de « %2 » doit être un objet</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="152" />
        <source>%1: unknown keys %2</source>
        <translation>%1 : clés inconnues %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="154" />
        <source>%1: unknown key %2</source>
        <translation>%1 : clé inconnue %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="163" />
        <source>%1: 'any' must be true (leave it out otherwise)</source>
        <translation>%1 : « any » doit valoir true (sinon, ne l’écrivez pas)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="169" />
        <source>%1: 'tolerance' cannot be negative</source>
        <translation>%1 : « tolerance » ne peut pas être négative</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="175" />
        <source>%1: 'min' is larger than 'max'</source>
        <translation>%1 : « min » est plus grand que « max »</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="182" />
        <source>a question must be a JSON object</source>
        <translation>une question doit être un objet JSON</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="185" />
        <source>'type' must be one of %1, not %2</source>
        <translation>« type » doit être l’un de ceux-ci : %1, pas %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="191" />
        <source>%1: 'id' must be non-empty text or null</source>
        <translation>%1 : « id » doit être un texte non vide ou null</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="194" />
        <source>%1: 'tags' must be a list of text</source>
        <translation>%1 : « tags » doit être une liste de textes</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="197" />
        <source>%1: 'category' must be text or null</source>
        <translation>%1 : « category » doit être un texte ou null</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="200" />
        <source>%1: 'format' must be one of %2, not %3</source>
        <translation>%1 : « format » doit être l’un de ceux-ci : %2, pas %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="217" />
        <source>%1: choice %2</source>
        <translation>%1 : réponse %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="231" />
        <source>%1: 'answer' must be true or false</source>
        <translation>%1 : « answer » doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="241" />
        <location filename="../../kiosk/core/quiz/json_form.py" line="253" />
        <source>%1: answer %2</source>
        <translation>%1 : réponse %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="245" />
        <source>%1: 'text' is empty</source>
        <translation>%1 : « text » est vide</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="260" />
        <source>%1: pair %2</source>
        <translation>%1 : paire %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="280" />
        <source>a JSON quiz must be a list of question objects</source>
        <translation>un quiz JSON doit être une liste d’objets question</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="285" />
        <source>question %1</source>
        <translation>question %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="287" />
        <source>question %1 %2</source>
        <translation>question %1 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="299" />
        <source>larger than %1 bytes</source>
        <translation>plus de %1 octets</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="300" />
        <source>not valid JSON (not UTF-8 text)</source>
        <translation>pas du JSON valide (pas du texte UTF-8)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/json_form.py" line="301" />
        <source>not valid JSON (%1)</source>
        <translation>pas du JSON valide (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="233" />
        <source>the id %1 is already used by %2 (line %3); ids must be unique</source>
        <translation>l’identifiant %1 est déjà utilisé par %2 (ligne %3) ; les identifiants doivent être uniques</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/model.py" line="240" />
        <source>the id %1 is already used by %2; ids must be unique</source>
        <translation>l’identifiant %1 est déjà utilisé par %2 ; les identifiants doivent être uniques</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="40" />
        <source>The document cannot be put in canonical JSON.</source>
        <translation>Le document ne peut pas être mis en JSON canonique.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="49" />
        <source>The signature is missing or has the wrong length.</source>
        <translation>La signature manque ou n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="53" />
        <source>The signature is not base64url.</source>
        <translation>La signature n’est pas en base64url.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="65" />
        <source>A signed document is an object with exactly 'format', 'body' and 'signature'.</source>
        <translation>Un document signé est un objet qui contient exactement « format », « body » et « signature ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="67" />
        <source>This is not a %1 document.</source>
        <translation>Ce n’est pas un document %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="70" />
        <source>The document's body is not an object.</source>
        <translation>Le corps (body) du document n’est pas un objet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/signed.py" line="91" />
        <source>The signature does not match.</source>
        <translation>La signature ne correspond pas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="104" />
        <source>The sync body cannot be put in canonical JSON.</source>
        <translation>Le contenu de la synchronisation ne peut pas être mis en JSON canonique.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="141" />
        <source>The body's %1 is not a list.</source>
        <translation>Le champ %1 du contenu n’est pas une liste.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="142" />
        <source>At most %1 %2 per batch.</source>
        <translation>Au plus %1 %2 par lot.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="158" />
        <source>The sync body needs one key id of 8 base32 characters.</source>
        <translation>Le contenu de la synchronisation doit avoir un identifiant de clé de 8 caractères base32.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="164" />
        <source>A sync request is an object with exactly 'format', 'body' and 'signature'.</source>
        <translation>Une demande de synchronisation est un objet qui contient exactement « format », « body » et « signature ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="166" />
        <source>Unknown sync format; this registry reads %1.</source>
        <translation>Format de synchronisation inconnu ; ce registre lit %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="186" />
        <source>The sync body needs exactly %1 (%2).</source>
        <translation>Le contenu de la synchronisation doit contenir exactement %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="191" />
        <source>The key id is not 8 base32 characters.</source>
        <translation>L’identifiant de clé n’est pas fait de 8 caractères base32.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="193" />
        <source>The nonce is not 32 lower-case hex digits.</source>
        <translation>Le nonce n’est pas fait de 32 chiffres hexadécimaux en minuscules.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="194" />
        <source>sending time</source>
        <translation>heure d’envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="198" />
        <source>Each credential is an object with a 'payload' and perhaps a 'badge'.</source>
        <translation>Chaque attestation est un objet avec un « payload » et, éventuellement, un « badge ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="200" />
        <source>A credential payload is not upper-case base32.</source>
        <translation>Les données (payload) d’une attestation ne sont pas en base32 majuscule.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="205" />
        <source>Each revocation is an object with id, revoked_at and reason.</source>
        <translation>Chaque révocation est un objet avec id, revoked_at et reason.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="207" />
        <source>A revoked credential id is not like K7Q2M4XA-3FJ5QW2T.</source>
        <translation>Un identifiant d’attestation révoquée n’a pas la forme K7Q2M4XA-3FJ5QW2T.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="210" />
        <source>A revocation reason is text of at most %1 characters.</source>
        <translation>Le motif d’une révocation est un texte d’au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="211" />
        <location filename="../../kiosk/core/trust/documents.py" line="305" />
        <source>revocation time</source>
        <translation>heure de révocation</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="214" />
        <source>time revocations are complete to</source>
        <translation>heure jusqu’à laquelle les révocations sont complètes</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/sync/envelope.py" line="216" />
        <source>The batch says its revocations are complete to a time after it was sent.</source>
        <translation>Le lot dit que ses révocations sont complètes jusqu’à une heure postérieure à son envoi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="60" />
        <source>an [id:] or [tag:] comment is followed by a blank line, so it belongs to no question</source>
        <translation>un commentaire [id:] ou [tag:] est suivi d’une ligne vide : il n’appartient donc à aucune question</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="73" />
        <source>the question is longer than %1 characters</source>
        <translation>la question dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="82" />
        <source>a blank line inside the answers' braces (line %1): in GIFT a blank line ends a question, so this '{' and the '}' on line %2 do not meet; remove the blank line</source>
        <translation>une ligne vide entre les accolades des réponses (ligne %1) : en GIFT, une ligne vide termine la question, donc ce « { » et le « } » de la ligne %2 ne se rejoignent pas ; supprimez la ligne vide</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="96" />
        <source>several [id:] comments; the first, %1, is used</source>
        <translation>plusieurs commentaires [id:] ; le premier, %1, est utilisé</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="98" />
        <source>an empty [id:] is ignored</source>
        <translation>un [id:] vide est ignoré</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="121" />
        <source>the title has no closing '::' (write \: for a colon in a title)</source>
        <translation>le titre n’est pas fermé par « :: » (écrivez \: pour un deux-points dans un titre)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="138" />
        <source>%1: this is Moodle's embedded answers (Cloze) format, not GIFT; write the question again in GIFT, with one set of answers in braces</source>
        <translation>%1 : c’est le format de réponses intégrées de Moodle (Cloze), pas du GIFT ; réécrivez la question en GIFT, avec un seul groupe de réponses entre accolades</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="152" />
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="162" />
        <source>a '}' with no '{' before it (write \} for a brace in text)</source>
        <translation>un « } » sans « { » avant lui (écrivez \} pour une accolade dans le texte)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="167" />
        <source>the answers' '{' is never closed with '}'</source>
        <translation>le « { » des réponses n’est jamais fermé par « } »</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="173" />
        <source>a '{' inside the answers (write \{ for a brace in text)</source>
        <translation>un « { » à l’intérieur des réponses (écrivez \{ pour une accolade dans le texte)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/__init__.py" line="180" />
        <source>more than one set of answers in braces (write \{ \} for braces in text)</source>
        <translation>plus d’un groupe de réponses entre accolades (écrivez \{ \} pour des accolades dans le texte)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="61" />
        <source>more than %1 answers in one question</source>
        <translation>plus de %1 réponses dans une même question</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="70" />
        <source>an unescaped '=' inside feedback: Moodle would read the rest as another right answer. Kept as feedback here; write \= to be sure</source>
        <translation>un « = » non échappé dans un commentaire : Moodle lirait la suite comme une autre bonne réponse. Ici il reste dans le commentaire ; écrivez \= pour en être sûr</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="75" />
        <source>an unescaped '~' inside feedback: Moodle would read the rest as another wrong answer. Kept as feedback here; write \~ to be sure</source>
        <translation>un « ~ » non échappé dans un commentaire : Moodle lirait la suite comme une autre mauvaise réponse. Ici il reste dans le commentaire ; écrivez \~ pour en être sûr</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="107" />
        <source>the weight %1 is not a number</source>
        <translation>le poids %1 n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="113" />
        <source>the weight %1 is outside -100..100</source>
        <translation>le poids %1 sort de l’intervalle -100..100</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="151" />
        <source>the text before the first '~' or '=' is a wrong choice (as in Moodle); start it with '~'</source>
        <translation>le texte avant le premier « ~ » ou « = » est un mauvais choix (comme dans Moodle) ; commencez-le par « ~ »</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="164" />
        <source>a weight after '=' in a choice question: Kiosk uses it, but Moodle gives an '=' choice full marks and shows the weight as part of its text; write '~%50%...' for a partly right choice</source>
        <translation>un poids après « = » dans une question à choix : Kiosk l’utilise, mais Moodle donne tous les points à un choix « = » et affiche le poids dans son texte ; écrivez « ~%50%... » pour un choix en partie juste</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="178" />
        <source>'~=' marks a right answer in Moodle's embedded answers (Cloze) format, not in GIFT: write '=right ~wrong'</source>
        <translation>« ~= » marque une bonne réponse dans le format de réponses intégrées de Moodle (Cloze), pas en GIFT : écrivez « =juste ~faux »</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="186" />
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="253" />
        <source>an empty answer after '%1'</source>
        <translation>une réponse vide après « %1 »</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="195" />
        <source>text before the first '=' of a matching question (each pair is '=left -&gt; right')</source>
        <translation>du texte avant le premier « = » d’une question d’association (chaque paire s’écrit « =gauche -&gt; droite »)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="203" />
        <source>every matching answer looks like '=left -&gt; right'</source>
        <translation>chaque réponse d’association s’écrit « =gauche -&gt; droite »</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="210" />
        <source>a matching pair with nothing after '-&gt;'</source>
        <translation>une paire d’association sans rien après « -&gt; »</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="215" />
        <source>a matching pair has no feedback in GIFT: Moodle keeps the '#' and what follows in the pair's text, here %1, and so does Kiosk; write \# if the '#' is meant, or remove the feedback</source>
        <translation>une paire d’appariement n’a pas de commentaire en GIFT : Moodle garde le « # » et ce qui suit dans le texte de la paire, ici %1, et Kiosk aussi ; écrivez \# si le « # » est voulu, sinon retirez le commentaire</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="260" />
        <source>the minimum</source>
        <translation>le minimum</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="261" />
        <source>the maximum</source>
        <translation>le maximum</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="262" />
        <source>the value</source>
        <translation>la valeur</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="263" />
        <source>the tolerance</source>
        <translation>la tolérance</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="272" />
        <source>%1 %2 of a numerical answer is not a number (write 3.14, not 3,14; Moodle would accept it and grade it wrongly)</source>
        <translation>%1 %2 d’une réponse numérique n’est pas un nombre (écrivez 3.14, pas 3,14 ; Moodle l’accepterait mais noterait mal)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="278" />
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="285" />
        <source>%1 %2 is too large</source>
        <translation>%1 %2 est un nombre trop grand</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="301" />
        <source>the range %1..%2 has its minimum above its maximum</source>
        <translation>dans l’intervalle %1..%2, le minimum dépasse le maximum</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="309" />
        <source>a negative tolerance</source>
        <translation>une tolérance négative</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="319" />
        <source>feedback with no number before it in a numerical question</source>
        <translation>un commentaire sans nombre avant lui dans une question numérique</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="329" />
        <source>a numerical question has only one '~#feedback' for any other number</source>
        <translation>une question numérique n’a qu’un seul « ~#commentaire » pour tout autre nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="335" />
        <source>the text between '~' and '#' is ignored: in a numerical question '~#feedback' is the feedback for any other number, as in Moodle (give part marks with '=%50%3.1:0.1')</source>
        <translation>le texte entre « ~ » et « # » est ignoré : dans une question numérique, « ~#feedback » est le commentaire pour tout autre nombre, comme dans Moodle (donnez une partie des points avec « =%50%3.1:0.1 »)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="348" />
        <source>an answer after the '~#feedback' for any other number (Moodle would read it as part of that feedback); put '~#...' last</source>
        <translation>une réponse après le « ~#commentaire » pour tout autre nombre (Moodle la lirait comme une partie de ce commentaire) ; placez « ~#... » en dernier</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/answers.py" line="360" />
        <source>a numerical question with no number after '#'</source>
        <translation>une question numérique sans nombre après « # »</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/certificate_screen.py" line="204" />
        <source>Could not save to %1: %2.</source>
        <translation>Impossible d’enregistrer dans %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/drives.py" line="189" />
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/drives.py" line="198" />
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/drives.py" line="206" />
        <source>cannot be read (an error in Kiosk; see the log)</source>
        <translation>illisible (une erreur dans Kiosk ; voir le journal)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/drives.py" line="217" />
        <source>version %1 is already installed</source>
        <translation>la version %1 est déjà installée</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/trust.py" line="43" />
        <source>signed by %1 (trusted key %2)</source>
        <translation>signé par %1 (clé de confiance %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/trust.py" line="48" />
        <source>key %1 is trusted only for packs whose id starts with %2</source>
        <translation>la clé %1 n’est de confiance que pour les modules dont l’identifiant commence par %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/trust.py" line="56" />
        <source>a bundled sample pack (sample key %1)</source>
        <translation>un module d’exemple fourni (clé d’exemple %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/trust.py" line="61" />
        <source>it is signed with the public sample key %1, which is trusted only for packs whose id starts with %2</source>
        <translation>il est signé avec la clé d’exemple publique %1, qui n’est de confiance que pour les modules dont l’identifiant commence par %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/packs/trust.py" line="71" />
        <source>its publisher key %1 is not trusted on this kiosk</source>
        <translation>la clé de son éditeur %1 n’est pas de confiance sur ce kiosque</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/context.py" line="12" />
        <source>&lt;b&gt;, &lt;i&gt;, &lt;u&gt;, &lt;sub&gt;, &lt;sup&gt;, paragraphs, line breaks, lists and code</source>
        <translation>&lt;b&gt;, &lt;i&gt;, &lt;u&gt;, &lt;sub&gt;, &lt;sup&gt;, les paragraphes, les sauts de ligne, les listes et le code</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/context.py" line="78" />
        <source>the HTML %1 is not shown, only the text inside it: the kiosk shows %2</source>
        <translation>le HTML %1 n’est pas affiché, seulement le texte qu’il contient : le kiosque affiche %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/quiz/gift/context.py" line="87" />
        <source>HTML inside [markdown] text is shown as written, as in lessons (Moodle would use it); write Markdown instead, such as **bold** or *italic*</source>
        <translation>le HTML dans un texte [markdown] est affiché tel quel, comme dans les leçons (Moodle l’interpréterait) ; écrivez plutôt du Markdown, comme **gras** ou *italique*</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../kiosk/ui/tasks.py" line="218" />
        <source>Something went wrong. Please tell the facilitator.</source>
        <translation>Un problème est survenu. Prévenez l’animateur.</translation>
    </message>
</context>
</TS>