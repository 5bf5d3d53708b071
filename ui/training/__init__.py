"""Training mode (培训与模拟操作): the banner, the scenario page, the scripted customer's card, the score."""
