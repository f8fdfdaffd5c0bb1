"""Problems before publishing: the checks panel and the photo checks feeding it."""
