"""Channel adapters (Telegram, LINE, web) on top of the core `Engine.ask`.

Nothing here does retrieval: adapters parse a platform request, call the core through
`ChatService`, render the `Answer`, and send it back.
"""
