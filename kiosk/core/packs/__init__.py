"""Content packs: the signed ``.kpack`` format, author tools, import, download, USB drives.

Public entry points live in the submodules: ``build.build_pack``, ``archive.read_pack``,
``library.import_pack`` / ``list_packs`` / ``remove_pack`` / ``install_sample_packs``,
``download.download_packs``, ``drives.scan_for_packs`` and ``trust.trust_publisher``.
"""
