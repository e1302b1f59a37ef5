"""Safe loading of the deck's photos and illustrations, without Qt."""
